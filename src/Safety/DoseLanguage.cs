using System.Buffers;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>A stretch of text that states a dose amount, strength or schedule.</summary>
public readonly record struct DoseMention(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Recognises text that states a dose amount, strength or schedule. Shared by the corpus validator
/// (no dose text in vetted documents) and the answer redactor (no dose text in an answer).
/// </summary>
/// <remarks>
/// A mention needs a quantity bound to a dosing unit ("4.5mg", "1.5 to 4.5 milligrams", "a tenth of a gram",
/// "two capsules"), a strength ("15x extract"), or a schedule ("every three days", "twice a week",
/// "5 days on 2 off", "Monday/Thursday", "at bedtime", "taken daily"). Bare numbers ("in 2017", "31 people",
/// "60%", "phase 2", "7-OH", "a 12-week trial") and bare frequency words ("daily activities", "Schedule I")
/// are ordinary prose and deliberately do not match. Number words are spelled out in the patterns so
/// "four point five milligrams" is caught as surely as "4.5 mg".
/// </remarks>
public static partial class DoseLanguage
{
    public static bool ContainsDoseOrSchedule(string? text) =>
        !string.IsNullOrEmpty(text) && MayContainMention(text) && DosePattern().IsMatch(text);

    /// <summary>Every dose or schedule mention, in order, so a caller can redact the sentences around them.</summary>
    public static IReadOnlyList<DoseMention> FindMentions(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayContainMention(text))
        {
            return [];
        }

        var mentions = new List<DoseMention>();
        foreach (var match in DosePattern().EnumerateMatches(text))
        {
            mentions.Add(new DoseMention(match.Index, match.Length));
        }

        return mentions;
    }

    /// <summary>Characters any of which may carry a mention wherever they stand: digits, vulgar fractions, "Mon/Thu".</summary>
    private static readonly SearchValues<char> AnywhereMarks = SearchValues.Create("0123456789½¼¾⅓⅔⅛/");

    /// <summary>
    /// Words at least one of which, at the start of a word, every branch of the pattern needs: number and fraction
    /// words, units that can stand alone ("a milligram"), frequency and interval words, weekday names and timing words.
    /// </summary>
    private static readonly string[] AnchorWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "half", "quarter", "few", "several", "couple",
        "third", "fifth", "tenth", "twentieth", "hundredth",
        "milligram", "microgram", "gram", "millilitre", "milliliter",
        "once", "twice", "thrice", "every", "each", "daily", "nightly", "weekly", "day", "week", "night", "morning",
        "evening", "bedtime", "before",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    private static readonly SearchValues<string> Anchors = SearchValues.Create(AnchorWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A cheap, conservative first look: false only when the text has none of the marks or words without which no
    /// branch of the pattern can match, so most ordinary questions skip the full pattern. Tests hold it to never
    /// turning away a text the pattern would match.
    /// </summary>
    internal static bool MayContainMention(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(AnywhereMarks))
        {
            return true;
        }

        for (var offset = 0; offset < text.Length;)
        {
            var at = text[offset..].IndexOfAny(Anchors);
            if (at < 0)
            {
                return false;
            }

            var start = offset + at;
            if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    /// <summary>The full pattern alone, without the first look: what tests compare <see cref="MayContainMention"/> with.</summary>
    internal static bool MatchesPattern(string text) => DosePattern().IsMatch(text);

    // Building blocks, kept as constants so the one generated regex below stays readable.
    private const string NumberWord =
        "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
        + "half|quarter|a\\s+half|a\\s+quarter|few|several|couple(?:\\s+of)?)";

    private const string SpelledNumber =
        NumberWord + "(?:(?:[\\s-]+(?:and\\s+)?(?:a\\s+)?|\\s+point\\s+)" + NumberWord + "){0,3}";

    private const string DigitNumber = "(?:\\d+(?:[.,]\\d+)?|[.,]\\d+|\\d+\\s*/\\s*\\d+|[½¼¾⅓⅔⅛]|\\d+\\s*[½¼¾])";

    private const string Quantity = "(?:" + DigitNumber + "|\\b" + SpelledNumber + ")";

    private const string MassOrVolumeUnit =
        "(?:mg|milligrams?|milligrammes?|milligramm|miligramos?|miligramas?|mcg|µg|μg|ug|micrograms?|microgrammes?|"
        + "g|gr|grams?|grammes?|gramm|gramos?|gramas?|ml|milliliters?|millilitres?|cc|iu|oz|ounces?)";

    private const string CountUnit =
        "(?:capsules?|caps|tablets?|tabs?|pills?|drops?|droppers?(?:ful)?s?|teaspoons?|tsp|tablespoons?|tbsp|"
        + "scoops?|spoons?(?:ful)?s?|stamps?|blotters?|hits?)";

    private const string Fraction = "(?:half|third|quarter|fifth|tenth|twentieth|hundredth)";

    private const string TimeUnit = "(?:day|days|week|weeks|month|months|night|nights|morning|mornings|evening|evenings|hours?|fortnight)";

    private const string Weekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";

    private const string ShortWeekday = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)";

    private const string TakeVerb =
        "(?:take|takes|taking|took|taken|dose|doses|dosed|dosing|microdose[sd]?|microdosing|use|uses|used|using|"
        + "administer(?:ed|s)?|given|swallow(?:ed|s)?)";

    // Stays within one clause: a schedule word binds to the verb only in the same sentence.
    private const string SameClause = "[^.;!?\\n]{0,60}?";

    private const string Pattern =
        // 1. A quantity bound to a unit, ranges included through their last number: "1.5 to 4.5 milligrams".
        //    A line break may fall between number and unit, as it does in text extracted from PDFs.
        Quantity + "[ \\t\\u00A0-]*(?:\\r?\\n[ \\t]*)?(?:" + MassOrVolumeUnit + "|" + CountUnit + ")(?![\\p{L}\\p{N}])"
        // 2. A fraction of a unit, or a single unit: "a tenth of a gram", "half a gram", "a milligram".
        + "|\\b(?:an?|one)\\s+" + Fraction + "\\s+of\\s+an?\\s+" + MassOrVolumeUnit + "\\b"
        + "|\\bhalf\\s+an?\\s+" + MassOrVolumeUnit + "\\b"
        + "|\\ban?\\s+(?:single\\s+)?(?:milligram|microgram|gram|millilitre|milliliter)s?\\b"
        // 3. Strengths of preparations: "15x extract", "2% mitragynine".
        + "|\\b\\d+(?:[.,]\\d+)?\\s*(?:x|%)\\s*(?:extract|strength|concentrate|tincture|solution|mitragynine|psilocybin|alkaloids?)\\b"
        + "|\\b\\d+\\s*:\\s*1\\s+(?:extract|concentrate|tincture)\\b"
        // 4. Frequencies: "once daily", "twice a week", "three times per day", "2x a day".
        + "|\\b(?:once|twice|thrice|" + Quantity + "\\s*(?:times?|x))\\s+(?:(?:a|an|per|each|every)\\s+)?"
        + "(?:" + TimeUnit + "|daily|weekly|nightly|monthly)\\b"
        // 5. Intervals: "every three days", "every other day", "every 72 hours", "every 3rd day".
        + "|\\bevery\\s+(?:other|second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th)|" + Quantity + ")"
        + "(?:\\s+or\\s+(?:" + Quantity + "|other|second|third|fourth))?\\s+" + TimeUnit + "\\b"
        // 6. A count per period: "4.5 per day", "two a day", "one dose per week".
        + "|" + Quantity + "\\s+(?:doses?\\s+|microdoses?\\s+)?(?:per|a|each)\\s+(?:day|week|night|morning)\\b"
        // 7. Cycles: "5 days on 2 off", "one day on, two days off", "4 weeks on", "two weeks off".
        + "|\\b" + Quantity + "\\s+(?:" + TimeUnit + "\\s+)?on\\s*[,/;]?\\s*(?:and\\s+|then\\s+)?" + Quantity + "\\s+(?:" + TimeUnit + "\\s+)?off\\b"
        + "|\\b" + Quantity + "\\s+(?:days?|weeks?)\\s+off\\b"
        + "|\\b(?:days?|weeks?)\\s+on\\s*[,/]?\\s*(?:and\\s+)?(?:days?|weeks?)\\s+off\\b"
        // 8. Day-of-week schedules: "Monday/Thursday", "Mondays and Thursdays", "Mon/Thu".
        + "|\\b" + Weekday + "\\s*(?:/|,|&|\\+|and|-)\\s*" + Weekday + "\\b"
        + "|\\b" + ShortWeekday + "\\s*/\\s*" + ShortWeekday + "\\b"
        // 9. Timing: "at bedtime", and timing words tied to taking something in the same clause.
        + "|\\bat\\s+bedtime\\b"
        + "|\\b(?:daily|nightly|weekly|morning|bedtime|evening)\\s+(?:dose|doses|dosing|microdose|microdoses)\\b"
        + "|\\b" + TakeVerb + "\\b" + SameClause + "\\b(?:(?:daily|nightly|weekly)(?!\\s+(?:li|activ|func|task|chore|stress|struggl|pain|experien|routine|basis\\s+for))|every\\s+(?:day|night|morning|evening|week)"
        + "|each\\s+(?:day|night|morning|evening)|before\\s+(?:bed|sleep)|at\\s+night|in\\s+the\\s+(?:morning|evening))\\b";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DosePattern();
}
