namespace FibroBot.Retrieval.Evaluation;

/// <summary>The standard ranking metrics, for one query's ranked ids against its judged relevant ids.</summary>
public static class RankingMetrics
{
    /// <summary>Share of the relevant ids found in the first <paramref name="k"/> results.</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        var relevant = relevance.Count(r => r.Value > 0);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => relevance.GetValueOrDefault(id) > 0) / relevant;
    }

    /// <summary>1 / rank of the first relevant result within the first <paramref name="k"/>, else 0.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevance.GetValueOrDefault(ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>nDCG with graded gains (2^rel − 1) and log2 discounts, as trec_eval and BEIR compute it.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        var dcg = ranked.Take(k).Select((id, i) => Gain(relevance.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = relevance.Values.Where(r => r > 0).OrderDescending().Take(k).Select((r, i) => Gain(r) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Gain(int relevance) => relevance > 0 ? Math.Pow(2, relevance) - 1 : 0;
}
