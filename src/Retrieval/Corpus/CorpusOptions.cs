namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// The <c>Corpus</c> configuration section. Every path is optional: unset paths fall back to the corpus bundled
/// with the build, then to the repository's corpus found by walking up from the current directory.
/// </summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>The corpus folder (vetted/, seeds.yaml, seed-claims.yaml, synonyms.txt).</summary>
    public string? Path { get; set; }

    /// <summary>The folder of seed texts.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>The folder for the index file; default <c>data/</c> under the content root or current directory.</summary>
    public string? DataPath { get; set; }

    /// <summary>
    /// Resolves the three folders. <paramref name="bundleRoot"/> is where the build copied <c>content/corpus</c> and
    /// <c>content/seeds</c> (usually the app's base directory); <paramref name="workingRoot"/> is the content root or
    /// current directory, where relative paths and the default data folder are anchored.
    /// </summary>
    public CorpusLocations Resolve(string bundleRoot, string workingRoot)
    {
        var corpus = Anchor(Path, workingRoot) ?? FindCorpus(bundleRoot, workingRoot)
            ?? throw new CorpusException(new CorpusProblem(
                "corpus", "Corpus:Path", $"no corpus folder found (looked in {System.IO.Path.Combine(bundleRoot, "content", "corpus")} and above {workingRoot}); set Corpus:Path"));
        var seeds = Anchor(SeedsPath, workingRoot) ?? SiblingSeeds(corpus);
        var data = Anchor(DataPath, workingRoot) ?? System.IO.Path.Combine(workingRoot, "data");
        return new CorpusLocations(corpus, seeds, data);
    }

    private static string? Anchor(string? path, string root) =>
        string.IsNullOrWhiteSpace(path) ? null : System.IO.Path.GetFullPath(path, root);

    private static string? FindCorpus(string bundleRoot, string workingRoot)
    {
        var bundled = System.IO.Path.Combine(bundleRoot, "content", "corpus");
        if (Directory.Exists(bundled))
        {
            return bundled;
        }

        for (var dir = new DirectoryInfo(workingRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "corpus");
            if (Directory.Exists(candidate) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "seeds")))
            {
                return candidate;
            }
        }

        return null;
    }

    // The bundle and the repository both keep seeds/ beside corpus/.
    private static string SiblingSeeds(string corpus) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(corpus))!, "seeds");
}
