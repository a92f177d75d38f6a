using System.Buffers;
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

    /// <summary>
    /// Each branch with a word it cannot match without, or else a set of words one of which it needs (both null when none
    /// was found), so most are never run.
    /// </summary>
    private readonly (Regex Branch, string? Anchor, SearchValues<string>? OneOf)[] _branches;

    private BranchedRule(Regex rule)
    {
        // A required word is sound only when the text is matched as written: not under IgnoreCase (the folded text is
        // lower case, but a rule could still ask for it) or IgnorePatternWhitespace (a space in the pattern is not one).
        var anchored = (rule.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) == 0
            && !rule.ToString().Contains("(?i", StringComparison.Ordinal) && !rule.ToString().Contains("(?x", StringComparison.Ordinal);
        var branches = TopLevelBranches(rule.ToString());
        // A rule of one branch ("\b(?:kratom|ldn|…)\b") keeps its generated matcher, which is three times as fast as the
        // interpreter on it and already searches for its own first letters.
        _branches = branches.Count == 1
            ? [(rule, null, null)]
            : [.. branches.Select(branch => Screened(new Regex(branch, rule.Options, rule.MatchTimeout), branch, anchored))];
        _wholeScreen = new(() => anchored ? WordsOfEveryBranch(branches) : null);
    }

    private static SearchValues<string>? WordsOfEveryBranch(IReadOnlyList<string> branches) =>
        WordsOfEach(branches) is { } words ? SearchValues.Create([.. words.Distinct()], StringComparison.Ordinal) : null;

    /// <summary>
    /// The words one of which every match of any of the alternatives needs: each one's required word, or else the words of
    /// a group it needs (<see cref="RequiredOneOf"/>). Null when one alternative has neither.
    /// </summary>
    private static List<string>? WordsOfEach(IEnumerable<string> alternatives)
    {
        var words = new List<string>();
        foreach (var alternative in alternatives)
        {
            if (RequiredLiteral(alternative) is { } word)
            {
                words.Add(word);
            }
            else if (RequiredOneOf(alternative) is { } some)
            {
                words.AddRange(some);
            }
            else
            {
                return null;
            }
        }

        return words;
    }

    private static (Regex, string?, SearchValues<string>?) Screened(Regex regex, string branch, bool anchored)
    {
        if (!anchored)
        {
            return (regex, null, null);
        }

        if (RequiredLiteral(branch) is { } literal)
        {
            return (regex, literal, null);
        }

        return RequiredOneOf(branch) is { } words ? (regex, null, SearchValues.Create([.. words], StringComparison.Ordinal)) : (regex, null, null);
    }

    public static BranchedRule Of(Regex rule) => Cache.GetOrAdd(rule, static r => new BranchedRule(r));

    /// <summary>
    /// The words one of which every match of the whole rule contains, when every branch is screened (null otherwise): the
    /// union of the branches' screens. <see cref="BranchedRuleExtensions.MatchesScreened"/> runs the generated matcher only
    /// when one of them is present.
    /// </summary>
    private SearchValues<string>? WholeScreen => _wholeScreen.Value;

    private readonly Lazy<SearchValues<string>?> _wholeScreen;

    public bool IsMatchScreened(Regex rule, string text) =>
        (WholeScreen is not { } screen || text.AsSpan().ContainsAny(screen)) && rule.IsMatch(text);

    public int BranchCount => _branches.Length;

    /// <summary>How many branches are screened by a required word.</summary>
    public int AnchoredBranchCount => _branches.Count(b => b.Anchor is not null || b.OneOf is not null);

    public bool IsMatch(string text)
    {
        foreach (var (branch, anchor, oneOf) in _branches)
        {
            // A vectorised search for the branch's required word (or for any of its set) costs a few tens of nanoseconds;
            // running the branch costs microseconds, and most branches' words are absent from most messages.
            if ((anchor is null || text.Contains(anchor, StringComparison.Ordinal))
                && (oneOf is null || text.AsSpan().ContainsAny(oneOf))
                && branch.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a branch with no required word of its own ("\b(?:want|wanna|ready)\s+to\s+die" has "to" and "die", too short or
    /// …), the words of its first group outside any other that it cannot match without: a group that is not a lookaround,
    /// not made optional by a quantifier, and each of whose alternatives has a required word (<see cref="RequiredLiteral"/>)
    /// or, failing that, a group of its own that qualifies.
    /// Every match of the branch then contains one of them. Null when no such group is found.
    /// </summary>
    internal static IReadOnlyList<string>? RequiredOneOf(string branch)
    {
        var depth = 0;
        var inClass = false;
        var open = -1;
        for (var i = 0; i < branch.Length; i++)
        {
            var c = branch[i];
            if (inClass)
            {
                inClass = StaysInClass(branch, ref i);
                continue;
            }

            switch (c)
            {
                case '\\':
                    i++;
                    continue;
                case '[':
                    inClass = true;
                    i = PastClassOpening(branch, i);
                    continue;
                case '(':
                    if (depth++ == 0)
                    {
                        open = i;
                    }

                    continue;
                case ')' when --depth == 0:
                    if (WordsOfRequiredGroup(branch, open, i) is { } words)
                    {
                        return words;
                    }

                    continue;
            }
        }

        return null;
    }

    /// <summary>The required words of the group between <paramref name="open"/> and <paramref name="close"/>, or null.</summary>
    private static IReadOnlyList<string>? WordsOfRequiredGroup(string branch, int open, int close)
    {
        // A quantifier after the group can make it optional ("(?:very\s+)?", "(?:…)*", "(?:…){0,2}"); "+" cannot.
        var after = close + 1 < branch.Length ? branch[close + 1] : '\0';
        if (after is '?' or '*' or '{')
        {
            return null;
        }

        var inner = branch[(open + 1)..close];
        if (inner.StartsWith("?:", StringComparison.Ordinal))
        {
            inner = inner[2..];
        }
        else if (inner.StartsWith('?'))
        {
            // Lookarounds ("(?!…)", "(?<=…)") match no text, and inline options change how the rest reads.
            return null;
        }

        // An alternative with no word of its own may still need one of a group's words ("(?:un|una)\s+(?:favor|alivio)").
        return WordsOfEach(TopLevelBranches(inner));
    }

    /// <summary>
    /// The longest run of plain characters (at least <see cref="ShortestAnchor"/>) that every match of the branch must
    /// contain: read only outside groups and character classes, broken at every escape, anchor and wildcard, and without
    /// a character that a quantifier makes optional ("'?", "o*", "x{0,3}"). A character repeated by "+" is kept once and
    /// ends the run. Null when the branch has no such run; it is then always run.
    /// </summary>
    internal static string? RequiredLiteral(string branch)
    {
        string? longest = null;
        var run = new System.Text.StringBuilder();
        void EndRun()
        {
            if (run.Length >= ShortestAnchor && (longest is null || run.Length > longest.Length))
            {
                longest = run.ToString();
            }

            run.Clear();
        }

        var depth = 0;
        var inClass = false;
        for (var i = 0; i < branch.Length; i++)
        {
            var c = branch[i];
            if (inClass)
            {
                inClass = StaysInClass(branch, ref i);
                continue;
            }

            if (c == '\\')
            {
                i++;
                if (depth == 0)
                {
                    EndRun();
                }

                continue;
            }

            switch (c)
            {
                case '(':
                    depth++;
                    EndRun();
                    continue;
                case ')':
                    depth--;
                    continue;
                case '[':
                    inClass = true;
                    i = PastClassOpening(branch, i);
                    EndRun();
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (c == '{')
            {
                // A quantifier's bounds ("{0,30}") are not text.
                EndRun();
                var close = branch.IndexOf('}', i);
                i = close < 0 ? branch.Length : close;
                continue;
            }

            if (c is '.' or '^' or '$' or '?' or '*' or '+' or '}' or '|' or ')')
            {
                EndRun();
                continue;
            }

            var next = i + 1 < branch.Length ? branch[i + 1] : '\0';
            if (next is '?' or '*' or '{')
            {
                EndRun();
                continue;
            }

            run.Append(c);
            if (next == '+')
            {
                EndRun();
            }
        }

        EndRun();
        return longest;
    }

    /// <summary>
    /// Reads one character inside a character class (two for an escape, advancing <paramref name="i"/>): whether the class
    /// goes on after it.
    /// </summary>
    private static bool StaysInClass(string pattern, ref int i)
    {
        if (pattern[i] == '\\')
        {
            i++;
            return true;
        }

        return pattern[i] != ']';
    }

    /// <summary>
    /// The index of the last character that opens the character class at <paramref name="open"/> ('['): "[]…]" and
    /// "[^]…]" hold a literal ']' first, which does not close the class.
    /// </summary>
    private static int PastClassOpening(string pattern, int open)
    {
        var i = open;
        if (i + 1 < pattern.Length && pattern[i + 1] == '^')
        {
            i++;
        }

        if (i + 1 < pattern.Length && pattern[i + 1] == ']')
        {
            i++;
        }

        return i;
    }

    /// <summary>Shorter words ("i", "to") are in nearly every message and would screen nothing.</summary>
    private const int ShortestAnchor = 3;

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
                    i = PastClassOpening(pattern, i);
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

    /// <summary>
    /// Whether the rule matches, read by its own generated matcher, but only when the text holds one of the words that
    /// every match needs (<see cref="BranchedRule"/>): for the many small rules that run on every message, where a
    /// vectorised search for their words is cheaper than the matcher's own scan.
    /// </summary>
    public static bool MatchesScreened(this Regex rule, string text) => BranchedRule.Of(rule).IsMatchScreened(rule, text);
}
