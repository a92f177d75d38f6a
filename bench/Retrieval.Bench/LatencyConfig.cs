using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace FibroBot.Retrieval.Bench;

/// <summary>Adds the latency percentiles the targets are stated in (p50, p95).</summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
}
