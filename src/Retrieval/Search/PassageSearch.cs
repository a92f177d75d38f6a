using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// Evidence-aware passage search: BM25 over the index's postings with field weights, synonyms and spelling correction,
/// then a small boost for stronger evidence (vetted before seeds), near-duplicate collapse, and a confidence, the
/// IDF-weighted share of the query's concepts the best-covering returned passage covers, below which nothing is returned.
/// Immutable after construction; safe for concurrent queries.
/// </summary>
public sealed partial class PassageSearch : IPassageSearch
{
    private readonly PassageIndex _index;
    private readonly SearchSettings _settings;
    private readonly QueryAnalyzer _analyzer;
    private readonly Vocabulary _vocabulary;
    private readonly Passage[] _passages;
    private readonly SourceDocument[] _sources;

    /// <summary>Per row, a number standing for its source: comparing sources by value (they are records) is slow.</summary>
    private readonly int[] _sourceIndex;
    private readonly double[] _evidenceBoost;
    private readonly string[][] _words;
    private readonly Dictionary<IReadOnlyList<string[]>, string[][]> _distinctTerms;
    private readonly IndexVectors? _vectors;
    private readonly ITextEmbedder? _embedder;
    private readonly bool[] _methodology;
    private readonly bool[] _aboutYoungPeople;
    private readonly double[] _evidenceStrength;

    /// <summary>Row pairs already compared for near duplication; see <see cref="AreNearDuplicates"/>.</summary>
    private readonly ConcurrentDictionary<long, bool> _nearDuplicates = new();

    private readonly SynonymTable _synonyms;

    /// <summary>Every word the passages use, in ordinal order for prefix lookups; built on the first <see cref="Mentions"/>.</summary>
    private readonly Lazy<string[]> _sortedWords;

    private const int MaxRememberedPairs = 1_000_000;

    /// <param name="embedder">Embeds queries for the text-only <see cref="Search(string, SearchOptions?)"/>; without it, or
    /// without vectors in the index, the search is BM25 only.</param>
    public PassageSearch(CorpusCatalog catalog, PassageIndex index, SynonymTable synonyms, SearchSettings? settings = null, ITextEmbedder? embedder = null)
    {
        _index = index;
        _embedder = embedder;
        _vectors = index.Vectors is { } v && (embedder is null || v.ModelId == embedder.ModelId) ? v : null;
        _settings = settings ?? SearchSettings.Default;
        var rows = index.DocumentIds.Count;
        _passages = new Passage[rows];
        _sources = new SourceDocument[rows];
        _evidenceBoost = new double[rows];
        _evidenceStrength = new double[rows];
        _methodology = new bool[rows];
        _aboutYoungPeople = new bool[rows];
        _sourceIndex = new int[rows];
        var sourceNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        _words = new string[rows][];
        // One string per distinct word across all passages: at 100,000 passages the per-passage word sets would
        // otherwise hold tens of millions of separate copies of the same few hundred thousand words.
        var sharedWords = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < rows; row++)
        {
            _passages[row] = catalog.PassageById(index.DocumentIds[row])
                ?? throw new InvalidDataException($"index row {row + 1} holds passage '{index.DocumentIds[row]}', which the catalog lacks");
            _sources[row] = catalog.Sources[_passages[row].SourceId];
            _sourceIndex[row] = sourceNumbers.TryGetValue(_passages[row].SourceId, out var number) ? number : sourceNumbers[_passages[row].SourceId] = sourceNumbers.Count;
            _evidenceBoost[row] = Boost(_sources[row]);
            _evidenceStrength[row] = (_evidenceBoost[row] - 1) / (Boost(StrongestVetted) - 1);
            _methodology[row] = IsMethodology(_sources[row]);
            _aboutYoungPeople[row] = YoungPeople.IsAbout(_sources[row]);
            _words[row] = [.. TextNormalizer.Tokens($"{_sources[row].Title} {_passages[row].Heading} {_passages[row].Text}", int.MaxValue)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(word => sharedWords.TryGetValue(word, out var shared) ? shared : sharedWords[word] = word)];
        }

