using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Screens a message with a linear-time loosening of a rule before the rule's own matcher runs.
/// </summary>
/// <remarks>
/// The large rules are alternations of dozens of phrasings that begin with most letters of the alphabet. Their
/// generated backtracking matchers cannot jump to a literal, so they try every branch at every word: 10–45 µs a
/// message each, most of triage's cost, to find nothing in almost every message. The loosening is the same pattern
/// with every lookahead and lookbehind removed, run by .NET's non-backtracking engine, which reads the text once
/// whatever the number of branches. Removing a zero-width assertion can only let more text match, so wherever the
/// rule matches its loosening matches too: when the loosening finds nothing the rule cannot match, and otherwise the
/// rule itself decides. The answer is always the rule's own; <c>LinearPrefilterTests</c> checks that over our data.
/// A pattern too large for one automaton is split at its top-level alternatives; a pattern the engine cannot run
/// (atomic groups, backreferences) is not screened.
/// </remarks>
public static class LinearPrefilter
{
    /// <summary>
    /// The AppContext switch that turns the screen off (every rule then runs its own matcher only): a way back if the
    /// non-backtracking engine ever misbehaves in production, and the bench's comparison (`--unseen --no-screen`).
    /// </summary>
    public const string DisableSwitch = "FibroBot.Safety.DisableRulePrefilter";

    private static readonly bool Disabled = AppContext.TryGetSwitch(DisableSwitch, out var disabled) && disabled;

    private static readonly ConcurrentDictionary<Regex, Loosening?> Loosenings = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="rule"/> matches <paramref name="text"/>: always the same answer as <see cref="Regex.IsMatch(string)"/>.</summary>
    public static bool IsMatchPrefiltered(this Regex rule, string text)
    {
        if (Disabled || Loosenings.GetOrAdd(rule, Loosen) is not { } loosening)
        {
            return rule.IsMatch(text);
        }

        // A rule without lookarounds in one automaton is its own loosening: its answer is the rule's.
        return MatchesAny(loosening.Parts, text) && (loosening.IsTheRuleItself || rule.IsMatch(text));
    }

    /// <summary>Whether the rule is screened at all (for tests).</summary>
    internal static bool IsScreened(Regex rule) => Loosenings.GetOrAdd(rule, Loosen) is not null;

    /// <param name="Parts">The loosened pattern, or its top-level alternatives in groups: any of them matching lets the rule run.</param>
    /// <param name="IsTheRuleItself">The pattern had no lookarounds and fits in one automaton.</param>
    private sealed record Loosening(Regex[] Parts, bool IsTheRuleItself);

    private static bool MatchesAny(Regex[] loosening, string text)
    {
        foreach (var part in loosening)
        {
            if (part.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private static Loosening? Loosen(Regex rule)
    {
        var pattern = WithoutLookarounds(rule.ToString());
        var options = (rule.Options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking;
        var parts = new List<Regex>();
        return TryBuild(pattern, options, parts)
            ? new Loosening([.. parts], IsTheRuleItself: parts.Count == 1 && pattern == rule.ToString())
            : null;
    }

    /// <summary>Builds <paramref name="pattern"/> as one automaton, or its top-level alternatives in two halves when it is too large.</summary>
    private static bool TryBuild(string pattern, RegexOptions options, List<Regex> parts)
    {
        try
        {
            parts.Add(new Regex(pattern, options));
            return true;
        }
        catch (NotSupportedException)
        {
            var alternatives = TopLevelAlternatives(pattern);
            // An inline option such as "(?i)" applies to the alternatives after it: splitting there would change them.
            if (alternatives.Count < 2 || HasInlineOption(pattern))
            {
                return false;
            }

            var half = alternatives.Count / 2;
            return TryBuild(string.Join('|', alternatives.Take(half)), options, parts)
                && TryBuild(string.Join('|', alternatives.Skip(half)), options, parts);
        }
    }

    /// <summary>The pattern with every lookahead and lookbehind group removed; escapes and character classes are kept whole.</summary>
    internal static string WithoutLookarounds(string pattern)
    {
        var kept = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (IsLookaroundAt(pattern, i))
            {
                i = EndOfGroup(pattern, i);
                continue;
            }

            var end = EndOfToken(pattern, i);
            kept.Append(pattern, i, end - i + 1);
            i = end;
        }

        return kept.ToString();
    }

    /// <summary>The pattern's alternatives outside every group and class.</summary>
    internal static List<string> TopLevelAlternatives(string pattern)
    {
        var alternatives = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var end = EndOfToken(pattern, i);
            if (end == i)
            {
                switch (pattern[i])
                {
                    case '(':
                        depth++;
                        break;
                    case ')':
                        depth--;
                        break;
                    case '|' when depth == 0:
                        alternatives.Add(pattern[start..i]);
                        start = i + 1;
                        break;
                }
            }

            i = end;
        }

        alternatives.Add(pattern[start..]);
        return alternatives;
    }

    /// <summary>Whether the pattern sets an option inside it, as "(?i)" or "(?x-s:".</summary>
    private static bool HasInlineOption(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            var j = i + 2;
            while (j < pattern.Length && "imnsx-".Contains(pattern[j]))
            {
                j++;
            }

            if (j > i + 2 && j < pattern.Length && pattern[j] is ':' or ')')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLookaroundAt(string pattern, int i) =>
        pattern.AsSpan(i).StartsWith("(?=") || pattern.AsSpan(i).StartsWith("(?!")
        || pattern.AsSpan(i).StartsWith("(?<=") || pattern.AsSpan(i).StartsWith("(?<!");

    /// <summary>The index of the ")" that closes the group opened at <paramref name="open"/>.</summary>
    private static int EndOfGroup(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            var end = EndOfToken(pattern, i);
            if (end == i && pattern[i] == '(')
            {
                depth++;
            }
            else if (end == i && pattern[i] == ')' && --depth == 0)
            {
                return i;
            }

            i = end;
        }

        throw new ArgumentException($"Unbalanced group in pattern: {pattern}", nameof(pattern));
    }

    /// <summary>
    /// The last index of the token at <paramref name="i"/>: an escape ("\(") or a whole character class ("[^.?!()]")
    /// is one token, so that the brackets inside them are not read as groups; any other character is itself.
    /// </summary>
    private static int EndOfToken(string pattern, int i)
    {
        if (pattern[i] == '\\')
        {
            return Math.Min(i + 1, pattern.Length - 1);
        }

        if (pattern[i] != '[')
        {
            return i;
        }

        var j = i + 1;
        if (j < pattern.Length && pattern[j] == '^')
        {
            j++;
        }

        // A "]" right after the opening bracket is a literal member of the class.
        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }

        while (j < pattern.Length && pattern[j] != ']')
        {
            j += pattern[j] == '\\' ? 2 : 1;
        }

        return Math.Min(j, pattern.Length - 1);
    }
}
