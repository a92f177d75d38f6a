// Load generator for /api/messages (see bench/README.md):
//   LoadGen run --url http://127.0.0.1:PORT/api/messages [--label NAME] [--concurrency 1,16,64] [--duration S]
//               [--warmup S] [--max-requests N] [--timeout S] [--questions FILE] [--pid PID] [--results FILE]
//               [--channel emulator] [--users N]
//               [--conversation per-user|per-request]
//   LoadGen report --results FILE --bot LABEL --echo LABEL --ceiling LABEL [--encoder LABEL]
//   LoadGen questions --out FILE [--count N] [--questions FILE]   (distinct variants of the questions; see DistinctQuestions)
using System.Globalization;
using FibroBot.Bench.LoadGen;

try
{
    return args switch
    {
        ["run", .. var rest] => await RunAsync(LoadOptions.Parse(rest)),
        ["report", .. var rest] => Report(rest),
        ["questions", .. var rest] => Questions(rest),
        _ => Usage(),
    };
}
catch (Exception exception) when (exception is ArgumentException or IOException or InvalidDataException or UriFormatException)
{
    Console.Error.WriteLine($"loadgen: {exception.Message}");
    return 2;
}

static async Task<int> RunAsync(LoadOptions options)
{
    var questions = ActivityFactory.LoadQuestions(options.QuestionsPath);
    var runId = string.Create(CultureInfo.InvariantCulture, $"lg{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
    var runner = new ClosedLoopRunner(options, new ActivityFactory(questions, options.ChannelId, options.Users, runId, options.ConversationPerRequest));
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };

    Console.WriteLine(FormattableString.Invariant(
        $"{options.Label}: {options.Url} · {questions.Count} questions · warm-up {options.Warmup.TotalSeconds}s · {options.Duration.TotalSeconds}s per level"));
    var failed = false;
    foreach (var concurrency in options.Concurrency)
    {
        var result = await runner.RunLevelAsync(concurrency, cancellation.Token);
        Console.WriteLine(FormattableString.Invariant(
            $"  c={result.Concurrency,-3} {result.AnswersPerSecond,9:F0} answers/s  p50 {result.P50Ms,7:F2} ms  p95 {result.P95Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  max {result.MaxMs,8:F1} ms  errors {result.Errors}  peak RSS {result.PeakRssMiB?.ToString("F0", CultureInfo.InvariantCulture) ?? "n/a"} MiB  CPU/answer: target {result.TargetCpuMsPerAnswer?.ToString("F3", CultureInfo.InvariantCulture) ?? "n/a"} ms, loadgen {result.LoadGenCpuMsPerAnswer:F3} ms"));
        foreach (var (kind, count) in result.ErrorKinds)
        {
            Console.WriteLine($"        {count} × {kind}");
        }

        if (options.ResultsPath is { } path)
        {
            ResultsFile.Append(path, result);
        }

        failed |= result.Answers == 0;
        if (cancellation.IsCancellationRequested)
        {
            break;
        }
    }

    return failed ? 1 : 0;
}

static int Report(IReadOnlyList<string> rest)
{
    var values = ArgumentReader.Read(rest);
    var results = ResultsFile.Read(values.Required("results"));
    Console.Write(ComparisonReport.Render(results, values.Required("bot"), values.Required("echo"), values.Required("ceiling"), values.Optional("encoder")));
    return 0;
}

static int Questions(IReadOnlyList<string> rest)
{
    var values = ArgumentReader.Read(rest);
    var source = ActivityFactory.LoadQuestions(values.Optional("questions") ?? Path.Combine("bench", "questions.txt"));
    var lines = DistinctQuestions.Generate(source, (int)values.Double("count", 20_000, min: 1, max: 1_000_000));
    File.WriteAllLines(values.Required("out"), lines);
    Console.WriteLine($"{lines.Count} distinct questions from {source.Count} → {values.Required("out")}");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: LoadGen run --url URL [options] | LoadGen report --results FILE --bot L --echo L --ceiling L");
    return 2;
}
