using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// A source-generated rule read as its top-level branches, each matched on its own, for the few rules that hold dozens of
/// alternatives ("kill myself" | "kms" | "not coming back" | … in the seven languages).
/// </summary>
/// <remarks>
/// The generated matcher of one large alternation finds no literal to search for: most of its branches open with a word
/// boundary, so it tries every branch at nearly every position. Alone, each branch opens with its own words, which the
/// engine finds with a vectorised search. On our frozen test messages (surecheck <c>--branches</c>, twenty-fifth session)
/// <c>CrisisDetector.Suicide</c> took 106 µs a message as one generated regex and 6.4 µs as its 86 branches summed (each
/// compiled); <c>FollowUpDoseShape</c> 81 µs against 9.7 µs. Whether any top-level branch matches is exactly whether the whole
/// matches, so only <see cref="IsMatch"/> is offered; <c>BranchedRuleTests</c> checks the equivalence on our data. The
/// generated regex stays the rule's one reviewed definition. The branches are interpreted, not compiled: compiled ones ran
/// faster (crisis rules 63 µs) but each cost about 13 ms of JIT on first use, which took the host's safety warm-up from
/// 1.6 s to 10–13 s and made two integration tests wait past their 90 s health check on a loaded machine. Only the rules
/// that gain most are branched (the crisis rules with dozens of alternatives, the names of things taken, the amount and
/// follow-up dose shapes).
/// </remarks>
internal sealed class BranchedRule
{
    private static readonly ConcurrentDictionary<Regex, BranchedRule> Cache = new();

    private readonly Regex[] _branches;

    private BranchedRule(Regex rule)
    {
        _branches = [.. TopLevelBranches(rule.ToString()).Select(branch => new Regex(branch, rule.Options, rule.MatchTimeout))];
    }

    public static BranchedRule Of(Regex rule) => Cache.GetOrAdd(rule, static r => new BranchedRule(r));

    public int BranchCount => _branches.Length;

    public bool IsMatch(string text)
    {
        foreach (var branch in _branches)
        {
            if (branch.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pattern split at each '|' outside groups and character classes (escapes skipped).</summary>
    internal static IReadOnlyList<string> TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    // "[]…]" and "[^]…]" hold a literal ']' first.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        i++;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        if (depth != 0 || inClass)
        {
            throw new ArgumentException("The pattern's groups or character classes are not balanced.", nameof(pattern));
        }

        branches.Add(pattern[start..]);
        return branches;
    }
}

internal static class BranchedRuleExtensions
{
    /// <summary>Whether the rule matches, read branch by branch (<see cref="BranchedRule"/>).</summary>
    public static bool MatchesAnyBranch(this Regex rule, string text) => BranchedRule.Of(rule).IsMatch(text);
}
