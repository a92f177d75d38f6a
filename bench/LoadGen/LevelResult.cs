namespace FibroBot.Bench.LoadGen;

/// <summary>The measured outcome of one concurrency level against one target.</summary>
internal sealed record LevelResult(
    string Label,
    int Concurrency,
    long Requests,
    long Answers,
    long Errors,
    IReadOnlyDictionary<string, long> ErrorKinds,
    double Seconds,
    double AnswersPerSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double? PeakRssMiB,
    double? RssMiB,
    double? TargetCpuMsPerAnswer,
    double LoadGenCpuMsPerAnswer,
    DateTimeOffset FinishedAt,
    double P95Ms = double.NaN);
