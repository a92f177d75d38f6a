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

// Warm up as the host does at start-up (the rules' first runs, the language models), then ONNX Runtime's first runs
// and the model's prediction engine pool.
var warmUpClock = Stopwatch.StartNew();
triage.WarmUp(embedder.Embed(string.Empty, TextRole.Query));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"triage warm-up (as at the host's start-up): {warmUpClock.Elapsed.TotalSeconds:F1} s"));
foreach (var message in messages.Take(50))
{
    triage.Judge(message, embedder.Embed(message.Text, TextRole.Query));
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
