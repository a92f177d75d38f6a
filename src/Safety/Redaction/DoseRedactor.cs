using System.Text;

namespace FibroBot.Safety;

/// <summary>A passage with its dose sentences replaced, and how many sentences were replaced.</summary>
public sealed record RedactionResult(string Text, int Redactions);

/// <summary>
/// Replaces every sentence of a passage that states a dose amount, strength or schedule with
/// <see cref="SafetyTexts.DoseRedactionMarker"/>. Consecutive dose sentences share one marker but each is counted.
/// </summary>
/// <remarks>
/// Mentions are found on the whole passage first, then every sentence a mention touches is dropped, so a
/// mention that a sentence splitter would cut in two ("1.5 to 4.5\nmilligrams") still takes both halves with
/// it. The result is checked once more with the same recogniser; if joining what was kept ever formed a new
/// mention, the pass repeats on the result, and a passage that still would not come clean is replaced whole.
/// </remarks>
public static class DoseRedactor
{
    private const int MaxPasses = 3;

    public static RedactionResult Redact(string? passageText)
    {
        if (string.IsNullOrEmpty(passageText))
        {
            return new RedactionResult(string.Empty, 0);
        }

        var text = passageText;
        var total = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var mentions = DoseLanguage.FindMentions(text);
            if (mentions.Count == 0)
            {
                return new RedactionResult(text, total);
            }

            (text, var redacted) = RedactSentences(text, mentions);
            total += redacted;
        }

        return DoseLanguage.ContainsDoseOrSchedule(text)
            ? new RedactionResult(SafetyTexts.DoseRedactionMarker, Math.Max(total, 1))
            : new RedactionResult(text, total);
    }

    private static (string Text, int Redacted) RedactSentences(string text, IReadOnlyList<DoseMention> mentions)
    {
        var sentences = SentenceSplitter.Split(text);
        var builder = new StringBuilder(text.Length);
        var redacted = 0;
        var mentionIndex = 0;
        var inRedactedRun = false;
        var pendingWhitespace = string.Empty;

        foreach (var sentence in sentences)
        {
            while (mentionIndex < mentions.Count && mentions[mentionIndex].End <= sentence.Start)
            {
                mentionIndex++;
            }

            var whitespaceAfter = text[sentence.ContentEnd..sentence.End];
            var touched = mentionIndex < mentions.Count && mentions[mentionIndex].Start < sentence.End;
            if (touched)
            {
                redacted++;
                if (!inRedactedRun)
                {
                    builder.Append(SafetyTexts.DoseRedactionMarker);
                    inRedactedRun = true;
                }

                // A run of dose sentences shares one marker; the whitespace after the run is kept so
                // paragraphs and list lines keep their shape.
                pendingWhitespace = whitespaceAfter;
                continue;
            }

            builder.Append(pendingWhitespace);
            pendingWhitespace = string.Empty;
            inRedactedRun = false;
            builder.Append(text, sentence.Start, sentence.Length);
        }

        builder.Append(pendingWhitespace);
        return (builder.ToString(), redacted);
    }
}
