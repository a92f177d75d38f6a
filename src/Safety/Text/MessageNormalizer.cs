using System.Globalization;
using System.Text;

namespace FibroBot.Safety;

/// <summary>
/// A message made safe to reason about: <see cref="Full"/> is for safety checks (nothing a person wrote is
/// dropped before them), <see cref="Text"/> is the bounded part that is searched and echoed.
/// </summary>
public sealed record NormalizedMessage(string Full, string Text, bool WasTruncated)
{
    /// <summary>False for empty, whitespace-only, emoji-only or punctuation-only messages.</summary>
    public bool HasWords => Text.Any(char.IsLetterOrDigit);
}

public static class MessageNormalizer
{
    /// <summary>Beyond this, input is cut before any work so that a flood costs nothing.</summary>
    public const int MaxInputLength = 20_000;

    /// <summary>Questions longer than this are searched and echoed by their beginning only.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>How much of the end of an over-long message is kept for the safety checks.</summary>
    public const int KeptEndLength = 4_000;

    public static NormalizedMessage Normalize(string? raw)
    {
        var input = raw ?? string.Empty;
        if (input.Length > MaxInputLength)
        {
            // Keep the beginning and the end: farewells and cries for help are often the last lines of a long message.
            input = string.Concat(input.AsSpan(0, MaxInputLength - KeptEndLength), " ", input.AsSpan(input.Length - KeptEndLength));
        }

        var full = CollapseWhitespace(Fold(input));
        if (full.Length <= MaxQuestionLength)
        {
            return new NormalizedMessage(full, full, false);
        }

        var cut = full.LastIndexOf(' ', MaxQuestionLength);
        return new NormalizedMessage(full, full[..(cut > MaxQuestionLength / 2 ? cut : MaxQuestionLength)], true);
    }

    /// <summary>Compatibility-folds lookalike letters (full-width, ligatures) and turns control and format characters into spaces.</summary>
    private static string Fold(string input)
    {
        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs (emoji); drop lone halves, which would make normalisation throw.
                if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                {
                    builder.Append(c).Append(input[++i]);
                }

                continue;
            }

            var category = char.GetUnicodeCategory(c);
            builder.Append(category is UnicodeCategory.Control or UnicodeCategory.Format ? ' ' : SmallCapital(c));
        }

        return WellFormedText.Of(builder.ToString()).Normalize(NormalizationForm.FormKC);
    }

    /// <summary>
    /// Small capitals ("ʜᴏᴡ ᴍᴜᴄʜ ʟᴅɴ") are letters of their own to Unicode, which compatibility folding leaves alone, so
    /// the encoder, the model and the rules would read none of the words. Each becomes its plain lower-case letter.
    /// </summary>
    private static char SmallCapital(char c) => c switch
    {
        '\u1D00' => 'a', '\u0299' => 'b', '\u1D04' => 'c', '\u1D05' => 'd', '\u1D07' => 'e', '\uA730' => 'f', '\u0262' => 'g',
        '\u029C' => 'h', '\u026A' => 'i', '\u1D0A' => 'j', '\u1D0B' => 'k', '\u029F' => 'l', '\u1D0D' => 'm', '\u0274' => 'n',
        '\u1D0F' => 'o', '\u1D18' => 'p', '\uA7AF' => 'q', '\u0280' => 'r', '\uA731' => 's', '\u1D1B' => 't', '\u1D1C' => 'u',
        '\u1D20' => 'v', '\u1D21' => 'w', '\u028F' => 'y', '\u1D22' => 'z',
        _ => c,
    };

    /// <summary>
    /// Collapses each run of whitespace to one space, except a wide gap after spaced-out letters ("x y"), which stays two
    /// spaces: in "h o w  m u c h" the wide gaps are the only word breaks, and the safety fold needs them to read the words.
    /// </summary>
    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpaces = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpaces += builder.Length > 0 ? 1 : 0;
                continue;
            }

            if (pendingSpaces > 0)
            {
                builder.Append(' ', pendingSpaces > 1 && EndsInSpacedLetters(builder) ? 2 : 1);
                pendingSpaces = 0;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool EndsInSpacedLetters(StringBuilder builder) =>
        builder.Length >= 3 && char.IsLetter(builder[^1]) && builder[^2] == ' ' && char.IsLetter(builder[^3])
        && (builder.Length == 3 || builder[^4] == ' ');
}
