using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Bench;

/// <summary>Where the benchmarks find the project corpus: FIBROBOT_CORPUS / FIBROBOT_SEEDS, else the repository's.</summary>
internal static class BenchCorpus
{
    public static CorpusLocations Locations()
    {
        var root = RepositoryRoot();
        var corpus = Environment.GetEnvironmentVariable("FIBROBOT_CORPUS") ?? Path.Combine(root, "corpus");
        var seeds = Environment.GetEnvironmentVariable("FIBROBOT_SEEDS") ?? Path.Combine(root, "seeds");
        return new CorpusLocations(corpus, seeds, Path.Combine(Path.GetTempPath(), "fibrobot-bench-data"));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }

    /// <summary>Questions like the ones members ask, with synonyms and misspellings mixed in.</summary>
    public static readonly string[] Questions =
    [
        "Does exercise help fibromyalgia?",
        "Is LDN safe to take with other medicines?",
        "Can microdosing psilocybin help chronic pain?",
        "is kratom addictive",
        "what are 7-OH products",
        "Does low dose naltrexone work for fibro fatigue?",
        "shrooms for fibro pain",
        "Has anyone tried acid for nerve pain?",
        "naltrexon side effects",
        "kratum withdrawal symptoms",
        "psilocibin legal status in Oregon",
        "What causes fibromyalgia?",
        "How common is chronic pain?",
        "Is there a cure for fibromyalgia?",
        "What does the FDA say about kratom?",
        "placebo response in fibromyalgia trials",
        "What is the capital of France?",
        "fix my Python code",
    ];
}
