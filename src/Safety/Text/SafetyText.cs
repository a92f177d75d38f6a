using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Folds a chat message into one canonical form so the safety rules are written once, against plain
/// lowercase ASCII-ish words, instead of once per spelling trick.
/// </summary>
/// <remarks>
/// Steps, in order: Unicode compatibility fold (full-width letters, ligatures) and removal of diacritics and
/// invisible format characters; lowercase; common Cyrillic/Greek look-alikes to Latin; curly quotes to
/// straight; leetspeak digits and symbols that sit inside a word ("d0se", "kr4t0m", "l5d") back to letters
/// (a number that starts a token, as in "4.5mg", is left alone); letters spelled out with separators
/// ("k r a t o m", "d.o.s.e", "m.g") joined; letters stretched three or more times ("dooose") shortened;
/// fixed multi-word terms whose words would mislead the rules ("low dose naltrexone", "dose-response")
/// joined into single tokens; whitespace collapsed.
/// </remarks>
public static partial class SafetyText
{
    /// <summary>
    /// How many words a message has: runs of letters and digits, as the regular-expression class <c>\w+</c> counts them, so a
    /// question mark set apart in French ("et pour ma mère ?") or an emoji is not a word, and "l'altra" is two. Every length
    /// limit of the rules and the triage ("a reply of up to twelve words") counts with this one method, so they cannot disagree.
    /// </summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordCharacter = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
            if (isWordCharacter && !inWord)
            {
                words++;
            }

            inWord = isWordCharacter;
        }

        return words;
    }

    /// <summary>Longest input the rules look at; a chat message past this is cut, not rejected.</summary>
    public const int MaxAnalysedLength = 10_000;

    /// <param name="message">The raw chat message.</param>
    /// <param name="undoObfuscation">False folds only case, diacritics and fixed terms, so a caller can tell
    /// whether a finding needed the de-obfuscation steps.</param>
    public static string Normalize(string? message, bool undoObfuscation = true)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return string.Empty;
        }

        var input = message.Length > MaxAnalysedLength ? message[..MaxAnalysedLength] : message;
        var folded = FoldCharacters(input);
        if (undoObfuscation)
        {
            folded = DeLeet(folded);
            folded = SpacedLetters().Replace(folded, static m => JoinSpacedLetters(m.Value));
            folded = DottedLetters().Replace(folded, static m => RemoveSeparators(m.Value));
            folded = StretchedLetter().Replace(folded, "$1");
        }

        var termed = JoinTerms(folded);
        return Whitespace().Replace(termed, " ").Trim();
    }

    private static string FoldCharacters(string input)
    {
        // Plain ASCII is already in decomposed form; skipping the Unicode pass keeps the common case cheap.
        var decomposed = Ascii.IsValid(input) ? input : WellFormedText.Of(input).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                builder.Append(' ');
                continue;
            }

            builder.Append(LookAlike(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    private static char LookAlike(char c) => c switch
    {
        'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p', 'с' => 'c', 'у' => 'y', 'х' => 'x', 'і' => 'i', 'к' => 'k',
        'м' => 'm', 'т' => 't', 'н' => 'h', 'в' => 'b', 'ԁ' => 'd', 'ѕ' => 's', 'ј' => 'j', 'һ' => 'h', 'ԍ' => 'g', 'ɡ' => 'g', 'ο' => 'o', 'α' => 'a', 'ι' => 'i', 'κ' => 'k', 'μ' => 'u',
        'ß' => 's', '’' or '‘' or '`' or '´' => '\'', '“' or '”' or '„' => '"', '–' or '—' or '‐' => '-',
        _ => c,
    };

    /// <summary>Turns a leet character back into a letter when a letter stands right before it.</summary>
    private static string DeLeet(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            var letter = chars[i] switch
            {
                '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', '!' => 'i',
                _ => '\0',
            };
            if (letter == '\0' || !char.IsAsciiLetterLower(chars[i - 1]))
            {
                continue;
            }

            // "!" only counts inside a word ("pa!n"), never as the end of a sentence.
            var next = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (chars[i] == '!' && !char.IsAsciiLetterLower(next))
            {
                continue;
            }

            // "b12", "mp3": a digit run after letters that is not followed by a letter stays a number
            // unless the token already looks like a word with letters on both sides.
            if (char.IsAsciiDigit(chars[i]) && !char.IsAsciiLetterLower(next) && !LeetDigitOrLetter(next))
            {
                if (i < 2 || !char.IsAsciiLetterLower(chars[i - 2]))
                {
                    continue;
                }
            }

            chars[i] = letter;
        }

        return new string(chars);
    }

    private static bool LeetDigitOrLetter(char c) => char.IsAsciiLetterLower(c) || c is '0' or '1' or '3' or '4' or '5' or '7';

    /// <summary>
    /// "k r a t o m" is one word. When single spaces join letters and wider gaps also appear ("h o w  m u c h  t o"),
    /// the wider gaps are the word breaks, so short words such as "to" survive as words.
    /// </summary>
    private static string JoinSpacedLetters(string value) =>
        value.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', WideGap().Split(value).Select(RemoveSeparators))
            : RemoveSeparators(value);

    [GeneratedRegex(@"[ ]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    private static string RemoveSeparators(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string JoinTerms(string text)
    {
        text = LowDoseNaltrexone().Replace(text, "ldn");
        text = ResearchDoseTerm().Replace(text, static m => RemoveSeparators(m.Value));
        text = DoseLevelTerm().Replace(text, static m => RemoveSeparators(m.Value));
        return ControlledSchedule().Replace(text, "controlled-schedule");
    }

    [GeneratedRegex(@"(?<![a-z])[a-z](?:[ ]+[a-z](?![a-z])){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"(?<![a-z])[a-z](?:[.\-_*·]+[a-z](?![a-z])){1,}\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedLetters();

    [GeneratedRegex(@"([a-z])\1{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex StretchedLetter();

    [GeneratedRegex(@"\blow[\s-]*dos(?:e|is|age)[\s-]*(?:of\s+)?naltrex\w*|\bnaltrex\w*\s+(?:en\s+)?(?:dosis\s+baja|in\s+niedriger\s+dosis|a\s+faible\s+dose|em\s+baixa\s+dose|in\s+lage\s+dosis)", RegexOptions.CultureInvariant)]
    private static partial Regex LowDoseNaltrexone();

    [GeneratedRegex(@"\bdose[\s-]+(?:response|dependent|finding|ranging|escalation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResearchDoseTerm();

    // "higher doses" and "low dose" as descriptions of a drug or a study arm, not a question about an amount.
    [GeneratedRegex(@"\b(?:high|higher|full|large|larger)[\s-]+dos(?:e|es|ing|age)\b|\bcalled\s+low[\s-]+dose\b|\blow[\s-]+doses\b|\bdosis\s+(?:baja|alta)\b|\bdose\s+(?:baixa|alta|faible|elevee)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoseLevelTerm();

    [GeneratedRegex(@"\bschedule\s+(?:i|ii|iii|iv|v|1|2|3|4|5|one|two)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ControlledSchedule();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
