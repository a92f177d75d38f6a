namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// STAND-IN for the retrieval work's catalog (replaced at merge): the loaded sources, passages and seed claims.
/// </summary>
public sealed class CorpusCatalog
{
    public CorpusCatalog(IEnumerable<SourceDocument> sources, IEnumerable<Passage> passages, IEnumerable<SeedClaim> seedClaims)
    {
        Sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Passages = [.. passages];
        SeedClaims = [.. seedClaims];
    }

    public IReadOnlyDictionary<string, SourceDocument> Sources { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public IReadOnlyList<SeedClaim> SeedClaims { get; }

    /// <summary>The seed claims anchored inside this passage's text.</summary>
    public IReadOnlyList<SeedClaim> SeedClaimsFor(Passage passage) =>
        [.. SeedClaims.Where(c => c.SourceId == passage.SourceId && passage.Text.Contains(c.Anchor, StringComparison.OrdinalIgnoreCase))];
}
