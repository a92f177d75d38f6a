using System.Globalization;
using System.Text.Json;

namespace FibroBot.Bench.CorpusScale;

/// <summary>
/// Writes a synthetic dataset in BEIR's layout (corpus.jsonl, queries.jsonl, qrels/test.tsv) for the host's
/// <c>beir</c> verb: one document per passage, and queries made from words of one chosen document, which is
/// judged relevant, so the evaluation also checks that search still finds things at every size.
/// </summary>
internal static class BeirWriter
{
    public static void Write(string folder, int passages, int queries, int seed)
    {
        var text = new SyntheticText(seed);
        Directory.CreateDirectory(Path.Combine(folder, "qrels"));
        var documents = new List<string>(passages);
        using (var corpus = new StreamWriter(Path.Combine(folder, "corpus.jsonl")))
        {
            for (var i = 0; i < passages; i++)
            {
                var body = text.Prose(text.Next(60, 141));
                documents.Add(body);
                corpus.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["_id"] = Id(i),
                    ["title"] = text.Words(text.Next(3, 8)),
                    ["text"] = body,
                }));
            }
        }

        using var queryFile = new StreamWriter(Path.Combine(folder, "queries.jsonl"));
        using var qrels = new StreamWriter(Path.Combine(folder, "qrels", "test.tsv"));
        qrels.WriteLine("query-id\tcorpus-id\tscore");
        for (var q = 0; q < queries; q++)
        {
            var target = text.Next(0, passages);
            var words = documents[target].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var query = string.Join(' ', Enumerable.Range(0, text.Next(3, 7)).Select(_ => words[text.Next(0, words.Length)].Trim('.').ToLowerInvariant()));
            var id = string.Create(CultureInfo.InvariantCulture, $"q{q}");
            queryFile.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["_id"] = id, ["text"] = query }));
            qrels.WriteLine($"{id}\t{Id(target)}\t1");
        }
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"d{i}");
}
