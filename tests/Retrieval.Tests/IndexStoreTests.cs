using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

public class IndexStoreTests
{
    [Fact]
    public void Index_is_rebuilt_only_when_the_corpus_content_changes()
    {
        using var corpus = TestCorpus.Standard();

        using (var first = IndexStore.Open(corpus.Locations))
        {
            Assert.Equal(IndexState.Rebuilt, first.State);
        }

        var built = File.GetLastWriteTimeUtc(IndexStore.IndexPath(corpus.Locations));
        using (var second = IndexStore.Open(corpus.Locations))
        {
            Assert.Equal(IndexState.Reused, second.State);
            Assert.Equal(built, File.GetLastWriteTimeUtc(IndexStore.IndexPath(corpus.Locations)));
        }

        corpus.Vetted("new-source", "Randomized controlled trial", "[fibromyalgia]", "Aquatic exercise", "Warm water exercise eased stiffness in a small trial of adults with fibromyalgia.");
        using var third = IndexStore.Open(corpus.Locations);
        Assert.Equal(IndexState.Rebuilt, third.State);
        Assert.Contains(third.Index.DocumentIds, id => id.StartsWith("new-source#", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seed_text_change_also_changes_the_content_hash()
    {
        using var corpus = TestCorpus.Standard();
        var before = ContentHash.Compute(corpus.Locations);

        File.AppendAllText(Path.Combine(corpus.Locations.SeedsPath, "kratom.txt"), " ");

        Assert.NotEqual(before, ContentHash.Compute(corpus.Locations));
    }

    [Fact]
    public void A_crash_mid_build_leaves_the_last_good_index_in_place()
    {
        using var corpus = TestCorpus.Standard();
        using (IndexStore.Open(corpus.Locations))
        {
        }

        var path = IndexStore.IndexPath(corpus.Locations);
        var goodBytes = File.ReadAllBytes(path);

        Assert.Throws<IOException>(() => IndexStore.BuildAtomically(path, FailingHalfway(), new Dictionary<string, string>()));

        Assert.Equal(goodBytes, File.ReadAllBytes(path));
        Assert.Equal([IndexStore.IndexFileName], Directory.GetFiles(corpus.Locations.DataPath).Select(Path.GetFileName));
        using var reopened = IndexStore.Open(corpus.Locations);
        Assert.Equal(IndexState.Reused, reopened.State);
    }

    [Fact]
    public void A_broken_corpus_keeps_serving_the_last_good_index_and_names_the_file()
    {
        using var corpus = TestCorpus.Standard();
        IReadOnlyList<Topic> topics;
        using (var engine = RetrievalEngine.Open(corpus.Locations))
        {
            Assert.True(engine.Search.Search("exercise fibromyalgia").Answerable);
            topics = engine.Catalog.Topics.Topics;
        }

        corpus.Write("corpus/seeds.yaml", "- id: [broken\n");

        using var fallback = RetrievalEngine.Open(corpus.Locations);
        Assert.Equal(IndexState.LastGood, fallback.Indexed.State);
        // The registry serves too, or answers would lose the disclaimers their topics bring.
        Assert.NotEmpty(topics);
        Assert.Equal(topics.Select(t => (t.Id, t.Disclaimer, t.Substance)), fallback.Catalog.Topics.Topics.Select(t => (t.Id, t.Disclaimer, t.Substance)));
        Assert.Contains("seeds.yaml", fallback.Indexed.CorpusError!.Message, StringComparison.Ordinal);
        Assert.Equal(3, fallback.Catalog.Sources.Count);
        Assert.Single(fallback.Catalog.SeedClaims);
        Assert.Equal("exercise-review", fallback.Search.Search("exercise fibromyalgia").Hits[0].Source.Id);
    }

    [Fact]
    public void A_broken_corpus_with_no_index_fails_with_the_file_named()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Write("corpus/vetted/ldn-trial.md", "---\nid: ldn-trial\n---\nbody");

        var error = Assert.Throws<CorpusException>(() => RetrievalEngine.Open(corpus.Locations));

        Assert.Contains("vetted/ldn-trial.md", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(IndexStore.IndexPath(corpus.Locations)));
    }

    [Fact]
    public void A_corrupt_index_file_is_replaced_by_a_rebuild()
    {
        using var corpus = TestCorpus.Standard();
        File.WriteAllText(IndexStore.IndexPath(corpus.Locations), "this is not a database");

        using var engine = RetrievalEngine.Open(corpus.Locations);

        Assert.Equal(IndexState.Rebuilt, engine.Indexed.State);
        Assert.True(engine.Search.Search("naltrexone").Answerable);
    }

    [Fact]
    public void Index_verb_path_rebuilds_even_when_nothing_changed()
    {
        using var corpus = TestCorpus.Standard();
        using (RetrievalEngine.Open(corpus.Locations))
        {
        }

        using var rebuilt = RetrievalEngine.Rebuild(corpus.Locations);

        Assert.Equal(IndexState.Rebuilt, rebuilt.Indexed.State);
    }

    private static IEnumerable<IndexDocument> FailingHalfway()
    {
        yield return new IndexDocument("a#1", "A", string.Empty, "first document");
        yield return new IndexDocument("a#2", "A", string.Empty, "second document");
        throw new IOException("disk full (simulated)");
    }
}
