using System.Reflection;
using System.Text.RegularExpressions;
using FibroBot.Safety;
using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

public sealed class LinearPrefilterTests
{
    [Theory]
    [InlineData(@"\bend\s+it\b(?!\s+with)", @"\bend\s+it\b")]
    [InlineData(@"(?<!\bnot\s)\bgive\s+up(?=\s*$)", @"\bgive\s+up")]
    [InlineData(@"a(?<=(?:x|(y)))b", "ab")]
    // Brackets inside a class or after a backslash are not groups, and named groups are kept.
    [InlineData(@"[^.?!()]{0,20}(?!\))\(x\)", @"[^.?!()]{0,20}\(x\)")]
    [InlineData(@"(?<word>\w+)(?!\s)", @"(?<word>\w+)")]
    [InlineData(@"[]a](?!b)c", "[]a]c")]
    public void Loosening_removes_every_lookahead_and_lookbehind_and_nothing_else(string pattern, string expected) =>
        Assert.Equal(expected, LinearPrefilter.WithoutLookarounds(pattern));

    [Fact]
    public void Top_level_alternatives_split_outside_groups_and_classes_only() =>
        Assert.Equal([@"\ba(?:b|c)", "[|x]", @"\|d", ""], LinearPrefilter.TopLevelAlternatives(@"\ba(?:b|c)|[|x]|\|d|"));

    [Fact]
    public void A_rule_with_lookarounds_still_gives_its_own_answer()
    {
        var rule = new Regex(@"\bend\s+it\b(?!\s+with\s+(?:my|the)\s+doctor)", RegexOptions.CultureInvariant);
        Assert.True(rule.IsMatchPrefiltered("i want to end it all"));
        Assert.False(rule.IsMatchPrefiltered("i will end it with my doctor"));
        Assert.False(rule.IsMatchPrefiltered("nothing here"));
        Assert.True(LinearPrefilter.IsScreened(rule));
    }

    [Fact]
    public void A_rule_the_linear_engine_cannot_run_is_not_screened_and_still_answers()
    {
        var rule = new Regex(@"(\w)\1(?>x+)y", RegexOptions.CultureInvariant);
        Assert.False(LinearPrefilter.IsScreened(rule));
        Assert.True(rule.IsMatchPrefiltered("aaxxy"));
        Assert.False(rule.IsMatchPrefiltered("abxxy"));
    }

    [Fact]
    public void Every_safety_rule_answers_as_it_does_unscreened_on_every_dev_message()
    {
        var texts = TriageData.LoadSplits(SharedModel.DataDirectory).Dev
            .SelectMany(e => (string[])[SafetyText.Normalize(MessageNormalizer.Normalize(e.Text).Text), MessageNormalizer.Normalize(e.Text).Text])
            .ToList();
        var rules = GeneratedRegexWarmUp.RuleTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.IsDefined(typeof(GeneratedRegexAttribute), false))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Rule: (Regex)m.Invoke(null, null)!))
            .ToList();

        var differing = rules
            .SelectMany(r => texts.Where(t => r.Rule.IsMatchPrefiltered(t) != r.Rule.IsMatch(t)).Take(3).Select(t => $"{r.Name}: {t}"))
            .ToList();

        Assert.Empty(differing);
        // The large crisis and dosing rules, the reason for the prefilter, are screened.
        Assert.All(rules.Where(r => r.Name is "CrisisDetector.Suicide" or "CrisisDetector.WelcomeAccident" or "DosingRequestDetector.ScheduleAsk" or "TakenThings.Names"),
            r => Assert.True(LinearPrefilter.IsScreened(r.Rule), r.Name));
        Assert.True(texts.Count > 10_000);
    }
}
