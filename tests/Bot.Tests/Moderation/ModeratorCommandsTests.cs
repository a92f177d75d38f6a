using System.Text;
using FibroBot.Answers;
using FibroBot.BotFramework.Authentication;
using FibroBot.BotFramework.Schema;
using FibroBot.Moderation;
using FibroBot.Tests.Storage;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Moderation;

public sealed class ModeratorCommandsTests : IAsyncLifetime
{
    private const string ModeratorAadId = "6f1c2d6a-0000-4000-8000-00000000abcd";
    private SqliteTestBackend _backend = null!;

    public async Task InitializeAsync()
    {
        _backend = await SqliteTestBackend.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        await _backend.TurnLog.AppendAsync(new TurnRecord { Time = now.AddDays(-1), Channel = "msteams", Kind = TurnKind.Answer, Topics = ["ldn"], Question = "does ldn help fatigue" }, default);
        await _backend.TurnLog.AppendAsync(new TurnRecord { Time = now.AddDays(-2), Channel = "directline", Kind = TurnKind.NoAnswer, Question = "does cbd help" }, default);
        await _backend.TurnLog.AppendAsync(new TurnRecord { Time = now.AddDays(-20), Channel = "msteams", Kind = TurnKind.Refusal, Topics = ["kratom"] }, default);
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    private const string TenantId = "5e0d4c3b-0000-4000-8000-00000000beef";
    private const string OtherModeratorAadId = "9a8b7c6d-0000-4000-8000-00000000cafe";

    private ModeratorCommands Commands() =>
        new(_backend.TurnLog, Options.Create(Moderators()), TimeProvider.System);

    private static ModeratorOptions Moderators(string? defaultTenant = TenantId) =>
        new() { Ids = [ModeratorAadId, $"{TenantId}/{OtherModeratorAadId}"], TenantId = defaultTenant };

    /// <summary>An activity as the adapter passes it on after validating a Teams channel token.</summary>
    private static Activity Teams(string? aadObjectId, string? tenantId = TenantId, string? callerId = AuthenticationOutcome.BotFrameworkChannelCallerId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        CallerId = callerId,
        From = new ChannelAccount { Id = "29:teams-id", AadObjectId = aadObjectId },
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenantId },
    };

    [Fact]
    public void A_moderator_is_matched_on_aad_object_id_and_tenant_of_an_authenticated_Teams_activity()
    {
        var options = Moderators();
        Assert.True(options.IsModerator(Teams(ModeratorAadId.ToUpperInvariant())));
        Assert.True(options.IsModerator(Teams(OtherModeratorAadId)));
        Assert.False(options.IsModerator(Teams(ModeratorAadId, tenantId: "another-tenant")));
        Assert.False(options.IsModerator(Teams(ModeratorAadId, tenantId: null)));
        Assert.False(options.IsModerator(Teams(ModeratorAadId, callerId: null)));
        Assert.False(options.IsModerator(Teams(ModeratorAadId, callerId: "urn:botframework:forged")));
        Assert.False(options.IsModerator(Teams("someone-else")));
    }

    [Fact]
    public void The_same_ids_on_a_web_chat_activity_are_never_a_moderator()
    {
        var webChat = Teams(ModeratorAadId);
        webChat.ChannelId = "directline";
        webChat.From = new ChannelAccount { Id = ModeratorAadId, AadObjectId = ModeratorAadId };

        Assert.False(Moderators().IsModerator(webChat));
    }

    [Fact]
    public void A_bare_id_without_any_tenant_configured_matches_nobody_and_is_reported()
    {
        var options = Moderators(defaultTenant: null);

        Assert.True(options.HasEntriesWithoutTenant);
        Assert.False(options.IsModerator(Teams(ModeratorAadId)));
        Assert.True(options.IsModerator(Teams(OtherModeratorAadId)));
    }

    private static ModeratorCommand Parse(string text)
    {
        Assert.True(ModeratorCommands.TryParse(text, out var command));
        return command;
    }

    [Theory]
    [InlineData("report", "report", null)]
    [InlineData("  Report 30 ", "report", "30")]
    [InlineData("export 7", "export", "7")]
    public void Parses_the_commands(string text, string verb, string? days)
    {
        var command = Parse(text);
        Assert.Equal(verb, command.Verb);
        Assert.Equal(days, command.Days);
    }

    [Theory]
    [InlineData("report me to the FDA please")]
    [InlineData("what does the report say about LDN")]
    [InlineData("exports")]
    public void Ordinary_questions_are_not_commands(string text) => Assert.False(ModeratorCommands.TryParse(text, out _));

    [Fact]
    public async Task A_member_who_is_not_a_moderator_is_politely_denied()
    {
        var reply = await Commands().HandleAsync(Parse("report"), Teams("someone-else"), default);
        Assert.Equal(FixedTexts.ModeratorsOnly, reply.Markdown);
        Assert.Null(reply.Card);
        Assert.Null(reply.File);
    }

    [Fact]
    public async Task A_moderator_gets_the_report_for_the_days_asked()
    {
        var moderator = Teams(ModeratorAadId);

        var week = await Commands().HandleAsync(Parse("report 7"), moderator, default);
        var month = await Commands().HandleAsync(Parse("report 30"), moderator, default);

        Assert.Contains("Turns: 2", week.Markdown, StringComparison.Ordinal);
        Assert.Contains("does cbd help (1)", week.Markdown, StringComparison.Ordinal);
        Assert.Contains("Turns: 3", month.Markdown, StringComparison.Ordinal);
        Assert.Contains("refusals: 1", month.Markdown, StringComparison.Ordinal);
        Assert.Equal("AdaptiveCard", week.Card!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_moderator_gets_the_export_as_a_csv_file()
    {
        var reply = await Commands().HandleAsync(Parse("export 30"), Teams(OtherModeratorAadId), default);

        Assert.Equal("text/csv", reply.File!.ContentType);
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(reply.File.ContentUrl!["data:text/csv;base64,".Length..]));
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3 turn(s)", reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_day_counts_get_a_clear_reply()
    {
        var reply = await Commands().HandleAsync(Parse("report lots"), Teams(OtherModeratorAadId), default);
        Assert.Equal(FixedTexts.ModeratorDaysInvalid, reply.Markdown);
    }
}
