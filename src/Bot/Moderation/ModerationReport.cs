using System.Globalization;

namespace FibroBot.Moderation;

/// <summary>What moderators see for a period: how the bot was used and where it fell short.</summary>
public sealed record ModerationReport(
    DateTimeOffset Since,
    DateTimeOffset Until,
    int Days,
    int TotalTurns,
    IReadOnlyList<NamedCount> ByKind,
    IReadOnlyList<NamedCount> ByTopic,
    int Refusals,
    int Crises,
    int FeedbackUp,
    int FeedbackDown,
    IReadOnlyList<string> RecentComments,
    IReadOnlyList<NamedCount> TopUnanswered)
{
    /// <summary>The share of thumbs up among all feedback, or null when nobody gave any.</summary>
    public double? FeedbackPositiveRatio =>
        FeedbackUp + FeedbackDown == 0 ? null : (double)FeedbackUp / (FeedbackUp + FeedbackDown);
}

public sealed record NamedCount(string Name, int Count);

public static class ModerationReportBuilder
{
    public const int MaxComments = 5;
    public const int MaxUnanswered = 10;
    public const int MaxDays = 366;

    /// <summary>Reads the turn log for the last <paramref name="days"/> days and summarises it.</summary>
    public static async Task<ModerationReport> BuildAsync(ITurnLog turnLog, int days, TimeProvider clock, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow();
        var since = until.AddDays(-days);
        var turns = await turnLog.QueryAsync(since, cancellationToken).ConfigureAwait(false);
        return Build(turns, since, until, days);
    }

    public static ModerationReport Build(IReadOnlyList<TurnRecord> turns, DateTimeOffset since, DateTimeOffset until, int days)
    {
        var byKind = turns.GroupBy(t => TurnLogNames.Of(t.Kind))
            .Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var byTopic = turns.SelectMany(t => t.Topics.Distinct(StringComparer.Ordinal))
            .GroupBy(topic => topic, StringComparer.Ordinal)
            .Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var feedback = turns.Where(t => t.Feedback is not null).Select(t => t.Feedback!).ToList();
        var comments = feedback.Where(f => !string.IsNullOrWhiteSpace(f.Comment))
            .OrderByDescending(f => f.Time)
            .Take(MaxComments)
            .Select(f => $"{(f.Rating == FeedbackRating.Up ? "👍" : "👎")} {f.Comment}")
            .ToList();

        // Unanswered questions are grouped by their normalised wording so that the same gap counts once per asking.
        var unanswered = turns.Where(t => t.Kind == TurnKind.NoAnswer && !string.IsNullOrWhiteSpace(t.Question))
            .GroupBy(t => Normalise(t.Question!), StringComparer.Ordinal)
            .Select(g => new NamedCount(g.First().Question!.Trim(), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(MaxUnanswered)
            .ToList();

        return new ModerationReport(
            since,
            until,
            days,
            turns.Count,
            byKind,
            byTopic,
            turns.Count(t => t.Kind == TurnKind.Refusal),
            turns.Count(t => t.Kind == TurnKind.Crisis),
            feedback.Count(f => f.Rating == FeedbackRating.Up),
            feedback.Count(f => f.Rating == FeedbackRating.Down),
            comments,
            unanswered);
    }

    /// <summary>Parses a moderator's day count; null when it is not a whole number from 1 to <see cref="MaxDays"/>.</summary>
    public static int? ParseDays(string? text, int defaultDays)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultDays;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxDays
            ? days
            : null;
    }

    private static string Normalise(string question) =>
        string.Join(' ', question.ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('?', '!', '.', ',', ';', ':', '"', '\'')))
            .Trim();
}
