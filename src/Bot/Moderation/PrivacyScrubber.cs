using System.Text;
using System.Text.RegularExpressions;

namespace FibroBot.Moderation;

/// <summary>
/// Removes what identifies a person from free text before it is stored: e-mail addresses, phone numbers,
/// names the person gave ("my name is …", "call me …", "I'm …") and their display name. It errs towards
/// removing too much: a capitalised word after "I'm" is taken for a name, and the display name's parts are
/// removed wherever they stand as words.
/// </summary>
public static partial class PrivacyScrubber
{
    public const string EmailMarker = "[email]";
    public const string PhoneMarker = "[phone]";
    public const string NameMarker = "[name]";

    /// <summary>Returned when the text defeats the patterns in time: better to keep nothing than something unscrubbed.</summary>
    public const string RemovedMarker = "[removed]";

    private const int MinimumPhoneDigits = 7;
    private const int MaximumPhoneDigits = 15;
    private const int TimeoutMilliseconds = 500;

    public static string Scrub(string text, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var scrubbed = Email().Replace(text, EmailMarker);
            scrubbed = PhoneCandidate().Replace(scrubbed, match => IsPhoneNumber(match.Value) ? PhoneMarker : match.Value);
            scrubbed = TeamsMention().Replace(scrubbed, NameMarker);
            scrubbed = StatedName().Replace(scrubbed, match => match.Groups["intro"].Value + NameMarker);
            scrubbed = CapitalisedStatedName().Replace(scrubbed, match => match.Groups["intro"].Value + NameMarker);
            return string.IsNullOrWhiteSpace(displayName) ? scrubbed : RemoveDisplayName(scrubbed, displayName);
        }
        catch (RegexMatchTimeoutException)
        {
            return RemovedMarker;
        }
    }

    private static bool IsPhoneNumber(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        return digits is >= MinimumPhoneDigits and <= MaximumPhoneDigits;
    }

    private static string RemoveDisplayName(string text, string displayName)
    {
        // The whole name, its words and each run of letters in them ("Anna-Lena Meyer" → "Anna-Lena", "Meyer",
        // "Anna", "Lena"), longest first, so that a longer form is replaced whole.
        var parts = NameWords().Matches(displayName).Select(m => m.Value)
            .Concat(NameParts().Matches(displayName).Select(m => m.Value))
            .Where(part => part.Length >= 2)
            .Prepend(displayName.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(part => part.Length);
        foreach (var part in parts)
        {
            text = ReplaceWholeWord(text, part);
        }

        return text;
    }

    /// <summary>
    /// Replaces each case-insensitive occurrence of <paramref name="word"/> that no letter or number touches on
    /// either side. A plain scan rather than a regex built from the name: display names differ per user, and
    /// compiling a pattern for each one cost more than the rest of the scrubbing.
    /// </summary>
    private static string ReplaceWholeWord(string text, string word)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 > text.Length ? -1 : text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (at < copied || (at > 0 && IsWordCharacter(text[at - 1])) || (end < text.Length && IsWordCharacter(text[end])))
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, at - copied).Append(NameMarker);
            copied = end;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    // Digits with the separators people type in phone numbers; IsPhoneNumber then counts the digits, so doses
    // ("0.5-4.5 mg") and years stay.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\(?\d[\d\s().\-/]{4,}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMilliseconds)]
    private static partial Regex TeamsMention();

    // "my name is anna", "call me Jo Ann": the word after the phrase, whatever its case, and up to two more
    // capitalised words (not "I").
    [GeneratedRegex(@"(?<intro>\b(?i:my\s+name\s+is|my\s+name['’]s|call\s+me)\s+)(?<name>\p{L}[\p{L}'’\-]*(?:\s+(?!I\b)\p{Lu}[\p{L}'’\-]*){0,2})", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StatedName();

    // "I'm Anna", "I am Anna Lee": only a capitalised word, so "I'm tired" keeps its meaning.
    [GeneratedRegex(@"(?<intro>\b(?i:i['’]m|i\s+am)\s+)(?<name>(?!I\b)\p{Lu}[\p{L}'’\-]*(?:\s+(?!I\b)\p{Lu}[\p{L}'’\-]*){0,2})", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CapitalisedStatedName();

    [GeneratedRegex(@"\p{L}+(?:['’\-]\p{L}+)*", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex NameWords();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex NameParts();
}
