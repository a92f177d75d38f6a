namespace FibroBot.Retrieval.Index;

/// <summary>
/// The index's own tokenizer (Porter stems) for a batch of terms, asked once at start-up, so search can tell which
/// query terms FTS5 would treat as the same term without a second stemmer of our own.
/// </summary>
public static class IndexTokenizer
{
    /// <summary>The stems of each of <paramref name="terms"/> (a term may be a phrase), as FTS5 would index them.</summary>
    public static IReadOnlyDictionary<string, string[]> Stems(IEnumerable<string> terms)
    {
        using var stemmer = new TermStemmer();
        return terms.Distinct(StringComparer.Ordinal).ToDictionary(term => term, term => stemmer.Stems(term), StringComparer.Ordinal);
    }
}
