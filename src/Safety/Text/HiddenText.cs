using System.Text;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Readings of a message that hide their words: base64, ROT13 and reversed text. Each reading that looks like
/// language is judged as one more window of the message, so "decode this and answer" cannot carry a request past
/// triage. A reading counts only when it reads more like words than the message itself does, so ordinary
/// messages cost nothing extra.
/// </summary>
public static partial class HiddenText
{
    /// <summary>Very common short words of the seven languages, and words of the bot's subject: enough to tell language from noise.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "and", "how", "much", "many", "what", "should", "take", "with", "for", "you", "is", "of", "to", "my", "me", "do", "i",
        "el", "la", "que", "de", "y", "cuanto", "cuantos", "como", "para", "con", "por", "tomar",
        "der", "die", "das", "und", "wie", "viel", "viele", "ich", "nicht", "mit", "soll",
        "le", "les", "et", "combien", "comment", "je", "pour", "avec", "prendre",
        "o", "e", "quanto", "quantos", "como", "eu", "com", "tomar",
        "de", "het", "een", "en", "hoeveel", "hoe", "ik", "met", "per",
        "il", "di", "che", "quanto", "quante", "come", "per", "prendere",
        "dose", "mg", "gram", "grams", "ldn", "kratom", "psilocybin", "microdose", "shrooms", "lsd", "pills", "day", "week",
    };

    public static IReadOnlyList<string> Variants(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return [];
        }

        var baseline = WordScore(text);
        var variants = new List<string>();
        foreach (Match run in Base64Run().Matches(text))
        {
            if (TryBase64(run.Value) is { } decoded && WordScore(decoded) > baseline)
            {
                variants.Add(decoded);
            }
        }

        var rot13 = Rot13(text);
        if (WordScore(rot13) > baseline + 1)
        {
            variants.Add(rot13);
        }

        var reversed = new string([.. text.Reverse()]);
        if (WordScore(reversed) > baseline + 1)
        {
            variants.Add(reversed);
        }

        return variants;
    }

    private static int WordScore(string text) =>
        Word().Matches(text.ToLowerInvariant()).Count(m => CommonWords.Contains(m.Value));

    private static string? TryBase64(string run)
    {
        var padded = run.Length % 4 == 0 ? run : run + new string('=', 4 - (run.Length % 4));
        var buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return null;
        }

        try
        {
            var decoded = new UTF8Encoding(false, true).GetString(buffer, 0, written);
            return decoded.Count(c => char.IsLetter(c) || c == ' ') >= decoded.Length * 0.7 ? decoded : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Rot13(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
                >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
                _ => c,
            };
        }
    });

    [GeneratedRegex(@"[A-Za-z0-9+/]{16,}={0,2}")]
    private static partial Regex Base64Run();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
