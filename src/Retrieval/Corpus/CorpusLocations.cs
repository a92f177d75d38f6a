namespace FibroBot.Retrieval.Corpus;

/// <summary>Where the corpus, the seed texts and the index live, resolved to absolute paths.</summary>
/// <param name="CorpusPath">The folder holding vetted/, seeds.yaml, seed-claims.yaml, synonyms.txt and glossary.txt.</param>
/// <param name="SeedsPath">The folder holding the seed texts, byte for byte as given.</param>
/// <param name="DataPath">The folder where the index file is kept.</param>
public sealed record CorpusLocations(string CorpusPath, string SeedsPath, string DataPath)
{
    public const string VettedFolder = "vetted";
    public const string SeedsCatalogFile = "seeds.yaml";
    public const string SeedClaimsFile = "seed-claims.yaml";
    public const string SynonymsFile = "synonyms.txt";
    public const string TopicsFile = "topics.yaml";
    public const string GlossaryFile = "glossary.txt";

    public string SynonymsPath => Path.Combine(CorpusPath, SynonymsFile);

    public string TopicsPath => Path.Combine(CorpusPath, TopicsFile);

    public string GlossaryPath => Path.Combine(CorpusPath, GlossaryFile);
}
