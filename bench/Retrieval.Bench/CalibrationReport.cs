using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>calibrate [QUESTIONS...]</c>: the hybrid engine on question sets (default the project set and dev-questions.yaml):
/// per question the two no-answer signals (lexical coverage, best cosine), the closest document question, whether it
/// was answered and the first three sources; then the aggregate scores and the share of questions led by a vetted source.
/// </summary>
internal static class CalibrationReport
{
    public static int Run(string[] args)
    {
        var locations = BenchCorpus.Locations();
        var files = args.Length > 0 ? args : [Path.Combine(BenchCorpus.RepositoryRoot(), RetrievalEvaluation.DefaultPath), "dev-questions.yaml"];
        using var embedder = new SentenceEmbedder();
        using var cache = new VectorCache(Path.Combine(locations.DataPath, "vector-cache.sqlite"));
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(locations), SynonymTable.Load(locations.SynonymsPath), embedder: embedder, cache: cache);
        var search = engine.PassageSearch;
        Console.WriteLine($"vectors: {engine.Indexed.Embedding}");
        foreach (var file in files)
        {
            var set = QuestionSet.Load(file);
            var vettedFirst = 0;
            foreach (var question in set.Questions)
            {
                var vector = embedder.Embed(question.Question, TextRole.Query);
                var response = search.Search(question.Question, vector, new SearchOptions(MaxHits: 10));
                var (coverage, dense, domain, unknown) = search.Signals(question.Question, vector);
                var asked = search.QuestionSimilarities(vector).FirstOrDefault();
                var found = response.Hits.Take(3).Select(h => h.Source.Id).ToList();
                vettedFirst += response.Hits.Count > 0 && response.Hits[0].Source.Kind == SourceKind.Vetted ? 1 : 0;
                var mark = !response.Answerable ? "NOANS" : found.Intersect(question.RelevantSourceIds).Any() ? "ok   " : "MISS ";
                Console.WriteLine(FormattableString.Invariant(
                    $"{mark} {question.Id} cov={coverage:0.00} cos={dense:0.000} dom={(domain ? 1 : 0)} unk={unknown} q={asked.Similarity:0.000} \"{question.Question}\" -> {string.Join(", ", found)}  [~ {asked.Question?.Text}]"));
            }

            foreach (var question in set.OffTopic)
            {
                var vector = embedder.Embed(question, TextRole.Query);
                var response = search.Search(question, vector);
                var (coverage, dense, domain, unknown) = search.Signals(question, vector);
                var asked = search.QuestionSimilarities(vector).FirstOrDefault();
                Console.WriteLine(FormattableString.Invariant(
                    $"{(response.Answerable ? "ANSWERED" : "declined")} cov={coverage:0.00} cos={dense:0.000} dom={(domain ? 1 : 0)} unk={unknown} q={asked.Similarity:0.000} \"{question}\" -> {string.Join(", ", response.Hits.Take(2).Select(h => h.Source.Id))}"));
            }

            Console.WriteLine($"{Path.GetFileName(file)}: {RetrievalEvaluation.Run(engine.Search, set)} vetted_first={(double)vettedFirst / Math.Max(1, set.Questions.Count):0.000}");
        }

        return 0;
    }
}
