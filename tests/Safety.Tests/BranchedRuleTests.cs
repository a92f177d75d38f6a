using System.Reflection;
using System.Text.RegularExpressions;
using FibroBot.Safety;
using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

/// <summary>
/// A rule read branch by branch (<see cref="BranchedRule"/>) must decide exactly as the generated regex it comes from.
/// </summary>
public sealed class BranchedRuleTests
{
    [Fact]
    public void The_pattern_splits_only_at_top_level_bars()
    {
        Assert.Equal(["a", "(b|c)", "[|]", @"\|", "(?<!x|y)z", "[]|]", "[^]|]"], BranchedRule.TopLevelBranches(@"a|(b|c)|[|]|\||(?<!x|y)z|[]|]|[^]|]"));
        Assert.Equal(["single"], BranchedRule.TopLevelBranches("single"));
        Assert.Throws<ArgumentException>(() => BranchedRule.TopLevelBranches("(a|b"));
    }

    [Theory]
    [InlineData(@"\bno\s+quiero\s+vivir\b", "quiero")]
    [InlineData(@"so+\s+tired", "tired")]
    [InlineData(@"\bcan'?t\s+go\s+on", "can")]
    [InlineData(@"[abc]def", "def")]
    [InlineData(@"[]x]abcd[^]y]ef", "abcd")]
    [InlineData(@"kill\s+myself", "myself")]
    [InlineData(@"abc(?:de|fg)hijk", "hijk")]
    [InlineData(@"wantt?ing", "want")]
    [InlineData(@"stooo+p", "stooo")]
    [InlineData(@"lethal{0,3}", "letha")]
    [InlineData(@"[^.?!]{0,30}\bdie\b", "die")]
    [InlineData(@"(?<!not\s)\bgoodbye\b", "goodbye")]
    public void A_branch_names_the_longest_word_it_cannot_match_without(string branch, string expected) =>
        Assert.Equal(expected, BranchedRule.RequiredLiteral(branch));

    [Theory]
    [InlineData(@"(?:would|will)\s+\w+")]
    [InlineData(@"\bi\s+am\b")]
    [InlineData(@"[^.?!]{0,30}\w+")]
    [InlineData(@"ab.cd")]
    public void A_branch_without_such_a_word_is_always_run(string branch) =>
        Assert.Null(BranchedRule.RequiredLiteral(branch));

    [Theory]
    [InlineData(@"\b(?:want|wanna|ready)\s+to\s+die", "want|wanna|ready")]
    [InlineData(@"(?:very\s+)?\b(?:kill\s+(?:my|him)self|kms)", "kill|kms")]
    [InlineData(@"(?!\s+(?:every|when))\b(?:end|ending)\s+it", "end|ending")]
    [InlineData(@"\b(?:(?:a|an)\s+)?(?:overdose\w*|pills)\b", "overdose|pills")]
    [InlineData(@"(?:tired|sick)+\s+of", "tired|sick")]
    [InlineData(@"(?:(?:un|una)\s+(?:favor|alivio)|relief)\b", "favor|alivio|relief")]
    public void A_branch_without_a_word_of_its_own_names_the_words_of_a_group_it_needs(string branch, string expected) =>
        Assert.Equal(expected, string.Join('|', BranchedRule.RequiredOneOf(branch) ?? []));

    [Theory]
    // Optional groups, lookarounds, groups with an alternative that needs no word, and inline options screen nothing.
    [InlineData(@"(?:very|so)?\s+\w+")]
    [InlineData(@"(?:very|so)*\s+\w+")]
    [InlineData(@"(?:very|so){0,2}\s+\w+")]
    [InlineData(@"(?=die|dead)\w+")]
    [InlineData(@"(?:die|\w+)\s+x")]
    [InlineData(@"(?i:die|dead)")]
    [InlineData(@"\b(?:overdose\w*|od)\b")]
    public void A_group_that_may_be_skipped_screens_nothing(string branch) =>
        Assert.Null(BranchedRule.RequiredOneOf(branch));

    [Fact]
    public void A_branch_screened_by_a_set_of_words_still_matches_where_the_whole_rule_does()
    {
        var rule = new Regex(@"\b(?:want|wanna)\s+to\s+die\b|\bno\s+more\b", RegexOptions.CultureInvariant);
        var branched = BranchedRule.Of(rule);
        Assert.Equal(2, branched.AnchoredBranchCount);
        foreach (var text in (string[])["i wanna to die", "i want to die", "i need to die", "no more", "nothing"])
        {
            Assert.Equal(rule.IsMatch(text), branched.IsMatch(text));
        }
    }

    [Fact]
    public void A_whole_rule_is_screened_by_the_words_of_all_its_branches()
    {
        var rule = new Regex(@"\b(?:want|wanna)\s+to\s+die\b|\bno\s+more\s+pain\b", RegexOptions.CultureInvariant);
        foreach (var text in (string[])["i wanna to die", "no more pain", "i need to die", "nothing", "no more"])
        {
            Assert.Equal(rule.IsMatch(text), rule.MatchesScreened(text));
        }

        // A branch with nothing to screen by leaves the whole rule unscreened, and still right.
        var open = new Regex(@"\bdie\b|\w+\s+x", RegexOptions.CultureInvariant);
        Assert.True(open.MatchesScreened("a x"));
        Assert.False(open.MatchesScreened("nothing"));
    }

    [Fact]
    public void Most_branches_of_the_largest_rule_are_screened()
    {
        var suicide = BranchedRule.Of(SuicideRule());
        Assert.True(suicide.AnchoredBranchCount > suicide.BranchCount / 2, $"{suicide.AnchoredBranchCount} of {suicide.BranchCount}");
    }

    [Fact]
    public void A_large_rule_has_many_branches() =>
        Assert.True(BranchedRule.Of(SuicideRule()).BranchCount > 50);

    [Fact]
    public void Every_safety_rule_read_branch_by_branch_decides_as_the_whole_on_our_dev_messages()
    {
        var texts = TriageData.LoadSplits(SharedModel.DataDirectory).Dev
            .Select(e => MessageNormalizer.Normalize(e.Text).Text)
            .SelectMany(t => (string[])[t, SafetyText.Normalize(t)])
            .ToList();
        var rules = GeneratedRegexWarmUp.RuleTypes.SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.IsDefined(typeof(GeneratedRegexAttribute)))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Rule: (Regex)m.Invoke(null, null)!))
            .ToList();
        Assert.True(rules.Count > 100);

        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(rules, rule =>
        {
            var branched = BranchedRule.Of(rule.Rule);
            foreach (var text in texts)
            {
                var whole = rule.Rule.IsMatch(text);
                if (branched.IsMatch(text) != whole)
                {
                    disagreements.Add($"{rule.Name}: {text}");
                }

                if (rule.Rule.MatchesScreened(text) != whole)
                {
                    disagreements.Add($"{rule.Name} (screened whole): {text}");
                }
            }
        });
        Assert.Empty(disagreements);
    }

    private static Regex SuicideRule() =>
        (Regex)typeof(CrisisDetector).GetMethod("Suicide", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!;
}
