using FibroBot.Retrieval.Embeddings;

namespace FibroBot.Safety.Tests;

[Trait("Category", "Slow")]
public sealed class QueryEmbeddingCacheTests
{
    [Fact]
    public void A_repeated_question_is_served_from_the_cache_with_the_same_vector()
    {
        var cache = new QueryEmbeddingCache(SharedModel.Embedder, capacity: 4);

        var first = cache.EmbedQueries(["what is ldn?"])[0];
        var again = cache.EmbedQueries(["what is ldn?"])[0];

        Assert.Same(first, again);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(SharedModel.Embedder.Embed("what is ldn?", TextRole.Query), first);
    }

    [Fact]
    public void The_least_recently_used_question_leaves_first()
    {
        var cache = new QueryEmbeddingCache(SharedModel.Embedder, capacity: 2);
        cache.EmbedQueries(["a question", "b question"]);
        cache.EmbedQueries(["a question"]);          // a is now the most recent
        cache.EmbedQueries(["c question"]);          // b leaves

        Assert.Equal(2, cache.Count);
        var missesBefore = cache.Misses;
        cache.EmbedQueries(["a question"]);
        Assert.Equal(missesBefore, cache.Misses);
        cache.EmbedQueries(["b question"]);
        Assert.Equal(missesBefore + 1, cache.Misses);
    }
}
