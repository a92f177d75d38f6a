using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Evaluation;

/// <summary>Retrieval quality on the project's question set, by source id.</summary>
/// <param name="RecallAt3">Mean share of each question's relevant sources among the sources of its first 3 hits.</param>
/// <param name="MrrAt10">Mean reciprocal rank of the first hit (of 10) from a relevant source.</param>
/// <param name="AnsweredOnTopic">Share of judged questions that got an answer.</param>
/// <param name="DeclinedOffTopic">Share of off-topic questions that correctly got no answer.</param>
/// <param name="Misses">Ids of judged questions with no relevant source in the first 3 hits.</param>
public sealed record RetrievalScores(
    int Questions,
    double RecallAt3,
    double MrrAt10,
    double AnsweredOnTopic,
    int OffTopicQuestions,
    double DeclinedOffTopic,
    IReadOnlyList<string> Misses)
{
    public override string ToString() => FormattableString.Invariant(
        $"questions={Questions} Recall@3={RecallAt3:0.000} MRR@10={MrrAt10:0.000} answered={AnsweredOnTopic:0.000} offtopic={OffTopicQuestions} offtopic_declined={DeclinedOffTopic:0.000}");
}

/// <summary>Runs the question set through a search and scores it.</summary>
public static class RetrievalEvaluation
{
    public const string DefaultPath = "tests/data/questions.yaml";

    public static RetrievalScores Run(IPassageSearch search, QuestionSet set)
    {
        double recall = 0, reciprocal = 0, answered = 0;
        var misses = new List<string>();
        foreach (var question in set.Questions)
        {
            var response = search.Search(question.Question, new SearchOptions(MaxHits: 10));
            var ranked = response.Hits.Select(h => h.Source.Id).ToList();
            var relevance = question.RelevantSourceIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 1, StringComparer.Ordinal);
            var questionRecall = RankingMetrics.RecallAt(ranked, relevance, 3);
            recall += questionRecall;
            reciprocal += RankingMetrics.ReciprocalRankAt(ranked, relevance, 10);
            answered += response.Answerable ? 1 : 0;
            if (questionRecall == 0)
            {
                misses.Add(question.Id);
            }
        }

        var declined = set.OffTopic.Count(q => !search.Search(q).Answerable);
        var n = Math.Max(1, set.Questions.Count);
        return new RetrievalScores(
            set.Questions.Count, recall / n, reciprocal / n, answered / n,
            set.OffTopic.Count, set.OffTopic.Count == 0 ? 1 : (double)declined / set.OffTopic.Count, misses);
    }
}
