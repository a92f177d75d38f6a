using System.Security.Cryptography;
using System.Text;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Index;

/// <summary>
/// A fingerprint of everything the index is built from: every file under the corpus and seeds folders (path and
/// bytes) and the index format version, so a change to either the content or the chunking code forces a rebuild.
/// </summary>
public static class ContentHash
{
    /// <summary>Bump when chunking, boilerplate stripping or the index schema change what an index holds.</summary>
    public const string IndexFormatVersion = "fibrobot-index-6";

    public static string Compute(CorpusLocations locations)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(IndexFormatVersion));
        AppendFolder(hash, "corpus", locations.CorpusPath);
        AppendFolder(hash, "seeds", locations.SeedsPath);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendFolder(IncrementalHash hash, string name, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            var bytes = File.ReadAllBytes(full);
            hash.AppendData(Encoding.UTF8.GetBytes($"\0{name}/{relative}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
        }
    }
}
