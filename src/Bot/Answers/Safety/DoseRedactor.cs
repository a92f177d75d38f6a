using System.Text.RegularExpressions;
using FibroBot.Retrieval.Safety;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's redactor (replaced at merge); only the shape is relied on.</summary>
public sealed partial class DoseRedactor
{
    public Redaction Redact(string text)
    {
        var count = 0;
        var sentences = Sentence().Split(text).Select(s =>
        {
            if (!DoseLanguage.ContainsDoseOrSchedule(s))
            {
                return s;
            }

            count++;
            return FixedTexts.DoseRedactionMarker;
        });
        return new Redaction(string.Join(' ', sentences), count);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}

public sealed record Redaction(string Text, int Redactions);
