namespace FibroBot.Retrieval.Corpus;

public enum SourceKind
{
    Seed,
    Vetted,
}

/// <summary>One catalogued source: a vetted summary under corpus/ or a seed article under seeds/.</summary>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Publisher,
    string? Url,
    int? Year,
    SourceKind Kind,
    IReadOnlyList<string> Topics,
    EvidenceLabel Label,
    string QualityNote,
    string Body);

/// <summary>A piece of a source that a reader can take alone.</summary>
public sealed record Passage(string Id, string SourceId, int Ordinal, string? Heading, string Text);

/// <summary>A seed claim that vetted evidence contradicts or does not support, anchored to the seed text.</summary>
public sealed record SeedClaim(
    string SourceId,
    string Anchor,
    string Claim,
    string Verdict,
    string Note,
    IReadOnlyList<string> VettedSourceIds);
