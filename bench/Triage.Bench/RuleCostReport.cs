using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FibroBot.Safety;
using FibroBot.TriageLab;

namespace FibroBot.Bench.Triage;

/// <summary>
/// <c>--rules</c>: every generated regex of the safety rules, run alone and through its screen
/// (<see cref="LinearPrefilter"/>), per message. Warmed on the first half of our unused rounds 24–26 and timed on the
/// second half, which neither engine has read, then timed again on that half, which both now have.
/// </summary>
internal static class RuleCostReport
{
    private static readonly Type[] RuleTypes =
        [typeof(CrisisDetector), typeof(DosingRequestDetector), typeof(TakenThings), typeof(Activities), typeof(Fragments), typeof(Introductions), typeof(PacingTalk)];

    public static int Run(string root)
    {
        var unused = Path.Combine(root, TriageData.DefaultDirectory, "unused");
        var texts = Directory.GetFiles(unused, "round2?-*.jsonl").Where(f => Path.GetFileName(f)[6] is >= '4' and <= '6').Order(StringComparer.Ordinal)
            .SelectMany(f => TriageData.ReadFile(f))
            .Select(e => SafetyText.Normalize(MessageNormalizer.Normalize(e.Text).Text))
            .ToList();
        var warm = texts.Take(texts.Count / 2).ToList();
        var timed = texts.Skip(texts.Count / 2).ToList();
        var rules = RuleTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.IsDefined(typeof(GeneratedRegexAttribute), false))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Rule: (Regex)m.Invoke(null, null)!))
            .ToList();

        var rows = new List<(string Name, double Exact, double Unseen, double Seen)>();
        foreach (var (name, rule) in rules)
        {
            foreach (var text in warm)
            {
                rule.IsMatch(text);
                rule.IsMatchPrefiltered(text);
            }

            var exact = PerMessage(timed, t => rule.IsMatch(t));
            var unseen = PerMessage(timed, t => rule.IsMatchPrefiltered(t));
            var seen = PerMessage(timed, t => rule.IsMatchPrefiltered(t));
            rows.Add((name, exact, unseen, seen));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rules.Count} rules, warmed on {warm.Count} messages, timed on {timed.Count} (µs per message)"));
        foreach (var row in rows.OrderByDescending(r => r.Exact).Take(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Exact,7:F1} alone, {row.Unseen,7:F1} screened (unseen), {row.Seen,7:F1} screened (seen)  {row.Name}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all rules: {rows.Sum(r => r.Exact):F0} µs alone, {rows.Sum(r => r.Unseen):F0} µs screened on text not read before, {rows.Sum(r => r.Seen):F0} µs screened on text read before"));
        return 0;
    }

    private static double PerMessage(List<string> texts, Action<string> match)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var text in texts)
        {
            match(text);
        }

        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / texts.Count;
    }
}
