using System.Diagnostics;
using System.Text.Json;
using FibroBot.Retrieval.Corpus;
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
public sealed record IndexedCorpus(CorpusCatalog Catalog, PassageIndex Index, IndexState State, TimeSpan Elapsed, CorpusException? CorpusError)
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

    /// <summary>Opens the index, rebuilding it only when the corpus's content hash changed.</summary>
    public static IndexedCorpus Open(CorpusLocations locations) => Open(locations, forceRebuild: false);

    /// <summary>Rebuilds the index now, whatever the hash says.</summary>
    public static IndexedCorpus Rebuild(CorpusLocations locations) => Open(locations, forceRebuild: true);

    private static IndexedCorpus Open(CorpusLocations locations, bool forceRebuild)
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
        if (!forceRebuild && TryOpen(path) is { } existing)
        {
            if (existing.ContentHash == hash && existing.CatalogSnapshot is not null)
            {
                return new IndexedCorpus(catalog, existing, IndexState.Reused, clock.Elapsed, null);
            }

            existing.Dispose();
        }

        BuildAtomically(path, catalog, hash);
        return new IndexedCorpus(catalog, PassageIndex.OpenFile(path), IndexState.Rebuilt, clock.Elapsed, null);
    }

    /// <summary>Writes a complete index beside the target, then renames it over the target in one step.</summary>
    internal static void BuildAtomically(string path, CorpusCatalog catalog, string contentHash) =>
        BuildAtomically(path, Documents(catalog), new Dictionary<string, string>
        {
            [MetaKeys.ContentHash] = contentHash,
            [MetaKeys.CatalogSnapshot] = JsonSerializer.Serialize(CatalogSnapshot.From(catalog), SnapshotJson),
        });

    internal static void BuildAtomically(string path, IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> meta)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}{BuildingSuffix}";
        try
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
            using (var connection = new SqliteConnection(builder.ToString()))
            {
                connection.Open();
                PassageIndexWriter.Write(connection, documents, meta);
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

    private sealed record CatalogSnapshot(List<SourceDocument> Sources, List<Passage> Passages, List<SeedClaim> SeedClaims)
    {
        public static CatalogSnapshot From(CorpusCatalog catalog) =>
            new([.. catalog.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], [.. catalog.Passages], [.. catalog.SeedClaims]);

        public CorpusCatalog ToCatalog() => new(Sources, Passages, SeedClaims);
    }
}
