namespace FibroBot.Retrieval.Search;

/// <summary>How lexical (BM25F) and dense (cosine) rankings are combined.</summary>
public enum FusionMethod
{
    /// <summary>Each list min-max normalised over the candidates, then blended with <see cref="FusionSettings.LexicalWeight"/>.</summary>
    MinMax,

    /// <summary>BM25 divided by the best BM25; cosine min-max normalised; then blended.</summary>
    MaxDense,

    /// <summary>Each list turned into z-scores over the candidates, then blended.</summary>
    ZScore,

    /// <summary>Reciprocal rank fusion: 1/(k + rank) summed, weighted.</summary>
    Rrf,

    /// <summary>
    /// Z-scores whose mean and spread come from each side's own list (its best <see cref="FusionSettings.Depth"/> rows), a
    /// row missing from the BM25 list taking that list's lowest score: the zeros of rows one side never found do
    /// not drag that side's statistics down.
    /// </summary>
    ZScoreList,

    /// <summary>Min-max with each side's own list as the range, as <see cref="ZScoreList"/>.</summary>
    MinMaxList,
}

/// <summary>
/// The fusion chosen on SciFact (docs/RETRIEVAL.md, "Hybrid fusion"): the same settings rank the bot's corpus and BEIR runs.
/// </summary>
/// <param name="LexicalWeight">Share of the BM25 side in the blend; the dense side gets the rest.</param>
/// <param name="RrfK">The k of reciprocal rank fusion.</param>
/// <param name="Depth">How many rows each side contributes to the candidate set.</param>
public sealed record FusionSettings(FusionMethod Method = FusionMethod.MinMax, double LexicalWeight = 0.5, int RrfK = 60, int Depth = 100)
{
    public static FusionSettings Default { get; } = new();

    public override string ToString() => (Method == FusionMethod.Rrf
        ? FormattableString.Invariant($"rrf k={RrfK} w={LexicalWeight:0.00}")
        : FormattableString.Invariant($"{Method.ToString().ToLowerInvariant()} w={LexicalWeight:0.00}"))
        + (Depth == 100 ? string.Empty : FormattableString.Invariant($" depth={Depth}"));
}

/// <summary>A fused candidate: its row (0-based), its fused score in [0, 1] (for the blends) and the two raw scores.</summary>
public readonly record struct FusedRow(int Row, double Score, double Lexical, float Dense);

/// <summary>Combines a BM25 list (best first) and a dense score for every row into one ranking.</summary>
public static class HybridFusion
{
    /// <param name="lexical">BM25 rows, 0-based, best first.</param>
    /// <param name="denseScores">The cosine of the query with every row.</param>
    /// <param name="denseTop">The best rows by cosine, best first.</param>
    public static List<FusedRow> Fuse(
        IReadOnlyList<(int Row, double Score)> lexical,
        float[] denseScores,
        IReadOnlyList<(int Row, float Score)> denseTop,
        FusionSettings settings)
    {
        var lexicalScore = new Dictionary<int, double>(lexical.Count + denseTop.Count);
        var lexicalRank = new Dictionary<int, int>(lexical.Count);
        for (var i = 0; i < lexical.Count; i++)
        {
            lexicalScore[lexical[i].Row] = lexical[i].Score;
            lexicalRank[lexical[i].Row] = i + 1;
        }

        var denseRank = new Dictionary<int, int>(denseTop.Count);
        for (var i = 0; i < denseTop.Count; i++)
        {
            denseRank[denseTop[i].Row] = i + 1;
        }

        var rows = lexicalScore.Keys.Union(denseRank.Keys).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var fused = new List<FusedRow>(rows.Count);
        if (settings.Method is FusionMethod.ZScoreList or FusionMethod.MinMaxList)
        {
            var lexList = lexical.Select(l => l.Score).DefaultIfEmpty(0).ToArray();
            var denList = denseTop.Select(d => (double)d.Score).ToArray();
            var floor = lexList.Min();
            var z = settings.Method == FusionMethod.ZScoreList;
            var (lexCentre, lexScale) = z ? MeanSd(lexList) : (lexList.Min(), lexList.Max() - lexList.Min());
            var (denCentre, denScale) = z ? MeanSd(denList) : (denList.Min(), denList.Max() - denList.Min());
            foreach (var row in rows)
            {
                var lex = lexicalScore.TryGetValue(row, out var l) ? l : floor;
                var lexN = lexScale > 0 ? (lex - lexCentre) / lexScale : 0;
                var denN = denScale > 0 ? (denseScores[row] - denCentre) / denScale : 0;
                fused.Add(new FusedRow(row, (settings.LexicalWeight * lexN) + ((1 - settings.LexicalWeight) * denN), lexicalScore.GetValueOrDefault(row), denseScores[row]));
            }
        }
        else if (settings.Method == FusionMethod.Rrf)
        {
            foreach (var row in rows)
            {
                var score = (lexicalRank.TryGetValue(row, out var lr) ? settings.LexicalWeight / (settings.RrfK + lr) : 0)
                    + (denseRank.TryGetValue(row, out var dr) ? (1 - settings.LexicalWeight) / (settings.RrfK + dr) : 0);
                fused.Add(new FusedRow(row, score, lexicalScore.GetValueOrDefault(row), denseScores[row]));
            }
        }
        else
        {
            // Rows missing from the BM25 list scored below its last row; 0 is the honest floor for them.
            var lex = rows.Select(r => lexicalScore.GetValueOrDefault(r)).ToArray();
            var den = rows.Select(r => (double)denseScores[r]).ToArray();
            var lexN = settings.Method switch
            {
                FusionMethod.ZScore => ZScores(lex),
                FusionMethod.MaxDense => DivideByMax(lex),
                _ => MinMax(lex),
            };
            var denN = settings.Method == FusionMethod.ZScore ? ZScores(den) : MinMax(den);
            for (var i = 0; i < rows.Count; i++)
            {
                var score = (settings.LexicalWeight * lexN[i]) + ((1 - settings.LexicalWeight) * denN[i]);
                fused.Add(new FusedRow(rows[i], score, lex[i], denseScores[rows[i]]));
            }
        }

        fused.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Row.CompareTo(b.Row));
        return fused;
    }

    private static double[] MinMax(double[] values)
    {
        var (min, max) = (values.Min(), values.Max());
        var span = max - min;
        return [.. values.Select(v => span > 0 ? (v - min) / span : 1)];
    }

    private static double[] DivideByMax(double[] values)
    {
        var max = values.Max();
        return [.. values.Select(v => max > 0 ? v / max : 0)];
    }

    private static (double Mean, double Sd) MeanSd(double[] values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length));
    }

    private static double[] ZScores(double[] values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        return [.. values.Select(v => sd > 0 ? (v - mean) / sd : 0)];
    }
}
