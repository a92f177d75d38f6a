using System.Diagnostics;
using System.Text.Json;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

public enum IndexState
{
    /// <summary>The index on disk matched the corpus's content hash and was opened as it was.</summary>
    Reused,

    /// <summary>The corpus changed (or there was no usable index), so the index was rebuilt.</summary>
    Rebuilt,

    /// <summary>The corpus failed to load; the last good index serves instead, with the catalog it was built from.</summary>
    LastGood,
}

/// <summary>An opened index with the catalog whose passages it holds.</summary>
/// <param name="Embedding">What the build embedded and reused (<see cref="EmbeddingReport.None"/> when nothing was built or no encoder was given).</param>
public sealed record IndexedCorpus(CorpusCatalog Catalog, PassageIndex Index, IndexState State, TimeSpan Elapsed, CorpusException? CorpusError,
    EmbeddingReport? Embedding = null)
    : IDisposable
{
    public void Dispose() => Index.Dispose();
}

/// <summary>
/// Keeps the index file in the data folder in step with the corpus: reuses it while the content hash is
/// unchanged, rebuilds it atomically otherwise (build into a temporary file, then rename over the old one, so a
/// crash mid-build leaves the last good index), and falls back to the last good index when the corpus is broken.
/// </summary>
public static class IndexStore
{
    public const string IndexFileName = "retrieval-index.sqlite";
    private const string BuildingSuffix = ".building";

    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = false };

    public static string IndexPath(CorpusLocations locations) => Path.Combine(locations.DataPath, IndexFileName);

    /// <summary>
    /// Opens the index, rebuilding it only when the corpus's content hash changed or, given an encoder, when the
    /// index holds no vectors of that encoder's model.
    /// </summary>
    /// <param name="embedder">Embeds passages at build time; null builds a BM25-only index.</param>
    /// <param name="cache">Vectors shared beyond this data folder (a test run's bots); looked up before embedding.</param>
    public static IndexedCorpus Open(CorpusLocations locations, ITextEmbedder? embedder = null, VectorCache? cache = null) =>
        Open(locations, forceRebuild: false, embedder, cache);

    /// <summary>Rebuilds the index now, whatever the hash says (vectors whose passage did not change are reused).</summary>
    public static IndexedCorpus Rebuild(CorpusLocations locations, ITextEmbedder? embedder = null, VectorCache? cache = null) =>
        Open(locations, forceRebuild: true, embedder, cache);

    private static IndexedCorpus Open(CorpusLocations locations, bool forceRebuild, ITextEmbedder? embedder, VectorCache? cache)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(locations.DataPath);
        var path = IndexPath(locations);
        RemoveAbandonedBuilds(locations.DataPath);

        CorpusCatalog catalog;
        try
        {
            catalog = CorpusLoader.Load(locations);
        }
        catch (CorpusException error) when (!forceRebuild && TryOpenLastGood(path) is { } lastGood)
        {
            return new IndexedCorpus(lastGood.Catalog, lastGood.Index, IndexState.LastGood, clock.Elapsed, error);
        }

        var hash = ContentHash.Compute(locations);
        Dictionary<string, float[]>? known = null;
        if (TryOpen(path) is { } existing)
        {
            var vectorsFit = embedder is null || existing.Vectors?.ModelId == embedder.ModelId;
            if (!forceRebuild && existing.ContentHash == hash && existing.CatalogSnapshot is not null && vectorsFit)
            {
                return new IndexedCorpus(catalog, existing, IndexState.Reused, clock.Elapsed, null, EmbeddingReport.None);
            }

            // The old file's vectors are still good for every passage whose text did not change.
            known = existing.Vectors?.ByKey();
            existing.Dispose();
        }

        var report = BuildAtomically(path, catalog, hash, embedder, known, cache);
        return new IndexedCorpus(catalog, PassageIndex.OpenFile(path), IndexState.Rebuilt, clock.Elapsed, null, report);
    }

    /// <summary>Writes a complete index beside the target, then renames it over the target in one step.</summary>
    internal static EmbeddingReport BuildAtomically(string path, CorpusCatalog catalog, string contentHash,
        ITextEmbedder? embedder = null, IReadOnlyDictionary<string, float[]>? known = null, VectorCache? cache = null)
    {
        var documents = Documents(catalog).ToList();
        IndexVectors? vectors = null;
        var report = EmbeddingReport.None;
        if (embedder is not null)
        {
            (vectors, report) = IndexVectors.Build(documents, Questions(catalog), embedder, known, cache);
        }

        BuildAtomically(path, documents, new Dictionary<string, string>
        {
            [MetaKeys.ContentHash] = contentHash,
            [MetaKeys.CatalogSnapshot] = JsonSerializer.Serialize(CatalogSnapshot.From(catalog), SnapshotJson),
        }, vectors);
        return report;
    }

    internal static void BuildAtomically(string path, IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> meta, IndexVectors? vectors = null)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}{BuildingSuffix}";
        try
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
            using (var connection = new SqliteConnection(builder.ToString()))
            {
                connection.Open();
                PassageIndexWriter.Write(connection, documents, meta, vectors);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static IEnumerable<IndexDocument> Documents(CorpusCatalog catalog) =>
        catalog.Passages.Select(p => new IndexDocument(p.Id, catalog.Sources[p.SourceId].Title, p.Heading ?? string.Empty, p.Text));

    /// <summary>
    /// The questions vetted documents ask and answer: a passage's heading when it is a question (<c>## Question?</c>),
    /// and its own short lines that are questions (<c>**Question?**</c> lines, or a question heading run on into the
    /// passage). Seeds are left out: their questions are rhetorical marketing, not answers we vouch for.
    /// </summary>
    public static List<IndexedQuestion> Questions(CorpusCatalog catalog)
    {
        var questions = new List<IndexedQuestion>();
        for (var row = 0; row < catalog.Passages.Count; row++)
        {
            var passage = catalog.Passages[row];
            if (catalog.Sources[passage.SourceId].Kind != SourceKind.Vetted)
            {
                continue;
            }

            var asked = new List<string>();
            if (passage.Heading is { } heading && IsQuestion(heading))
            {
                asked.Add(heading.Trim());
            }

            asked.AddRange(passage.Text.Split('\n').Select(l => l.Trim()).Where(IsQuestion));
            questions.AddRange(asked.Distinct(StringComparer.Ordinal).Select(q => new IndexedQuestion(row, q)));
        }

        return questions;
    }

    // A question line is short and ends with '?'; a long sentence ending in '?' inside prose is not a heading.
    private static bool IsQuestion(string line) =>
        line.EndsWith('?') && line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 20;

    private static PassageIndex? TryOpen(string path)
    {
        try
        {
            return File.Exists(path) ? PassageIndex.OpenFile(path) : null;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidDataException or IOException)
        {
            return null;   // unreadable or not an index: rebuild it
        }
    }

    private static (CorpusCatalog Catalog, PassageIndex Index)? TryOpenLastGood(string path)
    {
        if (TryOpen(path) is not { } index)
        {
            return null;
        }

        if (SnapshotOf(index) is { } catalog && catalog.Passages.Select(p => p.Id).SequenceEqual(index.DocumentIds))
        {
            return (catalog, index);
        }

        index.Dispose();
        return null;
    }

    private static CorpusCatalog? SnapshotOf(PassageIndex index)
    {
        try
        {
            return index.CatalogSnapshot is { } json ? JsonSerializer.Deserialize<CatalogSnapshot>(json, SnapshotJson)?.ToCatalog() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A process killed mid-build leaves its temporary file; it was never the index, so it can go.
    private static void RemoveAbandonedBuilds(string dataPath)
    {
        foreach (var abandoned in Directory.EnumerateFiles(dataPath, $"{IndexFileName}.*{BuildingSuffix}"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(abandoned) < DateTime.UtcNow.AddMinutes(-10))
                {
                    File.Delete(abandoned);
                }
            }
            catch (IOException)
            {
                // another process may be building right now; its file is not ours to remove
            }
        }
    }

    /// <summary>
    /// Everything the bot reads from a catalog, the topic registry included: the last good index serves with it alone,
    /// and without the registry its answers would lose the disclaimers their topics bring.
    /// </summary>
    private sealed record CatalogSnapshot(List<SourceDocument> Sources, List<Passage> Passages, List<SeedClaim> SeedClaims, List<Topic>? Topics)
    {
        public static CatalogSnapshot From(CorpusCatalog catalog) =>
            new([.. catalog.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], [.. catalog.Passages], [.. catalog.SeedClaims], [.. catalog.Topics.Topics]);

        public CorpusCatalog ToCatalog() => new(Sources, Passages, SeedClaims, Topics is null ? null : new TopicRegistry(Topics));
    }
}
