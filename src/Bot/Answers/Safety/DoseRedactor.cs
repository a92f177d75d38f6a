using System.Text.RegularExpressions;
using FibroBot.Retrieval.Safety;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's redactor (replaced at merge); only its public shape is relied on.</summary>
public static partial class DoseRedactor
{
    public static RedactionResult Redact(string? passageText)
    {
        var count = 0;
        var sentences = Sentence().Split(passageText ?? string.Empty).Select(s =>
        {
            if (!DoseLanguage.ContainsDoseOrSchedule(s))
            {
                return s;
            }

            count++;
            return FixedTexts.DoseRedactionMarker;
        });
        return new RedactionResult(string.Join(' ', sentences), count);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}

public sealed record RedactionResult(string Text, int Redactions);
