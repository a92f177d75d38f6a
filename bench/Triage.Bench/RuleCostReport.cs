using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FibroBot.Safety;

namespace FibroBot.Bench.Triage;

/// <summary>
/// <c>--rules</c>: where the rules' time goes. Each rule family the triage reads is timed alone over the same messages
/// (mean microseconds per message, as if read on every message), then every source-generated regex of the Safety
/// assembly (the largest first), so that the next saving is aimed at what costs most rather than at what is newest.
/// The regex engines used here do not learn from the text they read, so repeating the messages does not flatter them.
/// </summary>
internal static class RuleCostReport
{
    public static int Run(IReadOnlyList<NormalizedMessage> messages, int rounds, string[] args)
    {
        var folded = messages.Select(m => (Text: m.Text, Folded: SafetyText.Normalize(m.Text))).ToList();
        var families = new (string Name, Func<string, string, bool> Read)[]
        {
            ("SafetyText.Normalize", (text, _) => SafetyText.Normalize(text).Length > 0),
            ("CrisisDetector.ClassifyNormalized", (_, f) => CrisisDetector.ClassifyNormalized(f).IsCrisis),
            ("CrisisDetector.TellsTheBodyInAlarm", (_, f) => CrisisDetector.TellsTheBodyInAlarm(f)),
            ("CrisisDetector.TellsAPastCrisisAsOver", (_, f) => CrisisDetector.TellsAPastCrisisAsOver(f)),
            ("DosingRequestDetector.ClassifyNormalized", (text, f) => DosingRequestDetector.ClassifyNormalized(text, f).IsDosingRequest),
            ("DosingRequestDetector.ClassifyFollowUpNormalized", (text, f) => DosingRequestDetector.ClassifyFollowUpNormalized(text, f).IsDosingRequest),
            ("DosingRequestDetector.IsSureAsk", (_, f) => DosingRequestDetector.IsSureAsk(f)),
            ("DosingRequestDetector.AsksHowMuchOfSomethingTakenToTake", (_, f) => DosingRequestDetector.AsksHowMuchOfSomethingTakenToTake(f)),
            ("DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts", (_, f) => DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts(f)),
            ("TakenThings.AreNamedIn", (_, f) => TakenThings.AreNamedIn(f)),
            ("Activities.AreNamedIn", (_, f) => Activities.AreNamedIn(f)),
            ("Introductions.AreIn", (_, f) => Introductions.AreIn(f)),
            ("PacingTalk.IsIn", (_, f) => PacingTalk.IsIn(f)),
            ("PacingTalk.WeighsDoingLess", (_, f) => PacingTalk.WeighsDoingLess(f)),
            ("EverydayTalk.OnlyVents", (_, f) => EverydayTalk.OnlyVents(f)),
            ("EverydayTalk.IsIn", (_, f) => EverydayTalk.IsIn(f)),
            ("LeaveTaking.IsOrdinaryIn", (_, f) => LeaveTaking.IsOrdinaryIn(f)),
            ("Fragments.IsContinuation", (_, f) => Fragments.IsContinuation(f)),
            ("ResearchQuestions.AsksWhatAStudyFound", (_, f) => ResearchQuestions.AsksWhatAStudyFound(f)),
        };

        if (args.Contains("--profile-crisis"))
        {
            // For a sampling profiler (docs/PERFORMANCE.md): the crisis rules alone, over and over, for 25 seconds.
            var until = Stopwatch.StartNew();
            while (until.Elapsed < TimeSpan.FromSeconds(25))
            {
                foreach (var (_, f) in folded)
                {
                    CrisisDetector.ClassifyNormalized(f);
                }
            }

            return 0;
        }

        Console.WriteLine($"{messages.Count} single-window messages x {rounds} rounds; µs per message if read on every message (the least of the rounds' means)");
        foreach (var (name, read) in families)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{MeanMicroseconds(folded, rounds, read),9:F1}  {name}"));
        }

        // The messages the crisis rules take longest over, since they read every message.
        var slowest = folded.Select(m =>
            {
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < rounds; i++)
                {
                    CrisisDetector.ClassifyNormalized(m.Folded);
                }

                return (m.Folded, Mean: Stopwatch.GetElapsedTime(started).TotalMicroseconds / rounds);
            })
            .OrderByDescending(m => m.Mean)
            .Take(5);
        Console.WriteLine("\nslowest messages for CrisisDetector.ClassifyNormalized:");
        foreach (var (text, mean) in slowest)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mean,9:F1}  {text[..Math.Min(text.Length, 100)]}"));
        }

        var regexes = typeof(SafetyTriage).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(method => method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && !method.IsGenericMethodDefinition)
                .Select(method => (Name: $"{type.Name}.{method.Name}", Regex: (Regex)method.Invoke(null, null)!)))
            .ToList();
        var costs = regexes
            .Select(r => (r.Name, Mean: MeanMicroseconds(folded, rounds, (_, f) => r.Regex.IsMatch(f)),
                Branched: MeanMicroseconds(folded, rounds, (_, f) => r.Regex.MatchesAnyBranch(f))))
            .OrderByDescending(c => Math.Min(c.Mean, c.Branched))
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{regexes.Count} regexes, {costs.Sum(c => c.Mean):F0} µs a message if every one read every message; the 40 largest (whole, then branch by branch):"));
        foreach (var (name, mean, branched) in costs.Take(args.Contains("--all") ? costs.Count : 40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mean,9:F2} {branched,9:F2}  {name}"));
        }

        return 0;
    }

    private static double MeanMicroseconds(List<(string Text, string Folded)> messages, int rounds, Func<string, string, bool> read)
    {
        foreach (var (text, folded) in messages.Take(20))
        {
            read(text, folded);
        }

        // The least of the rounds: on a shared machine the other tenants only ever add time.
        var least = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var (text, folded) in messages)
            {
                read(text, folded);
            }

            least = Math.Min(least, Stopwatch.GetElapsedTime(started).TotalMicroseconds / messages.Count);
        }

        return least;
    }
}
