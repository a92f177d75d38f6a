using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FibroBot.Answers;
using FibroBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace FibroBot.Moderation;

/// <summary>A moderator command as typed in a chat: <c>report [days]</c> or <c>export [days]</c>.</summary>
public sealed record ModeratorCommand(string Verb, string? Days);

/// <summary>What the bot sends back for a moderator command; the conversation layer turns it into an activity.</summary>
public sealed record ModeratorReply(string Markdown, JsonObject? Card = null, Attachment? File = null);

/// <summary>Answers the moderators' chat commands from the turn log, and politely denies everyone else.</summary>
public sealed partial class ModeratorCommands(ITurnLog turnLog, IOptions<ModeratorOptions> moderators, TimeProvider clock)
{
    public const int DefaultDays = 7;

    /// <summary>Rows of the export shown inline; the attached file holds them all.</summary>
    private const int InlinePreviewRows = 5;

    public static bool TryParse(string text, out ModeratorCommand command)
    {
        var match = CommandPattern().Match(text);
        command = match.Success
            ? new ModeratorCommand(match.Groups["verb"].Value.ToLowerInvariant(), match.Groups["days"].Success ? match.Groups["days"].Value : null)
            : new ModeratorCommand(string.Empty, null);
        return match.Success;
    }

    /// <summary>Answers the command; <paramref name="activity"/> is the one that asked, whose channel and sender decide.</summary>
    public async Task<ModeratorReply> HandleAsync(ModeratorCommand command, Activity activity, CancellationToken cancellationToken)
    {
        if (!moderators.Value.IsModerator(activity))
        {
            return new ModeratorReply(FixedTexts.ModeratorsOnly);
        }

        if (ModerationReportBuilder.ParseDays(command.Days, DefaultDays) is not { } days)
        {
            return new ModeratorReply(FixedTexts.ModeratorDaysInvalid);
        }

        if (command.Verb == "report")
        {
            var report = await ModerationReportBuilder.BuildAsync(turnLog, days, clock, cancellationToken).ConfigureAwait(false);
            return new ModeratorReply(ModerationReportRenderer.ToMarkdown(report), ModerationReportRenderer.ToAdaptiveCard(report));
        }

        var turns = await turnLog.QueryAsync(clock.GetUtcNow().AddDays(-days), cancellationToken).ConfigureAwait(false);
        using var csv = new StringWriter();
        TurnLogCsv.Write(csv, turns);
        var content = csv.ToString();
        var preview = string.Join('\n', content.Split("\r\n").Take(InlinePreviewRows + 1));
        var file = new Attachment
        {
            ContentType = "text/csv",
            Name = $"fibro-bot-turns-{days}d.csv",
            ContentUrl = "data:text/csv;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(content)),
        };
        return new ModeratorReply(
            $"**Turn log export: the last {days} day(s), {turns.Count} turn(s)** (scrubbed; ids are keyed hashes)\n\n```\n{preview}\n```",
            File: file);
    }

    [GeneratedRegex(@"^\s*(?<verb>report|export)(\s+(?<days>\S+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
