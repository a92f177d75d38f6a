using System.Diagnostics;

namespace FibroBot.Bench.LoadGen;

/// <summary>What one worker saw during a measured phase; merged into a <see cref="LevelResult"/> afterwards.</summary>
internal sealed class LatencySample
{
    private readonly List<long> _latencyTicks = new(capacity: 16_384);

    public long Answers { get; private set; }

    public Dictionary<string, long> ErrorKinds { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<long> LatencyTicks => _latencyTicks;

    public void RecordAnswer(long ticks)
    {
        _latencyTicks.Add(ticks);
        Answers++;
    }

    public void RecordError(long ticks, string kind)
    {
        _latencyTicks.Add(ticks);
        ErrorKinds[kind] = ErrorKinds.GetValueOrDefault(kind) + 1;
    }

    public static (double P50, double P95, double P99, double Max) Percentiles(IEnumerable<LatencySample> samples)
    {
        var all = samples.SelectMany(sample => sample.LatencyTicks).ToArray();
        if (all.Length == 0)
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(all);
        return (Milliseconds(Rank(all, 0.50)), Milliseconds(Rank(all, 0.95)), Milliseconds(Rank(all, 0.99)), Milliseconds(all[^1]));
    }

    // Nearest-rank percentile: the smallest value with at least p of the samples at or below it.
    private static long Rank(long[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
