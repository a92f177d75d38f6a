using System.Diagnostics;
using System.Globalization;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
using FibroBot.TriageLab;

namespace FibroBot.Bench.Triage;

/// <summary>
/// <c>--unseen</c>: triage's cost on messages it has never read, as every member's message is. The main bench reads the
/// frozen test set three times, and anything that learns from the text it reads (the non-backtracking screens tried in
/// the twenty-third session built automaton states as new text reached them) looks better on repeated text. This
/// report warms the triage on our older unused probes (rounds
/// 20–23), then times its first and its second reading of round 24's English messages, which it has not seen.
/// </summary>
internal static class UnseenTextReport
{
    public static int Run(string root, SafetyTriage triage, SentenceEmbedder embedder)
    {
        var unused = Path.Combine(root, TriageData.DefaultDirectory, "unused");
        List<NormalizedMessage> Load(IEnumerable<string> files) => [.. files.SelectMany(f => TriageData.ReadFile(f))
            .Select(e => MessageNormalizer.Normalize(e.Text)).Where(m => SafetyTriage.Windows(m).Count == 1)];
        var warm = Load(Directory.GetFiles(unused, "round2?-*.jsonl").Where(f => Path.GetFileName(f)[6] is >= '0' and <= '3').Order(StringComparer.Ordinal));
        var unseen = Load([Path.Combine(unused, "round24-en.jsonl")]);

        triage.WarmUp(embedder.Embed(string.Empty, TextRole.Query));
        foreach (var message in warm)
        {
            triage.Judge(message, embedder.Embed(message.Text, TextRole.Query));
        }

        var vectors = unseen.Select(m => embedder.Embed(m.Text, TextRole.Query)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warmed on {warm.Count} messages of rounds 20-23"));
        foreach (var reading in (string[])["first reading", "second reading"])
        {
            var times = new List<double>(unseen.Count);
            for (var i = 0; i < unseen.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                triage.Judge(unseen[i], vectors[i]);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{reading} of {unseen.Count} round-24 messages: triage mean {times.Average():F3} ms, p50 {times[times.Count / 2]:F3} ms, p99 {times[(int)(times.Count * 0.99)]:F3} ms"));
        }

        return 0;
    }
}
