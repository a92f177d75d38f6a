using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>quality [QUESTIONS]</c>: scores the project question set (default tests/data/questions.yaml) against the
/// corpus and lists the misses, the off-topic questions answered, and the confidence of each question.
/// </summary>
internal static class QualityReport
{
    public static int Run(string[] args)
    {
        var locations = BenchCorpus.Locations();
        var questionsPath = args.Length > 0 ? args[0] : Path.Combine(BenchCorpus.RepositoryRoot(), RetrievalEvaluation.DefaultPath);
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(locations), SynonymTable.Load(locations.SynonymsPath));
        var set = QuestionSet.Load(questionsPath);
        foreach (var question in set.Questions)
        {
            var response = engine.Search.Search(question.Question, new SearchOptions(MaxHits: 10));
            var found = response.Hits.Take(3).Select(h => h.Source.Id).ToList();
            var mark = found.Intersect(question.RelevantSourceIds).Any() ? "ok  " : "MISS";
            Console.WriteLine($"{mark} {question.Id} conf={response.Confidence:0.00} {question.Question} -> {string.Join(", ", found)}");
        }

        foreach (var question in set.OffTopic)
        {
            var response = engine.Search.Search(question);
            Console.WriteLine($"{(response.Answerable ? "ANSWERED" : "declined")} conf={response.Confidence:0.00} {question}");
        }

        Console.WriteLine(RetrievalEvaluation.Run(engine.Search, set));
        return 0;
    }
}
