using System.Collections.Concurrent;
using FibroBot.Safety;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Answers;

/// <summary>A chosen passage after redaction, with the redacted notes of any vetted disagreement.</summary>
public sealed record EvidencePassage(SearchHit Hit, string Text, IReadOnlyList<(SeedClaim Claim, string Note)> Disagreements, int Redactions);

/// <summary>
/// Passes every text that will be shown through the dose redactor. A text the redactor left with dose language
/// in it is withheld whole: a missed dose is worse than a missing paragraph.
/// </summary>
public sealed class PassageRedaction(CorpusCatalog catalog)
{
    // The corpus does not change while the bot runs, so each passage is redacted once, not on every answer.
    // Keyed by passage id (never by question), the cache is bounded by the size of the corpus.
    private readonly ConcurrentDictionary<string, RedactedPassage> _redacted = new(StringComparer.Ordinal);

    // A question's excerpt is one of few trims of its passage, so the excerpts repeat too: redacted once each.
    private readonly TextMemo<(string Text, int Redactions)> _excerpts = new(text => RedactText(Excerpt(text)), capacity: 8192);

    /// <summary>Long passages are cut at a sentence end near this length, before redaction.</summary>
    public const int MaxExcerptLength = 700;

    public EvidencePassage Redact(SearchHit hit)
    {
        var redacted = _redacted.GetOrAdd(hit.Passage.Id, static (_, state) => state.Self.RedactPassage(state.Passage), (Self: this, hit.Passage));
        return new EvidencePassage(hit, redacted.Text, redacted.Disagreements, redacted.Redactions);
    }

    /// <summary>
    /// The hit with <paramref name="excerpt"/> (its passage trimmed to what answers the question) shown instead of the
    /// whole passage. The excerpt depends on the question, so only the seed-claim notes come from the cache.
    /// </summary>
    public EvidencePassage Redact(SearchHit hit, string excerpt)
    {
        var whole = _redacted.GetOrAdd(hit.Passage.Id, static (_, state) => state.Self.RedactPassage(state.Passage), (Self: this, hit.Passage));
        var (text, redactions) = _excerpts.Get(excerpt);
        return new EvidencePassage(hit, text, whole.Disagreements, redactions + whole.NoteRedactions);
    }

    private RedactedPassage RedactPassage(Passage passage)
    {
        var (text, redactions) = RedactText(Excerpt(passage.Text));
        var disagreements = new List<(SeedClaim, string)>();
        var notesRedacted = 0;
        foreach (var claim in catalog.SeedClaimsFor(passage))
        {
            var (note, noteRedactions) = RedactText(claim.Note);
            notesRedacted += noteRedactions;
            disagreements.Add((claim, note));
        }

        return new RedactedPassage(text, disagreements, redactions + notesRedacted, notesRedacted);
    }

    private sealed record RedactedPassage(string Text, IReadOnlyList<(SeedClaim Claim, string Note)> Disagreements, int Redactions, int NoteRedactions);

    public static (string Text, int Redactions) RedactText(string text)
    {
        var result = DoseRedactor.Redact(text);
        return DoseLanguage.ContainsDoseOrSchedule(result.Text.Replace(FixedTexts.DoseRedactionMarker, string.Empty, StringComparison.Ordinal))
            ? (FixedTexts.DoseRedactionMarker, result.Redactions + 1)
            : (result.Text, result.Redactions);
    }

    private static string Excerpt(string text)
    {
        if (text.Length <= MaxExcerptLength)
        {
            return text;
        }

        var end = text.LastIndexOfAny(['.', '!', '?'], MaxExcerptLength);
        return end > MaxExcerptLength / 3
            ? text[..(end + 1)]
            : string.Concat(text.AsSpan(0, MaxExcerptLength).TrimEnd(), FixedTexts.Card.LongTextEllipsis);
    }
}
