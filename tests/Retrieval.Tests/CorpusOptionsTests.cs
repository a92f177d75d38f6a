using FibroBot.Retrieval.Corpus;

namespace FibroBot.Tests;

public class CorpusOptionsTests
{
    [Fact]
    public void Configured_paths_are_anchored_at_the_working_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "fibrobot-options");
        var options = new CorpusOptions { Path = "my-corpus", SeedsPath = "/abs/seeds", DataPath = "state" };

        var locations = options.Resolve(bundleRoot: "/nowhere", workingRoot: root);

        Assert.Equal(new CorpusLocations(Path.Combine(root, "my-corpus"), "/abs/seeds", Path.Combine(root, "state")), locations);
    }

    [Fact]
    public void The_bundled_corpus_comes_first_with_seeds_beside_it_and_data_under_the_working_root()
    {
        using var bundle = new TestCorpus();
        Directory.CreateDirectory(Path.Combine(bundle.Root, "content", "corpus"));

        var locations = new CorpusOptions().Resolve(bundle.Root, workingRoot: "/work/dir");

        Assert.Equal(Path.Combine(bundle.Root, "content", "corpus"), locations.CorpusPath);
        Assert.Equal(Path.Combine(bundle.Root, "content", "seeds"), locations.SeedsPath);
        Assert.Equal(Path.Combine("/work/dir", "data"), locations.DataPath);
    }

    [Fact]
    public void Without_a_bundle_the_repository_corpus_is_found_by_walking_up()
    {
        var locations = new CorpusOptions().Resolve(bundleRoot: "/nowhere", workingRoot: Repository.Combine("src", "Retrieval"));

        Assert.Equal(Repository.Combine("corpus"), locations.CorpusPath);
        Assert.Equal(Repository.Combine("seeds"), locations.SeedsPath);
    }
}
