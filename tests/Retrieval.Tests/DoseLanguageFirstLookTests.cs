using FibroBot.Safety;

namespace FibroBot.Tests;

/// <summary>
/// The first look in <see cref="DoseLanguage"/> may only save work: it must never turn away a text the full dose
/// pattern matches, or a dose could slip into an answer unredacted.
/// </summary>
public class DoseLanguageFirstLookTests
{
    // Slow: every line of the seeds, the corpus and the labelled sets, plus thousands of generated ones.
    [Fact]
    [Trait("Category", "Slow")]
    public void Never_turns_away_a_line_the_pattern_matches_in_seeds_corpus_or_labeled_sets()
    {
        var files = Directory.EnumerateFiles(Repository.Combine("seeds"))
            .Concat(Directory.EnumerateFiles(Repository.Combine("corpus"), "*.*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Repository.Combine("tests", "data"), "*.*", SearchOption.AllDirectories));
        var lines = files.SelectMany(File.ReadLines).Where(l => l.Length > 0).Concat(Generated()).ToList();

        var matched = 0;
        var skipped = 0;
        foreach (var line in lines)
        {
            var pattern = DoseLanguage.MatchesPattern(line);
            var firstLook = DoseLanguage.MayContainMention(line);
            Assert.False(pattern && !firstLook, $"the first look turned away a dose mention: {line}");
            matched += pattern ? 1 : 0;
            skipped += firstLook ? 0 : 1;
        }

        // Not vacuous: the sets hold many dose mentions, and the first look does skip ordinary lines.
        Assert.True(matched >= 100, $"only {matched} lines mention a dose");
        Assert.True(skipped >= lines.Count / 10, $"the first look skipped only {skipped} of {lines.Count} lines");
    }

    /// <summary>Stated doses and schedules built from parts, in the casings and spacings people type.</summary>
    private static IEnumerable<string> Generated()
    {
        string[] quantities = ["4.5", "1,5", ".5", "two", "A half", "½", "twenty five", "a few", "3/4", "Ten"];
        string[] units = ["mg", "Milligrams", "capsules", "drops", "g", "tsp", "mcg", "ml"];
        string[] frames = ["take {0} {1} daily", "{0}{1}", "I was on {0} {1}.", "({0} {1})", "start:{0} {1}"];
        foreach (var frame in frames)
        {
            foreach (var quantity in quantities)
            {
                foreach (var unit in units)
                {
                    yield return string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, quantity, unit);
                }
            }
        }

        string[] schedules = ["twice a week", "Every third day", "once nightly", "three times per day", "one day on, two days off",
            "Tuesday/Friday", "sat/sun", "taken at bedtime", "use it before bed", "dosed each morning", "2x a day"];
        foreach (var schedule in schedules)
        {
            yield return schedule;
            yield return $"They said: {schedule.ToUpperInvariant()}!";
        }
    }

    [Theory]
    [InlineData("take it every other day")]
    [InlineData("four point five milligrams")]
    [InlineData("a tenth of a gram")]
    [InlineData("a milligram at a time")]
    [InlineData("Mon/Thu")]
    [InlineData("Mondays and Thursdays")]
    [InlineData("ONCE DAILY")]
    [InlineData("½ tab")]
    [InlineData("I use it at night")]
    [InlineData("dosing in the morning")]
    [InlineData("5 days on 2 off")]
    [InlineData("two weeks off")]
    public void Mentions_of_every_kind_pass_the_first_look_and_match(string text)
    {
        Assert.True(DoseLanguage.MayContainMention(text));
        Assert.True(DoseLanguage.ContainsDoseOrSchedule(text));
    }

    [Theory]
    [InlineData("is low dose naltrexone helpful for fibromyalgia?")]
    [InlineData("what are the risks of kratom")]
    [InlineData("does psilocybin often help?")]
    public void Ordinary_questions_whose_words_only_contain_an_anchor_are_skipped(string text)
    {
        Assert.False(DoseLanguage.MayContainMention(text));
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(text));
    }
}
