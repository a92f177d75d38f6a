using System.Collections.Concurrent;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// Evidence-aware passage search: BM25 over the index's postings with field weights, synonyms and spelling correction,
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

    /// <summary>Per row, a number standing for its source: comparing sources by value (they are records) is slow.</summary>
    private readonly int[] sourceIndex;
    private readonly double[] evidenceBoost;
    private readonly string[][] words;
    private readonly Dictionary<IReadOnlyList<string[]>, string[][]> distinctTerms;

    /// <summary>Row pairs already compared for near duplication; see <see cref="AreNearDuplicates"/>.</summary>
    private readonly ConcurrentDictionary<long, bool> nearDuplicates = new();

    private const int MaxRememberedPairs = 1_000_000;

    public PassageSearch(CorpusCatalog catalog, PassageIndex index, SynonymTable synonyms, SearchSettings? settings = null)
    {
        this.index = index;
        this.settings = settings ?? SearchSettings.Default;
        var rows = index.DocumentIds.Count;
        passages = new Passage[rows];
        sources = new SourceDocument[rows];
        evidenceBoost = new double[rows];
        sourceIndex = new int[rows];
        var sourceNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        words = new string[rows][];
        // One string per distinct word across all passages: at 100,000 passages the per-passage word sets would
        // otherwise hold tens of millions of separate copies of the same few hundred thousand words.
        var sharedWords = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < rows; row++)
        {
            passages[row] = catalog.PassageById(index.DocumentIds[row])
                ?? throw new InvalidDataException($"index row {row + 1} holds passage '{index.DocumentIds[row]}', which the catalog lacks");
            sources[row] = catalog.Sources[passages[row].SourceId];
            sourceIndex[row] = sourceNumbers.TryGetValue(passages[row].SourceId, out var number) ? number : sourceNumbers[passages[row].SourceId] = sourceNumbers.Count;
            evidenceBoost[row] = Boost(sources[row]);
            words[row] = [.. TextNormalizer.Tokens($"{sources[row].Title} {passages[row].Heading} {passages[row].Text}", int.MaxValue)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(word => sharedWords.TryGetValue(word, out var shared) ? shared : sharedWords[word] = word)];
        }

        vocabulary = new Vocabulary(words, synonyms.Words);
        distinctTerms = DistinctTerms(synonyms);
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

        var rows = index.Search(plan.Phrases(TermsToMatch), settings.Weights, Math.Max(settings.Candidates, options.MaxHits * 5));
        var ranked = rows
            .Select(r => (Row: r.Row - 1, Relevance: r.Score * evidenceBoost[r.Row - 1]))
            .Where(c => options.Topics is not { Count: > 0 } topics || sources[c.Row].Topics.Any(topics.Contains))
            .ToList();
        var chosen = Choose(ranked, options.MaxHits);

        if (chosen.Count == 0)
        {
            return SearchResponse.Empty;
        }

        // Answerable when some top passage covers the question: the best BM25 hit may match only its rarest word.
        var weights = ConceptWeights(plan);
        var confidence = chosen.Max(c => Coverage(plan, weights, words[c.Row]));
        // A question naming none of the domain's terms must be covered more fully: "reset my router" shares one
        // rare word with a passage about LDN, and that alone must not make it look like ours.
        var required = plan.Concepts.Any(c => c.IsDomainTerm) ? settings.MinConfidence : settings.MinConfidenceWithoutDomainTerm;
        if (confidence < required)
        {
            return new SearchResponse([], confidence, false);
        }

        var best = chosen[0].Relevance;
        return new SearchResponse([.. chosen.Select(c => new SearchHit(passages[c.Row], sources[c.Row], c.Relevance / best))], confidence, true);
    }

    /// <summary>
    /// What a concept searches for. BM25 scores each phrase on its own, so a concept sent as several forms of one
    /// word, or as a word and a phrase containing it, would count several times; one form per stem is enough to
    /// find every passage. A concept with a form in half the passages or more is left out: bm25 gives that
    /// form an IDF of almost nothing, and its rarer synonyms would otherwise score as if the concept were rare.
    /// </summary>
    private IEnumerable<string[]> TermsToMatch(QueryConcept concept)
    {
        if (concept.Alternatives.Any(a => a.Length == 1 && vocabulary.DocumentFrequency(a[0]) * 2 >= vocabulary.DocumentCount))
        {
            return [];
        }

        return distinctTerms.GetValueOrDefault(concept.Alternatives) ?? concept.Alternatives;
    }

    /// <summary>For each synonym group, the terms left once a term stemming like another, or containing another, is dropped.</summary>
    private static Dictionary<IReadOnlyList<string[]>, string[][]> DistinctTerms(SynonymTable synonyms)
    {
        var stems = IndexTokenizer.Stems(synonyms.Groups.SelectMany(g => g).Select(t => string.Join(' ', t)));
        var distinct = new Dictionary<IReadOnlyList<string[]>, string[][]>(ReferenceEqualityComparer.Instance);
        foreach (var group in synonyms.Groups)
        {
            var byLength = group.Select(t => (Term: t, Stems: stems[string.Join(' ', t)])).OrderBy(t => t.Stems.Length).ToList();
            var kept = new List<(string[] Term, string[] Stems)>();
            foreach (var candidate in byLength)
            {
                if (!kept.Exists(k => Contains(candidate.Stems, k.Stems)))
                {
                    kept.Add(candidate);
                }
            }

            distinct[group] = [.. kept.Select(k => k.Term)];
        }

        return distinct;
    }

    /// <summary>Whether <paramref name="part"/> occurs as a contiguous run inside <paramref name="whole"/>.</summary>
    private static bool Contains(string[] whole, string[] part) =>
        part.Length > 0 && Enumerable.Range(0, whole.Length - part.Length + 1)
            .Any(start => whole.AsSpan(start, part.Length).SequenceEqual(part));

    /// <summary>
    /// Picks hits best first, skipping near duplicates of a chosen hit and discounting each further passage of a
    /// source already chosen, so three passages of one article do not crowd out a second source that also answers.
    /// </summary>
    private List<(int Row, double Relevance)> Choose(List<(int Row, double Relevance)> ranked, int maxHits)
    {
        var chosen = new List<(int Row, double Relevance)>(maxHits);
        var chosenFromSource = new Dictionary<int, int>();
        var remaining = ranked;
        while (chosen.Count < maxHits && remaining.Count > 0)
        {
            var bestAt = -1;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < remaining.Count; i++)
            {
                var repeats = chosenFromSource.GetValueOrDefault(sourceIndex[remaining[i].Row]);
                var value = remaining[i].Relevance * (repeats == 0 ? 1 : Math.Pow(settings.SameSourceDiscount, repeats));
                if (value > bestValue)
                {
                    (bestAt, bestValue) = (i, value);
                }
            }

            var candidate = (remaining[bestAt].Row, Relevance: bestValue);
            remaining.RemoveAt(bestAt);
            if (!chosen.Exists(c => AreNearDuplicates(c.Row, candidate.Row)))
            {
                chosen.Add(candidate);
                chosenFromSource[sourceIndex[candidate.Row]] = chosenFromSource.GetValueOrDefault(sourceIndex[candidate.Row]) + 1;
            }
        }

        // Discounts only shrink as hits are chosen, so the chosen relevances already fall from first to last.
        return chosen;
    }

    /// <summary>
    /// Whether two rows are near duplicates. The answer never changes for a pair, so it is remembered (up to a bound):
    /// the same few passages meet again and again across questions. Sets whose sizes differ too much cannot reach the
    /// similarity threshold, which settles most pairs without comparing words.
    /// </summary>
    private bool AreNearDuplicates(int a, int b)
    {
        var (small, large) = words[a].Length <= words[b].Length ? (words[a], words[b]) : (words[b], words[a]);
        if (small.Length < settings.DuplicateSimilarity * large.Length)
        {
            return false;
        }

        var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        if (nearDuplicates.TryGetValue(key, out var known))
        {
            return known;
        }

        var similar = Similarity(small, large) >= settings.DuplicateSimilarity;
        if (nearDuplicates.Count < MaxRememberedPairs)
        {
            nearDuplicates.TryAdd(key, similar);
        }

        return similar;
    }

    /// <summary>Guideline 1 + 5 steps, ..., opinion 1 + 0 steps, plus the vetted bonus: a tie-breaker, not an override.</summary>
    private double Boost(SourceDocument source) =>
        1 + (settings.EvidenceStep * (EvidenceLabels.StrongestFirst.Count - 1 - (int)source.Label))
          + (source.Kind == SourceKind.Vetted ? settings.VettedBonus : 0);

    /// <summary>
    /// Each concept's weight in the confidence: its IDF, where a word the corpus never uses counts at half weight
    /// (it may only be phrasing: "any good", "tablets") and a domain term from the synonym file at one and a half
    /// (naming one is strong evidence the question is ours).
    /// </summary>
    private double[] ConceptWeights(QueryPlan plan)
    {
        var weights = new double[plan.Concepts.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var concept = plan.Concepts[i];
            var frequency = concept.Alternatives.Max(a => a.Min(vocabulary.DocumentFrequency));
            var emphasis = frequency == 0 ? settings.UnknownWordWeight : concept.IsDomainTerm ? settings.DomainTermWeight : 1;
            weights[i] = vocabulary.Idf(frequency) * emphasis;
        }

        return weights;
    }

    /// <summary>The weighted share of the query's concepts that a passage covers.</summary>
    private static double Coverage(QueryPlan plan, double[] weights, string[] passageWords)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            if (plan.Concepts[i].Alternatives.Any(a => a.All(word => Covers(passageWords, word))))
            {
                covered += weights[i];
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
