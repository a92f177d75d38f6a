using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests.Hybrid;

[Trait("Category", "Slow")]
public class IndexVectorTests
{
    [Fact]
    public void The_first_build_embeds_every_passage_and_question_and_a_reopen_embeds_nothing()
    {
        using var corpus = TestCorpus.Standard();
        var counting = new CountingEmbedder(SharedEncoder.Embedder);

        using (var built = RetrievalEngine.Open(corpus.Locations, embedder: counting))
        {
            var catalog = built.Catalog;
            var expected = catalog.Passages.Count + IndexStore.Questions(catalog).Count;
            Assert.Equal(IndexState.Rebuilt, built.Indexed.State);
            Assert.Equal(expected, counting.Embedded);
            Assert.Equal(expected, built.Indexed.Embedding!.Embedded);
            Assert.Equal(catalog.Passages.Count, built.Indexed.Index.Vectors!.Passages.Count);
        }

        using var reopened = RetrievalEngine.Open(corpus.Locations, embedder: counting);
        Assert.Equal(IndexState.Reused, reopened.Indexed.State);
        Assert.Equal(0, reopened.Indexed.Embedding!.Embedded);
        Assert.True(reopened.PassageSearch.IsHybrid);
    }

    [Fact]
    public void A_corpus_change_re_embeds_only_the_passages_whose_text_changed()
    {
        using var corpus = TestCorpus.Standard();
        using (RetrievalEngine.Open(corpus.Locations, embedder: SharedEncoder.Embedder))
        {
        }

        // One sentence of one passage changes; every other passage (and every question) keeps its vector.
        var file = Path.Combine(corpus.Locations.CorpusPath, "vetted", "ldn-trial.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Vivid dreams and headaches", "Vivid dreams, nausea and headaches", StringComparison.Ordinal));
        var counting = new CountingEmbedder(SharedEncoder.Embedder);

        using var rebuilt = RetrievalEngine.Open(corpus.Locations, embedder: counting);

        Assert.Equal(IndexState.Rebuilt, rebuilt.Indexed.State);
        Assert.Equal(1, counting.Embedded);
        Assert.Equal(1, rebuilt.Indexed.Embedding!.Embedded);
        Assert.Contains(rebuilt.Catalog.Passages, p => p.Text.Contains("nausea", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lexical_only_index_is_rebuilt_with_vectors_when_an_encoder_is_given()
    {
        using var corpus = TestCorpus.Standard();
        using (var lexical = RetrievalEngine.Open(corpus.Locations))
        {
            Assert.Null(lexical.Indexed.Index.Vectors);
            Assert.False(lexical.PassageSearch.IsHybrid);
        }

        using var hybrid = RetrievalEngine.Open(corpus.Locations, embedder: SharedEncoder.Embedder);
        Assert.Equal(IndexState.Rebuilt, hybrid.Indexed.State);
        Assert.NotNull(hybrid.Indexed.Index.Vectors);
    }

    [Fact]
    public void Question_lines_of_vetted_documents_are_indexed_with_the_passage_that_answers_them()
    {
        using var corpus = TestCorpus.Standard();
        var catalog = CorpusLoader.Load(corpus.Locations);

        var questions = IndexStore.Questions(catalog);

        var safety = Assert.Single(questions, q => q.Text == "Is exercise safe for people with fibromyalgia?");
        Assert.Contains("Serious harms were rare", catalog.Passages[safety.Row].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(questions, q => catalog.Sources[catalog.Passages[q.Row].SourceId].Kind == SourceKind.Seed);
    }

    [Fact]
    public void Repository_question_headings_are_indexed()
    {
        var questions = IndexStore.Questions(SharedEncoder.RepositoryEngine.Catalog);

        Assert.Contains(questions, q => q.Text == "Is fibromyalgia a kind of arthritis?");
        Assert.Contains(questions, q => q.Text == "Who gets fibromyalgia?");
    }
}
