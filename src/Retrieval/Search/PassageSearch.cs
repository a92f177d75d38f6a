using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// Evidence-aware passage search: BM25 over the FTS5 index with field weights, synonyms and spelling correction,
/// then a small boost for stronger evidence (vetted before seeds), near-duplicate collapse, and a confidence, the
/// IDF-weighted share of the query's concepts the best-covering returned passage covers, below which nothing is returned.
/// Immutable after construction; safe for concurrent queries.
/// </summary>
public sealed class PassageSearch : IPassageSearch
{
    private readonly PassageIndex index;
    private readonly SearchSettings settings;
    private readonly QueryAnalyzer analyzer;
    private readonly Vocabulary vocabulary;
    private readonly Passage[] passages;
    private readonly SourceDocument[] sources;
    private readonly double[] evidenceBoost;
    private readonly string[][] words;

    public PassageSearch(CorpusCatalog catalog, PassageIndex index, SynonymTable synonyms, SearchSettings? settings = null)
    {
        this.index = index;
        this.settings = settings ?? SearchSettings.Default;
        var rows = index.DocumentIds.Count;
        passages = new Passage[rows];
        sources = new SourceDocument[rows];
        evidenceBoost = new double[rows];
        words = new string[rows][];
        for (var row = 0; row < rows; row++)
        {
            passages[row] = catalog.PassageById(index.DocumentIds[row])
                ?? throw new InvalidDataException($"index row {row + 1} holds passage '{index.DocumentIds[row]}', which the catalog lacks");
            sources[row] = catalog.Sources[passages[row].SourceId];
            evidenceBoost[row] = Boost(sources[row]);
            words[row] = [.. TextNormalizer.Tokens($"{sources[row].Title} {passages[row].Heading} {passages[row].Text}", int.MaxValue)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        vocabulary = new Vocabulary(words, synonyms.Words);
        analyzer = new QueryAnalyzer(synonyms, vocabulary);
    }

    public SearchResponse Search(string query, SearchOptions? options = null)
    {
        options ??= new SearchOptions();
        var plan = analyzer.Analyze(query);
        if (plan.IsEmpty || options.MaxHits <= 0)
        {
            return SearchResponse.Empty;
        }

        var rows = index.Search(plan.ToMatchExpression(), settings.Weights, Math.Max(settings.Candidates, options.MaxHits * 5));
        var ranked = rows
            .Select(r => (Row: r.Row - 1, Relevance: r.Score * evidenceBoost[r.Row - 1]))
            .Where(c => options.Topics is not { Count: > 0 } topics || sources[c.Row].Topics.Any(topics.Contains))
            .OrderByDescending(c => c.Relevance)
            .ToList();

        var chosen = new List<(int Row, double Relevance)>(options.MaxHits);
        foreach (var candidate in ranked)
        {
            if (chosen.Count == options.MaxHits)
            {
                break;
            }

            if (!chosen.Exists(c => Similarity(words[c.Row], words[candidate.Row]) >= settings.DuplicateSimilarity))
            {
                chosen.Add(candidate);
            }
        }

        if (chosen.Count == 0)
        {
            return SearchResponse.Empty;
        }

        // Answerable when some top passage covers the question: the best BM25 hit may match only its rarest word.
        var confidence = chosen.Max(c => Coverage(plan, words[c.Row]));
        if (confidence < settings.MinConfidence)
        {
            return new SearchResponse([], confidence, false);
        }

        var best = chosen[0].Relevance;
        return new SearchResponse([.. chosen.Select(c => new SearchHit(passages[c.Row], sources[c.Row], c.Relevance / best))], confidence, true);
    }

    /// <summary>Guideline 1 + 5 steps, ..., opinion 1 + 0 steps, plus the vetted bonus: a tie-breaker, not an override.</summary>
    private double Boost(SourceDocument source) =>
        1 + (settings.EvidenceStep * (EvidenceLabels.StrongestFirst.Count - 1 - (int)source.Label))
          + (source.Kind == SourceKind.Vetted ? settings.VettedBonus : 0);

    /// <summary>
    /// The IDF-weighted share of the query's concepts that the best passage covers. A word the corpus never uses
    /// counts against the query at half weight (it may only be phrasing: "any good", "tablets"), a domain term from
    /// the synonym file at one and a half (naming one is strong evidence the question is ours).
    /// </summary>
    private double Coverage(QueryPlan plan, string[] passageWords)
    {
        double total = 0, covered = 0;
        foreach (var concept in plan.Concepts)
        {
            var frequency = concept.Alternatives.Max(a => a.Min(vocabulary.DocumentFrequency));
            var emphasis = frequency == 0 ? settings.UnknownWordWeight : concept.IsDomainTerm ? settings.DomainTermWeight : 1;
            var weight = vocabulary.Idf(frequency) * emphasis;
            total += weight;
            if (concept.Alternatives.Any(a => a.All(word => Covers(passageWords, word))))
            {
                covered += weight;
            }
        }

        return total > 0 ? covered / total : 0;
    }

    /// <summary>
    /// Whether the passage has the word or a form of it. FTS5 matched on Porter stems; sharing all but the last
    /// three letters is a close, cheap stand-in for "same stem" (exercise, exercises, exercising).
    /// </summary>
    internal static bool Covers(string[] sortedWords, string word)
    {
        var stem = word.Length <= 4 ? word : word[..Math.Max(4, word.Length - 3)];
        var at = Array.BinarySearch(sortedWords, stem, StringComparer.Ordinal);
        if (at >= 0)
        {
            return true;
        }

        var next = ~at;
        return next < sortedWords.Length && sortedWords[next].StartsWith(stem, StringComparison.Ordinal)
            && (word.Length > 4 || sortedWords[next] == word);
    }

    /// <summary>Jaccard similarity of two sorted word sets.</summary>
    internal static double Similarity(string[] a, string[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - shared;
        return union == 0 ? 1 : (double)shared / union;
    }
}
