using System.Diagnostics;
using System.Globalization;
using FibroBot.Bench.Triage;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
using FibroBot.TriageLab;

// Triage cost on one thread: the encoder pass each message needs anyway (shared with retrieval), and what the
// triage adds on top of it (model, rules, policy), over the frozen test set's messages.
//   dotnet run --project bench/Triage.Bench -c Release [-- --rounds N] [--model DIR]
//   ... -- --unseen                 triage on messages it has not read (UnseenTextReport)
//   ... -- --rules                  each rule family and each regex timed alone (RuleCostReport)

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var rounds = int.Parse(Option("--rounds") ?? "3", CultureInfo.InvariantCulture);
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Bot.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("Run from inside the repository.");
}

using var embedder = new SentenceEmbedder();
var model = new TriageModel(Option("--model") ?? Path.Combine(root, "src", "Safety", "Model"));
var triage = new SafetyTriage(model, embedder, new MessageLanguage());
if (args.Contains("--unseen"))
{
    return UnseenTextReport.Run(root, triage, embedder);
}

var messages = TriageData.LoadTest(Path.Combine(root, TriageData.DefaultDirectory))
    .Select(e => MessageNormalizer.Normalize(e.Text))
    .Where(m => SafetyTriage.Windows(m).Count == 1)
    .ToList();

if (args.Contains("--rules"))
{
    // Our dev messages, not the frozen test set: the report names the slowest messages, and the test set is never read.
    var dev = TriageData.LoadDevFolder(Path.Combine(root, TriageData.DefaultDirectory))
        .Select(e => MessageNormalizer.Normalize(e.Text))
        .Where(m => SafetyTriage.Windows(m).Count == 1)
        .ToList();
    return RuleCostReport.Run(dev, rounds, args);
}

// Warm up as the host does at start-up (the rules' first runs, the language models), then ONNX Runtime's first runs
// and the model's prediction engine pool.
var warmUpClock = Stopwatch.StartNew();
triage.WarmUp(embedder.Embed(string.Empty, TextRole.Query));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"triage warm-up (as at the host's start-up): {warmUpClock.Elapsed.TotalSeconds:F1} s"));
// Then two passes over every message, with a pause for the runtime's background compiler, so that the timed rounds
// measure the steady state a running host reaches (thirty-fifth session: after 50 messages only, a third of the samples
// still ran in the JIT's instrumented tier).
var warmVectors = messages.Select(m => embedder.Embed(m.Text, TextRole.Query)).ToList();
for (var pass = 0; pass < 2; pass++)
{
    for (var i = 0; i < messages.Count; i++)
    {
        triage.Judge(messages[i], warmVectors[i]);
    }

    Thread.Sleep(1000);
}

if (args.Contains("--profile-triage"))
{
    // For a sampling profiler (docs/PERFORMANCE.md): triage alone on vectors computed beforehand, for 25 seconds.
    var vectors = messages.Select(m => embedder.Embed(m.Text, TextRole.Query)).ToList();
    var until = Stopwatch.StartNew();
    while (until.Elapsed < TimeSpan.FromSeconds(25))
    {
        for (var i = 0; i < messages.Count; i++)
        {
            triage.Judge(messages[i], vectors[i]);
        }
    }

    return 0;
}

var encoder = new List<double>();
var onTop = new List<double>();
var modelOnly = new List<double>();
for (var round = 0; round < rounds; round++)
{
    foreach (var message in messages)
    {
        var started = Stopwatch.GetTimestamp();
        var vector = embedder.Embed(message.Text, TextRole.Query);
        var encoded = Stopwatch.GetTimestamp();
        triage.Judge(message, vector);
        var judged = Stopwatch.GetTimestamp();
        model.Predict(SafetyText.Normalize(message.Text), vector);
        var predicted = Stopwatch.GetTimestamp();
        encoder.Add(Stopwatch.GetElapsedTime(started, encoded).TotalMilliseconds);
        onTop.Add(Stopwatch.GetElapsedTime(encoded, judged).TotalMilliseconds);
        modelOnly.Add(Stopwatch.GetElapsedTime(judged, predicted).TotalMilliseconds);
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{messages.Count} single-window messages x {rounds} rounds, one thread\n" +
    $"encoder pass (shared with retrieval): p50 {Percentile(encoder, 50):F2} ms, p99 {Percentile(encoder, 99):F2} ms\n" +
    $"triage on top (model, rules, policy): p50 {Percentile(onTop, 50):F3} ms, p99 {Percentile(onTop, 99):F3} ms, mean {onTop.Average():F3} ms, max {onTop.Max():F1} ms\n" +
    $"  of which the model alone (one prediction): p50 {Percentile(modelOnly, 50):F3} ms, mean {modelOnly.Average():F3} ms"));
return 0;

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
