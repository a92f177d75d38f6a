using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

public class EvaluationTests
{
    private static Dictionary<string, int> Judged(params (string Id, int Score)[] judgements) =>
        judgements.ToDictionary(j => j.Id, j => j.Score, StringComparer.Ordinal);

    [Fact]
    public void Ndcg_matches_a_hand_computed_value()
    {
        // Relevant d1 (grade 2) at rank 3 and d2 (grade 1) at rank 1.
        // DCG = 1/log2(2) + 3/log2(4) = 1 + 1.5 = 2.5; ideal = 3/log2(2) + 1/log2(3) = 3 + 0.6309 = 3.6309.
        var ndcg = RankingMetrics.NdcgAt(["d2", "x", "d1"], Judged(("d1", 2), ("d2", 1)), 10);

        Assert.Equal(2.5 / (3 + (1 / Math.Log2(3))), ndcg, 10);
    }

    [Fact]
    public void Recall_and_reciprocal_rank_respect_the_cut_off()
    {
        var judged = Judged(("a", 1), ("b", 1));

        Assert.Equal(0.5, RankingMetrics.RecallAt(["x", "a", "y", "b"], judged, 3));
        Assert.Equal(1.0, RankingMetrics.RecallAt(["x", "a", "y", "b"], judged, 4));
        Assert.Equal(0.5, RankingMetrics.ReciprocalRankAt(["x", "a"], judged, 10));
        Assert.Equal(0.0, RankingMetrics.ReciprocalRankAt(["x", "y", "a"], judged, 2));
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x"], Judged(("a", 0)), 10));
    }

    [Fact]
    public void Beir_run_on_a_tiny_dataset_gives_the_hand_computed_metrics()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fibrobot-beir-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "qrels"));
        try
        {
            File.WriteAllLines(Path.Combine(folder, "corpus.jsonl"),
            [
                """{"_id": "d1", "title": "Vitamin D and bone", "text": "Vitamin D supplements strengthen bone in older adults.", "metadata": {}}""",
                """{"_id": "d2", "title": "Tea", "text": "Green tea drinkers slept slightly worse in one survey.", "metadata": {}}""",
                """{"_id": "d3", "title": "Sleep", "text": "Sleep duration and mood in teenagers.", "metadata": {}}""",
            ]);
            File.WriteAllLines(Path.Combine(folder, "queries.jsonl"),
            [
                """{"_id": "q1", "text": "vitamin D bone strength", "metadata": {}}""",
                """{"_id": "q2", "text": "sleep of tea drinkers", "metadata": {}}""",
                """{"_id": "q3", "text": "an unjudged query", "metadata": {}}""",
                """{"_id": "q4", "text": "quantum chromodynamics", "metadata": {}}""",
            ]);
            File.WriteAllLines(Path.Combine(folder, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", "q1\td1\t1", "q2\td2\t1", "q4\td3\t1"]);

            var scores = BeirEvaluation.Run(BeirDataset.Load(folder));

            // q1 finds d1 first; q2 finds d2 first (it matches "tea" and "drinkers", d3 only "sleep"); q4 finds nothing.
            Assert.Equal(3, scores.Queries);
            Assert.Equal(2.0 / 3, scores.NdcgAt10, 6);
            Assert.Equal(2.0 / 3, scores.RecallAt100, 6);
            Assert.Equal(2.0 / 3, scores.MrrAt10, 6);
            Assert.Matches(@"^nDCG@10=0\.6667 Recall@100=0\.6667 MRR@10=0\.6667 index_s=\d+\.\d{3} query_p50_ms=\d+\.\d{3} query_p99_ms=\d+\.\d{3} mode=bm25 encode_s=0\.000 embedded=0 query_encode_p50_ms=0\.000$", scores.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Beir_loader_rejects_a_malformed_qrels_line_with_its_number()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fibrobot-beir-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "qrels"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "corpus.jsonl"), """{"_id": "d1", "title": "t", "text": "x"}""");
            File.WriteAllText(Path.Combine(folder, "queries.jsonl"), """{"_id": "q1", "text": "x"}""");
            File.WriteAllLines(Path.Combine(folder, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", "q1 d1"]);

            var error = Assert.Throws<InvalidDataException>(() => BeirDataset.Load(folder));

            Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Question_set_is_parsed_and_scored_by_source_id()
    {
        using var corpus = TestCorpus.Standard();
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(corpus.Locations), SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));
        var set = QuestionSet.Parse("""
            questions:
              - id: q001
                question: "Does exercise help fibromyalgia?"
                relevant: [exercise-review]
              - id: q002
                question: "Is LDN any good?"
                relevant: [ldn-trial, some-other-source]
              - id: q003
                question: "Does exercise help fibromyalgia?"
                relevant: [ldn-trial-not-there]
            offtopic:
              - "What is the capital of France?"
              - "fix my Python code"
            """);

        var scores = RetrievalEvaluation.Run(engine.Search, set);

        Assert.Equal(3, scores.Questions);
        Assert.Equal((1 + 0.5 + 0) / 3, scores.RecallAt3, 6);
        Assert.Equal((1 + 1 + 0) / 3.0, scores.MrrAt10, 6);
        Assert.Equal(["q003"], scores.Misses);
        Assert.Equal(1.0, scores.DeclinedOffTopic);
    }

    [Fact]
    public void Question_set_errors_name_the_entry_and_field()
    {
        var error = Assert.Throws<CorpusException>(() => QuestionSet.Parse("questions:\n  - id: q1\n    relevant: [a]\n"));

        Assert.Contains("questions entry 1: question: missing field", error.Message, StringComparison.Ordinal);
    }
}
