using System.Globalization;
using System.Text;

namespace FibroBot.Bench.LoadGen;

/// <summary>
/// The table of every measured level and the ratios the benchmark exists for: the bot against the encoder floor (the
/// sentence encoder alone on the same questions), the botbuilder echo bot and the bare-Kestrel ceiling, with the
/// targets of issue 16 checked at concurrency 16.
/// </summary>
internal static class ComparisonReport
{
    private const int TargetConcurrency = 16;
    private const double FloorRatioTarget = 0.8;
    private const double P99TargetMs = 50.0;

    public static string Render(IReadOnlyList<LevelResult> results, string bot, string echo, string ceiling, string? encoder = null)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | concurrency | answers/s | p50 ms | p95 ms | p99 ms | max ms | errors | peak RSS MiB | target CPU ms/answer | loadgen CPU ms/answer |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in results)
        {
            text.AppendLine(Invariant(
                $"| {row.Label} | {row.Concurrency} | {row.AnswersPerSecond:F0} | {row.P50Ms:F2} | {row.P95Ms:F2} | {row.P99Ms:F2} | {row.MaxMs:F1} | {row.Errors} | {Mib(row.PeakRssMiB)} | {Format(row.TargetCpuMsPerAnswer, "F3")} | {row.LoadGenCpuMsPerAnswer:F3} |"));
        }

        text.AppendLine();
        text.AppendLine("| concurrency | bot / encoder floor | bot / echo | bot / ceiling |");
        text.AppendLine("|---:|---:|---:|---:|");
        foreach (var level in results.Select(row => row.Concurrency).Distinct().Order())
        {
            var ratioFloor = encoder is null ? null : Ratio(results, bot, encoder, level);
            var ratioEcho = Ratio(results, bot, echo, level);
            var ratioCeiling = Ratio(results, bot, ceiling, level);
            text.AppendLine(Invariant($"| {level} | {Format(ratioFloor, "F2")}× | {Format(ratioEcho, "F2")}× | {Format(ratioCeiling * 100, "F1")} % |"));
        }

        text.AppendLine();
        text.AppendLine($"CPU cost per answer at c={TargetConcurrency} (independent of other load on the machine), and the answers/s the");
        text.AppendLine($"{Environment.ProcessorCount} cores could give if they ran only the target and the load generator:");
        text.AppendLine();
        text.AppendLine("| target | target CPU ms/answer | loadgen CPU ms/answer | CPU-bound answers/s |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var label in new[] { encoder, ceiling, echo, bot }.OfType<string>())
        {
            if (Find(results, label, TargetConcurrency) is { TargetCpuMsPerAnswer: { } cpu } row)
            {
                text.AppendLine(Invariant($"| {label} | {cpu:F3} | {row.LoadGenCpuMsPerAnswer:F3} | {CpuBound(row):F0} |"));
            }
        }

        text.AppendLine();
        var botAt16 = Find(results, bot, TargetConcurrency);
        if (encoder is not null)
        {
            text.AppendLine(Verdict($"answers/s ≥ {FloorRatioTarget}× encoder floor at c={TargetConcurrency}", Ratio(results, bot, encoder, TargetConcurrency), FloorRatioTarget, "F2", "×"));
        }

        text.AppendLine(botAt16 is null
            ? $"target p99 < {P99TargetMs} ms at c={TargetConcurrency}: not measured"
            : Invariant($"target p99 < {P99TargetMs} ms at c={TargetConcurrency}: {(botAt16.P99Ms < P99TargetMs ? "MET" : "MISSED")} ({botAt16.P99Ms:F2} ms)"));
        var botErrors = results.Where(row => row.Label == bot).Sum(row => row.Errors);
        text.AppendLine(results.Any(row => row.Label == bot)
            ? $"target 0 errors (bot, every level): {(botErrors == 0 ? "MET" : "MISSED")} ({botErrors})"
            : "target 0 errors: not measured");
        return text.ToString();
    }

    /// <summary>Answers per second if every core did nothing but serve and load this target.</summary>
    internal static double? CpuBound(LevelResult row) =>
        row.TargetCpuMsPerAnswer is { } cpu ? Environment.ProcessorCount * 1000.0 / (cpu + row.LoadGenCpuMsPerAnswer) : null;

    private static string Verdict(string target, double? measured, double goal, string format, string unit) =>
        measured is null
            ? $"target {target}: not measured"
            : $"target {target}: {(measured >= goal ? "MET" : "MISSED")} ({Format(measured, format)}{unit})";

    private static LevelResult? Find(IReadOnlyList<LevelResult> results, string label, int concurrency) =>
        results.LastOrDefault(row => row.Label == label && row.Concurrency == concurrency);

    private static double? Ratio(IReadOnlyList<LevelResult> results, string numerator, string denominator, int concurrency) =>
        (Find(results, numerator, concurrency), Find(results, denominator, concurrency)) is ({ } top, { AnswersPerSecond: > 0 } bottom)
            ? top.AnswersPerSecond / bottom.AnswersPerSecond
            : null;

    private static string Format(double? value, string format) =>
        value is { } number ? number.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Mib(double? value) => Format(value, "F0");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
