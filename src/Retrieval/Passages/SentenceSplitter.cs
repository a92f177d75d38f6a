using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Passages;

/// <summary>Splits prose into sentences at '.', '!' or '?' followed by a capital, without breaking common abbreviations.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "al.", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "prof.", "fig.", "no.", "approx.", "u.s.", "u.k.", "st.", "jr.", "sr.", "inc.", "ltd.", "cf.",
    };

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var sentence = text[start..boundary.Index];
            var lastWord = sentence[(sentence.LastIndexOf(' ') + 1)..];
            if (Abbreviations.Contains(lastWord) || IsInitial(lastWord))
            {
                continue;
            }

            if (sentence.Trim() is { Length: > 0 } trimmed)
            {
                yield return trimmed;
            }

            start = boundary.Index + boundary.Length;
        }

        if (text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    // "J. Smith" or "A." in a list of authors: one capital letter and a dot.
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    [GeneratedRegex(@"(?<=[.!?][""”’)\]]?)\s+(?=[\p{Lu}\p{N}""“(\[])")]
    private static partial Regex Boundary();
}