        _vocabulary = new Vocabulary(_words, synonyms.Words);
        _synonyms = synonyms;
        // From the per-passage word lists, so the constructor's de-duplicating dictionary is not kept alive for it.
        _sortedWords = new(() => [.. _words.SelectMany(words => words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        _distinctTerms = DistinctTerms(synonyms);
        _analyzer = new QueryAnalyzer(synonyms, _vocabulary);
    }

    /// <summary>
    /// Whether any passage (its text, heading or source title) mentions the term or a synonym of it. A word counts as
    /// mentioned when a passage word starts with all of it but its last three letters, and at least its first six (a
    /// plural 's' dropped first): "benzos" finds "benzodiazepines" and "pregabaline" finds "pregabalin", while
    /// "cannabidiol" does not find "cannabis". A term of several words needs all of them.
    /// </summary>
    public bool Mentions(string term) =>
        MentionsTokens(TextNormalizer.Tokens(term, int.MaxValue))
        // "7oh" is how members write 7-OH, which the passages tokenise as "7 oh".
        || MentionsTokens(TextNormalizer.Tokens(DigitLetterBoundary().Replace(term, " "), int.MaxValue));

    [GeneratedRegex(@"(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitLetterBoundary();

    private bool MentionsTokens(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return true;
        }

        if (_synonyms.Match(tokens, 0) is { } match && match.Length == tokens.Count)
        {
            return match.Terms.Any(t => t.All(MentionsWord));
        }

        return tokens.All(MentionsWord);
    }

    private bool MentionsWord(string word)
    {
        var stem = word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;
        var prefix = stem[..Math.Min(stem.Length, Math.Max(6, stem.Length - 3))];
        var words = _sortedWords.Value;
        var at = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
        var first = at >= 0 ? at : ~at;
        return first < words.Length && words[first].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Whether the index has vectors to search with.</summary>
    public bool IsHybrid => _vectors is not null;

    public bool UsesVectors => _vectors is not null;

    public float[]? EmbedQuery(string query) => _vectors is not null && _embedder is not null ? _embedder.Embed(query, TextRole.Query) : null;

    public SearchResponse Search(string query, SearchOptions? options = null) =>
        EmbedQuery(query) is { } vector ? Search(query, vector, options) : LexicalSearch(query, options);

    public SearchResponse Search(string query, ReadOnlyMemory<float> queryVector, SearchOptions? options = null)
    {
        if (_vectors is null || queryVector.IsEmpty)
        {
            return LexicalSearch(query, options);
        }

        options ??= new SearchOptions();
        if (options.MaxHits <= 0)
        {
            return SearchResponse.Empty;
        }

        var plan = _analyzer.Analyze(query);
        var vector = queryVector.Span;
        var lexical = plan.IsEmpty
            ? []
            : _index.Search(plan.Phrases(TermsToMatch), _settings.Weights, Math.Max(_settings.Candidates, options.MaxHits * 5))
                .Select(r => (Row: r.Row - 1, r.Score)).ToList();
        var dense = new float[_passages.Length];
        _vectors.Passages.Scores(vector, dense);
        var fusion = _settings.FusionOrDefault;
        var fused = HybridFusion.Fuse(lexical, dense, DenseMatrix.TopOf(dense, fusion.Depth), fusion);

        // Passages about young people answer only questions about young people (YoungPeople); a question they ask
        // neither lifts them nor makes the member's question answerable.
        var youngPeopleMentioned = YoungPeople.AreMentionedIn(query);
        bool Excluded(int row) => IsLeftOut(row, youngPeopleMentioned);

        // Question matching: a member's question close to a question a vetted document asks lifts the passage that answers it.
        var (asked, near, closestQuestion, closestRow) = QuestionMatches(vector);
        asked.RemoveAll(m => Excluded(m.Row));
        near.RemoveAll(m => Excluded(m.Row));
        var relevance = new Dictionary<int, double>(fused.Count + asked.Count + near.Count);
        foreach (var f in fused)
        {
            relevance[f.Row] = f.Score;
        }

        // A nearly matching question (QuestionNearMatch up to QuestionMatch) adds to its passage's own relevance, in
        // proportion to how close it is; it never jumps the passage to the top, as a full match does.
        foreach (var (row, similarity) in near)
        {
            relevance[row] = relevance.GetValueOrDefault(row) + NearQuestionLift(similarity);
        }

        var lifted = relevance.Count == 0 ? 0 : relevance.Values.Max();
        foreach (var (row, similarity) in asked)
        {
            relevance[row] = Math.Max(relevance.GetValueOrDefault(row), lifted) + QuestionLift(similarity);
        }

        // A methodology source answers only questions about evidence: the question names evidence quality, or it is
        // close to a question the methodology source itself asks, or the closest of all the corpus's questions is one
        // of its own. "why is a randomised trial trusted more than a survey?" repeats a GRADE heading word for word and
        // names no word of evidence, so it was answered without the paper that asks it.
        var aboutEvidence = AsksAboutEvidence(plan);
        var askedOfMethodology = asked.Concat(near).Where(m => _methodology[m.Row]).Select(m => m.Row).ToHashSet();
        if (closestRow >= 0 && _methodology[closestRow] && closestQuestion >= _settings.QuestionNear)
        {
            askedOfMethodology.Add(closestRow);
        }
        var ranked = relevance
            .Where(c => aboutEvidence || !_methodology[c.Key] || askedOfMethodology.Contains(c.Key))
            .Where(c => !Excluded(c.Key))
            .Where(c => options.Topics is not { Count: > 0 } topics || _sources[c.Key].Topics.Any(topics.Contains))
            // The label may reorder only passages within ComparableMargin of each other (SearchSettings).
            .Select(c => (Row: c.Key, Relevance: c.Value + (_settings.ComparableMargin * _evidenceStrength[c.Key])))
            .OrderByDescending(c => c.Relevance).ThenBy(c => c.Row)
            .Take(Math.Max(_settings.Candidates, options.MaxHits * 5))
            .ToList();
        var chosen = Choose(ranked, options.MaxHits);
        if (chosen.Count == 0)
        {
            return SearchResponse.Empty;
        }

        var weights = ConceptWeights(plan);
        var coverage = plan.IsEmpty ? 0 : chosen.Max(c => Coverage(plan, weights, _words[c.Row]));
        var bestDense = chosen.Max(c => dense[c.Row]);
        var answerable = IsAnswerable(plan, coverage, bestDense, asked.Count > 0, closestQuestion, options.InScope);
        // Reported confidence: the lexical coverage, as before, raised by the dense side for a question it vouches for.
        var confidence = answerable ? Math.Max(coverage, bestDense) : Math.Min(coverage, bestDense);
        if (!answerable)
        {
            return new SearchResponse([], confidence, false);
        }

        var best = chosen[0].Relevance;
        return new SearchResponse(
            [.. chosen.Select(c => new SearchHit(_passages[c.Row], _sources[c.Row], best > 0 ? c.Relevance / best : 0, relevance[c.Row]))],
            confidence, true, asked.Count > 0);
    }

    /// <summary>
    /// Lexical and dense signals together (docs/RETRIEVAL.md, "No answer"; calibrated on tests/data/questions.yaml and
    /// bench/Retrieval.Bench/dev-questions.yaml). A question a vetted document asks is answerable. A question naming a
    /// term of the domain (fibro, LDN, kratom, placebo…) needs only to be near some passage: lay wording ("can kids get
    /// fibro") shares few words with the text that answers it. A question naming none must both be covered by the
    /// passages' words and be close to one: "how common is parkinson's disease" shares "how common" with the
    /// prevalence passage (coverage 0.77) but not its meaning (cosine 0.655). Or it must be very close in meaning
    /// alone, to a passage (<see cref="SearchSettings.DenseAlone"/>) or to a question a document asks
    /// (<see cref="SearchSettings.QuestionNear"/>): members describe a symptom in their own words ("why do I wake up
    /// feeling like I never slept") that share almost none of the passage's. When the caller has judged the question to be
    /// in scope, a closest document question at <see cref="SearchSettings.QuestionNearInScope"/> is enough.
    /// </summary>
    private bool IsAnswerable(QueryPlan plan, double coverage, float bestDense, bool askedByDocument, float closestQuestion, bool inScope) =>
        askedByDocument
        // A search by vector alone (IVectorSearchable) has no words to cover: the dense side decides.
        || (plan.IsEmpty && bestDense >= _settings.DenseAnswer)
        || (plan.Concepts.Any(c => c.IsDomainTerm)
            ? bestDense >= _settings.DenseFloor
            : (bestDense >= _settings.DenseAnswer && coverage >= _settings.MinConfidenceWithoutDomainTerm)
              || bestDense >= _settings.DenseAlone
              || closestQuestion >= (inScope ? _settings.QuestionNearInScope : _settings.QuestionNear));

    /// <summary>
    /// What a matched document question adds: the bonus, and as much again in proportion to how far above the match
    /// threshold the cosine is. Short questions that differ in one word ("what is fibromyalgia?" and "what causes
    /// fibromyalgia?") are both above the threshold, so the closer one must also rank first; a cosine step of 0.02
    /// is worth more than the comparable margin, so the evidence label cannot undo it.
    /// </summary>
    private double QuestionLift(float similarity) =>
        _settings.QuestionBonus * (1 + ((similarity - _settings.QuestionMatch) / (1 - _settings.QuestionMatch)));

    /// <summary>
    /// Rows whose document asks a question at least <see cref="SearchSettings.QuestionMatch"/> close to the query, each
    /// once, with its closest question's cosine (a passage can be asked both by its heading and by a bold question line);
    /// and the closest document question of all, matched or not: its cosine and its passage's row (-1 when none).
    /// </summary>
    private (List<(int Row, float Similarity)> Matches, List<(int Row, float Similarity)> Near, float Closest, int ClosestRow) QuestionMatches(ReadOnlySpan<float> vector)
    {
        var found = new Dictionary<int, float>();
        var closest = 0f;
        var closestRow = -1;
        var questions = _vectors!.QuestionVectors;
        for (var i = 0; i < questions.Count; i++)
        {
            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(questions.Row(i), vector);
            var row = _vectors.Questions[i].Row;
            if (similarity > closest)
            {
                (closest, closestRow) = (similarity, row);
            }

            if (similarity >= _settings.QuestionNearMatch && similarity > found.GetValueOrDefault(row))
            {
                found[row] = similarity;
            }
        }

        return ([.. found.Where(f => f.Value >= _settings.QuestionMatch).Select(f => (f.Key, f.Value))],
            [.. found.Where(f => f.Value < _settings.QuestionMatch).Select(f => (f.Key, f.Value))],
            closest, closestRow);
    }

    /// <summary>From nothing at <see cref="SearchSettings.QuestionNearMatch"/> up to the full bonus at <see cref="SearchSettings.QuestionMatch"/>.</summary>
    private double NearQuestionLift(float similarity) =>
        _settings.QuestionBonus * (similarity - _settings.QuestionNearMatch) / (_settings.QuestionMatch - _settings.QuestionNearMatch);

    /// <summary>The best cosine of the query with each document question, for calibration reports.</summary>
    internal IReadOnlyList<(IndexedQuestion Question, float Similarity)> QuestionSimilarities(ReadOnlySpan<float> vector)
    {
        var list = new List<(IndexedQuestion, float)>();
        if (_vectors is null)
        {
            return list;
        }

        for (var i = 0; i < _vectors.QuestionVectors.Count; i++)
        {
            list.Add((_vectors.Questions[i], System.Numerics.Tensors.TensorPrimitives.Dot(_vectors.QuestionVectors.Row(i), vector)));
        }

        return [.. list.OrderByDescending(q => q.Item2)];
    }

    /// <summary>The two signals the no-answer rule reads, for calibration reports: lexical coverage and the best cosine.</summary>
    internal (double Coverage, float BestDense, bool Domain, int Unknown) Signals(string query, ReadOnlySpan<float> vector, int maxHits = 10)
    {
        var plan = _analyzer.Analyze(query);
        if (plan.IsEmpty)
        {
            return (0, BestDense(vector), false, 0);
        }

        var rows = _index.Search(plan.Phrases(TermsToMatch), _settings.Weights, _settings.Candidates).Take(maxHits);
        var weights = ConceptWeights(plan);
        var coverage = rows.Select(r => Coverage(plan, weights, _words[r.Row - 1])).DefaultIfEmpty(0).Max();
        return (coverage, BestDense(vector), plan.Concepts.Any(c => c.IsDomainTerm), UnknownConcepts(plan));
    }

    /// <summary>How many of the query's concepts the corpus never uses in any form.</summary>
    private int UnknownConcepts(QueryPlan plan) =>
        plan.Concepts.Count(c => c.Alternatives.Max(a => a.Min(_vocabulary.DocumentFrequency)) == 0);

    /// <summary>The best passage cosine, for calibration reports.</summary>
    internal float BestDense(ReadOnlySpan<float> vector)
    {
        if (_vectors is null)
        {
            return 0;
        }

        var dense = new float[_passages.Length];
        _vectors.Passages.Scores(vector, dense);
        return dense.Max();
    }

    /// <summary>A passage about young people, for a question that mentions none (<see cref="YoungPeople"/>).</summary>
    private bool IsLeftOut(int row, bool youngPeopleMentioned) => !youngPeopleMentioned && _aboutYoungPeople[row];

    /// <summary>
    /// A source about how evidence is graded (GRADE) explains evidence quality; it answers nothing about the
    /// condition or its treatments, however well its words match ("best medication" is not a question about GRADE).
    /// </summary>
    internal static bool IsMethodology(SourceDocument source) =>
        source.Kind == SourceKind.Vetted && source.Topics.Any(t => t is "grade" or "methodology");

    private static readonly HashSet<string> EvidenceWords = new(StringComparer.Ordinal)
    {
        "evidence", "grade", "graded", "grading", "certainty", "quality", "trustworthy", "trust", "trusted", "reliable", "reliability",
        "unreliable", "bias", "biased", "biases", "rigorous", "methodology", "method", "methods", "rated", "rating", "ratings", "label", "labels",
    };

    /// <summary>Whether the question is about evidence quality itself, the only questions a methodology source answers.</summary>
    private static bool AsksAboutEvidence(QueryPlan plan) =>
        plan.Concepts.Any(c => c.Alternatives.Any(a => a.Any(EvidenceWords.Contains)));

    private static readonly SourceDocument StrongestVetted = new("", "", "", null, null, SourceKind.Vetted, [], EvidenceLabels.StrongestFirst[0], "", "");

    /// <summary>BM25 only, with the evidence boost as a multiplier: the engine without an encoder.</summary>
    private SearchResponse LexicalSearch(string query, SearchOptions? options)
    {
        options ??= new SearchOptions();
        var plan = _analyzer.Analyze(query);
        if (plan.IsEmpty || options.MaxHits <= 0)
        {
            return SearchResponse.Empty;
        }

        var rows = _index.Search(plan.Phrases(TermsToMatch), _settings.Weights, Math.Max(_settings.Candidates, options.MaxHits * 5));
        var youngPeopleMentioned = YoungPeople.AreMentionedIn(query);
        var ranked = rows
            .Select(r => (Row: r.Row - 1, Relevance: r.Score * _evidenceBoost[r.Row - 1]))
            .Where(c => !IsLeftOut(c.Row, youngPeopleMentioned))
            .Where(c => options.Topics is not { Count: > 0 } topics || _sources[c.Row].Topics.Any(topics.Contains))
            .ToList();
        var chosen = Choose(ranked, options.MaxHits);

        if (chosen.Count == 0)
        {
            return SearchResponse.Empty;
        }

        // Answerable when some top passage covers the question: the best BM25 hit may match only its rarest word.
        var weights = ConceptWeights(plan);
        var confidence = chosen.Max(c => Coverage(plan, weights, _words[c.Row]));
        // A question naming none of the domain's terms must be covered more fully: "reset my router" shares one
        // rare word with a passage about LDN, and that alone must not make it look like ours.
        var required = plan.Concepts.Any(c => c.IsDomainTerm) ? _settings.MinConfidence : _settings.MinConfidenceWithoutDomainTerm;
        if (confidence < required)
        {
            return new SearchResponse([], confidence, false);
        }

        var best = chosen[0].Relevance;
        return new SearchResponse([.. chosen.Select(c => new SearchHit(_passages[c.Row], _sources[c.Row], c.Relevance / best))], confidence, true);
    }

    /// <summary>
    /// What a concept searches for. BM25 scores each phrase on its own, so a concept sent as several forms of one
    /// word, or as a word and a phrase containing it, would count several times; one form per stem is enough to
    /// find every passage. A concept with a form in half the passages or more is left out: bm25 gives that
    /// form an IDF of almost nothing, and its rarer synonyms would otherwise score as if the concept were rare.
    /// </summary>
    private IEnumerable<string[]> TermsToMatch(QueryConcept concept)
    {
        if (concept.Alternatives.Any(a => a.Length == 1 && _vocabulary.DocumentFrequency(a[0]) * 2 >= _vocabulary.DocumentCount))
        {
            return [];
        }

        return _distinctTerms.GetValueOrDefault(concept.Alternatives) ?? concept.Alternatives;
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
                var repeats = chosenFromSource.GetValueOrDefault(_sourceIndex[remaining[i].Row]);
                var value = remaining[i].Relevance * (repeats == 0 ? 1 : Math.Pow(_settings.SameSourceDiscount, repeats));
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
                chosenFromSource[_sourceIndex[candidate.Row]] = chosenFromSource.GetValueOrDefault(_sourceIndex[candidate.Row]) + 1;
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
        var (small, large) = _words[a].Length <= _words[b].Length ? (_words[a], _words[b]) : (_words[b], _words[a]);
        if (small.Length < _settings.DuplicateSimilarity * large.Length)
        {
            return false;
        }

        var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        if (_nearDuplicates.TryGetValue(key, out var known))
        {
            return known;
        }

        var similar = Similarity(small, large) >= _settings.DuplicateSimilarity;
        if (_nearDuplicates.Count < MaxRememberedPairs)
        {
            _nearDuplicates.TryAdd(key, similar);
        }

        return similar;
    }

    /// <summary>Guideline 1 + 5 steps, ..., opinion 1 + 0 steps, plus the vetted bonus: a tie-breaker, not an override.</summary>
    private double Boost(SourceDocument source) =>
        1 + (_settings.EvidenceStep * (EvidenceLabels.StrongestFirst.Count - 1 - (int)source.Label))
          + (source.Kind == SourceKind.Vetted ? _settings.VettedBonus : 0);

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
            var frequency = concept.Alternatives.Max(a => a.Min(_vocabulary.DocumentFrequency));
            var emphasis = frequency == 0 ? _settings.UnknownWordWeight : concept.IsDomainTerm ? _settings.DomainTermWeight : 1;
            weights[i] = _vocabulary.Idf(frequency) * emphasis;
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
