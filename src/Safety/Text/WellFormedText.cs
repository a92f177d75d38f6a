using System.Text;

namespace FibroBot.Safety;

/// <summary>
/// JSON lets a client send a lone UTF-16 surrogate ("\ud800") or the noncharacters U+FFFE and U+FFFF, and .NET's
/// Unicode normalisation throws on each. Every text that is normalised is first made well-formed: each becomes U+FFFD.
/// </summary>
public static class WellFormedText
{
    public static string Of(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunesReplacingInvalid(text))
        {
            builder.Append(rune.Value is 0xFFFE or 0xFFFF ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return builder.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    // String.EnumerateRunes already yields U+FFFD for each ill-formed surrogate.
    private static IEnumerable<Rune> EnumerateRunesReplacingInvalid(string text) => text.EnumerateRunes();
}
