using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// Every source, every retrievable passage and every seed claim of one loaded corpus. Immutable and
/// safe to share between threads.
/// </summary>
public sealed partial class CorpusCatalog
{
    private readonly FrozenDictionary<string, Passage> _passagesById;
    private readonly FrozenDictionary<string, IReadOnlyList<SeedClaim>> _claimsByPassage;

    public CorpusCatalog(IEnumerable<SourceDocument> sources, IEnumerable<Passage> passages, IEnumerable<SeedClaim> seedClaims, TopicRegistry? topics = null)
    {
        Topics = topics ?? TopicRegistry.Empty;
        Sources = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Passages = [.. passages];
        SeedClaims = [.. seedClaims];
        _passagesById = Passages.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _claimsByPassage = SeedClaims
            .Select(claim => (claim, passage: FindAnchorPassage(claim)))
            .Where(pair => pair.passage is not null)
            .GroupBy(pair => pair.passage!.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SeedClaim>)[.. g.Select(pair => pair.claim)], StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, SourceDocument> Sources { get; }

    /// <summary>The corpus's primary topics (<c>topics.yaml</c>), loaded with it.</summary>
    public TopicRegistry Topics { get; }

    /// <summary>All passages in corpus order: vetted sources by id, then seeds in catalog order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    public IReadOnlyList<SeedClaim> SeedClaims { get; }

    public Passage? PassageById(string passageId) => _passagesById.GetValueOrDefault(passageId);

    /// <summary>The seed claims whose anchor phrase lies in this passage (empty for vetted passages).</summary>
    public IReadOnlyList<SeedClaim> SeedClaimsFor(Passage passage) =>
        _claimsByPassage.GetValueOrDefault(passage.Id) ?? [];

    /// <summary>
    /// The passage holding the anchor. Boilerplate stripping and chunking reflow whitespace, so the match
    /// ignores case and runs of whitespace; an anchor split over two passages belongs to the one holding its start.
    /// </summary>
    internal Passage? FindAnchorPassage(SeedClaim claim)
    {
        var anchor = Flatten(claim.Anchor);
        if (anchor.Length == 0)
        {
            return null;
        }

        var ofSeed = Passages.Where(p => p.SourceId == claim.SourceId).ToList();
        var whole = ofSeed.FirstOrDefault(p => Flatten(p.Text).Contains(anchor, StringComparison.Ordinal));
        if (whole is not null)
        {
            return whole;
        }

        var words = anchor.Split(' ');
        for (var take = words.Length - 1; take >= Math.Min(4, words.Length); take--)
        {
            var start = string.Join(' ', words.Take(take));
            var holder = ofSeed.FirstOrDefault(p => Flatten(p.Text).EndsWith(start, StringComparison.Ordinal));
            if (holder is not null)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>Lower case with every run of whitespace made one space: the form anchors are compared in.</summary>
    internal static string Flatten(string text) => Whitespace().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
