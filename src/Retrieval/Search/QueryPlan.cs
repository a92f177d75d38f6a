using System.Text;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// One concept of a query: the word (or synonym phrase) the user wrote and the alternatives that may stand for it
/// (synonyms, a spelling correction). A passage matching any alternative matches the concept.
/// <see cref="IsDomainTerm"/> marks concepts found in the domain synonym file.
/// </summary>
public sealed record QueryConcept(IReadOnlyList<string[]> Alternatives, bool IsDomainTerm = false);

/// <summary>
/// An analysed query: its concepts and the phrases they search for. <see cref="ToMatchExpression"/> is the only way
/// user text reaches FTS5 MATCH: every term is a double-quoted phrase of letter-and-digit tokens, so no operator,
/// column filter, prefix star or quote can appear.
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryConcept> Concepts)
{
    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>Every alternative of every concept: the phrases a plain query searches for, any of which may match.</summary>
    public IReadOnlyList<string[]> Phrases() => [.. Concepts.SelectMany(c => c.Alternatives)];

    /// <summary>
    /// For each concept, the phrases <paramref name="termsToMatch"/> picks (it may pick none); when it picks none at
    /// all, every alternative, so a query of only common words still finds something.
    /// </summary>
    public IReadOnlyList<string[]> Phrases(Func<QueryConcept, IEnumerable<string[]>> termsToMatch)
    {
        var picked = Concepts.SelectMany(termsToMatch).ToList();
        return picked.Count > 0 ? picked : Phrases();
    }

    /// <summary>The FTS5 MATCH expression for <paramref name="phrases"/>: each a double-quoted phrase, joined by OR.</summary>
    public static string ToMatchExpression(IReadOnlyList<string[]> phrases)
    {
        var match = new StringBuilder();
        foreach (var phrase in phrases)
        {
            match.Append(match.Length > 0 ? " OR " : string.Empty).Append('"').AppendJoin(' ', phrase).Append('"');
        }

        return match.ToString();
    }
}

/// <summary>Turns user text into a <see cref="QueryPlan"/>: tokens, stopwords out, spelling corrected, synonyms expanded.</summary>
public sealed class QueryAnalyzer(SynonymTable synonyms, Vocabulary? vocabulary)
{
    /// <summary>Plain BM25 over the words as written: what the generic BEIR runs use.</summary>
    public static QueryAnalyzer Plain { get; } = new(SynonymTable.Empty, vocabulary: null);

    public QueryPlan Analyze(string? query)
    {
        var written = TextNormalizer.Tokens(query);
        var corrected = written.Select(CorrectSpelling).ToList();
        var concepts = new List<QueryConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < written.Count;)
        {
            if ((synonyms.Match(written, i) ?? synonyms.Match(corrected, i)) is { } synonym)
            {
                Add(concepts, seen, new QueryConcept(synonym.Terms, IsDomainTerm: true));
                i += synonym.Length;
                continue;
            }

            // "what works for fibro?" asks which treatments help: it searches as "treatment", never as employment.
            if (MeansEffective(written, i))
            {
                if (synonyms.Match(TreatmentWord, 0) is { } treatment)
                {
                    Add(concepts, seen, new QueryConcept(treatment.Terms, IsDomainTerm: true));
                }

                i++;
                continue;
            }

            // A bare number means nothing without its unit or name ("7-OH" is matched above, as a synonym phrase).
            if (!Stopwords.Contains(written[i]) && written[i].Length > 1 && !written[i].All(char.IsDigit))
            {
                Add(concepts, seen, new QueryConcept(written[i] == corrected[i] ? [[written[i]]] : [[written[i]], [corrected[i]]]));
            }

            i++;
        }

        return new QueryPlan(concepts);
    }

    private static readonly string[] TreatmentWord = ["treatment"];

    private static readonly HashSet<string> BeforeWorks = new(StringComparer.Ordinal)
    {
        "what", "which", "that", "it", "this", "nothing", "anything", "something", "really", "actually", "still", "best", "ldn", "kratom",
    };

    private static readonly HashSet<string> AfterWorks = new(StringComparer.Ordinal) { "for", "on", "better", "best", "well" };

    /// <summary>
    /// "works" in "what works for fibro?" means helps, not employment: the index stems it to "work", and the sources
    /// about keeping a job led the answer. It asks which treatment helps, so it searches as the treatment synonyms.
    /// </summary>
    private static bool MeansEffective(IReadOnlyList<string> words, int i) =>
        words[i] == "works" && ((i > 0 && BeforeWorks.Contains(words[i - 1])) || (i + 1 < words.Count && AfterWorks.Contains(words[i + 1])));

    // Synonym words are part of the vocabulary, so a known synonym is never "corrected" into something else.
    private string CorrectSpelling(string word) =>
        vocabulary is null || Stopwords.Contains(word) ? word : vocabulary.Correct(word) ?? word;

    private static void Add(List<QueryConcept> concepts, HashSet<string> seen, QueryConcept concept)
    {
        if (seen.Add(string.Join('|', concept.Alternatives.Select(a => string.Join(' ', a)))))
        {
            concepts.Add(concept);
        }
    }
}
