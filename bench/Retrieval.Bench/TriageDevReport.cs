using System.Text.Json;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>triage-dev DIR</c>: the retrieval figures on /work/shared/datasets/triage-dev, aggregate only. That set is for
/// measuring, never tuning (its README): this prints no item, and nothing here reads its items for anything but the
/// counts. Search level: each faq item's <c>text</c> alone (the 10 follow-ups' context is not replayed), and only the
/// offtopic items that expect <c>noAnswer</c> (small talk is the triage's business).
/// </summary>
internal static class TriageDevReport
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : "/work/shared/datasets/triage-dev";
        var locations = BenchCorpus.Locations();
        using var embedder = new SentenceEmbedder();
        using var cache = new VectorCache(Path.Combine(locations.DataPath, "vector-cache.sqlite"));
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(locations), SynonymTable.Load(locations.SynonymsPath), embedder: embedder, cache: cache);

        int faq = 0, answered = 0, hit3 = 0;
        double recall3 = 0, mrr = 0;
        foreach (var item in Read(Path.Combine(folder, "faq.jsonl")))
        {
            faq++;
            var relevant = item.GetProperty("relevant").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            var response = engine.Search.Search(item.GetProperty("text").GetString()!, new SearchOptions(MaxHits: 10));
            var ids = response.Hits.Select(h => h.Source.Id).Distinct().ToList();
            answered += response.Answerable ? 1 : 0;
            hit3 += response.Answerable && ids.Take(3).Any(relevant.Contains) ? 1 : 0;
            recall3 += (double)ids.Take(3).Count(relevant.Contains) / Math.Min(3, relevant.Count);
            var first = ids.Take(10).ToList().FindIndex(relevant.Contains);
            mrr += first >= 0 ? 1.0 / (first + 1) : 0;
        }

        int noAnswerItems = 0, declined = 0;
        foreach (var item in Read(Path.Combine(folder, "offtopic.jsonl")).Where(i => i.GetProperty("expect").GetString() == "noAnswer"))
        {
            noAnswerItems++;
            declined += engine.Search.Search(item.GetProperty("text").GetString()!).Answerable ? 0 : 1;
        }

        Console.WriteLine(FormattableString.Invariant(
            $"triage-dev faq={faq} answered={(double)answered / faq:0.000} answer_hit@3={(double)hit3 / faq:0.000} Recall@3={recall3 / faq:0.000} MRR@10={mrr / faq:0.000} offtopic_noAnswer={noAnswerItems} declined={(double)declined / noAnswerItems:0.000}"));
        return 0;
    }

    private static IEnumerable<JsonElement> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());
}
