namespace FibroBot.Moderation;

/// <summary>
/// The moderators' record of what the bot was asked and how it answered, kept apart from the key-value
/// documents because reports query it by time range. Records arrive already private: build them with
/// <see cref="TurnLogWriter"/>, which hashes ids and scrubs text.
/// </summary>
public interface ITurnLog
{
    Task AppendAsync(TurnRecord record, CancellationToken cancellationToken);

    /// <summary>The turns at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Attaches feedback to the turn whose reply had this activity id; false when no such turn is kept.</summary>
    Task<bool> SetFeedbackAsync(string replyActivityId, TurnFeedback feedback, CancellationToken cancellationToken);

    /// <summary>Deletes the turns older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
