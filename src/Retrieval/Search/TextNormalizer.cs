using FibroBot.Safety;
using System.Globalization;
using System.Text;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// Splits text into the tokens FTS5's unicode61 tokenizer sees: runs of letters and digits, lower-cased, with
/// diacritics removed. Everything else, including every FTS5 operator character, is a separator.
/// </summary>
public static class TextNormalizer
{
    /// <summary>No real question needs more; a 5,000-character paste is cut here rather than slowing the index.</summary>
    public const int MaxTokens = 64;

    private const int MaxTokenLength = 40;

    public static List<string> Tokens(string? text, int maxTokens = MaxTokens)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var token = new StringBuilder();
        foreach (var rune in WellFormedText.Of(text).Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                token.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                if (!Emit(token, tokens, maxTokens))
                {
                    return tokens;
                }
            }
        }

        Emit(token, tokens, maxTokens);
        return tokens;
    }

    private static bool Emit(StringBuilder token, List<string> tokens, int maxTokens)
    {
        if (token.Length is > 0 and <= MaxTokenLength)
        {
            tokens.Add(token.ToString());
        }

        token.Clear();
        return tokens.Count < maxTokens;
    }
}
