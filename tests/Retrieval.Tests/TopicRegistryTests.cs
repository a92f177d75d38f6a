using FibroBot.Retrieval.Corpus;

namespace FibroBot.Tests;

/// <summary>The one topic registry (<c>corpus/topics.yaml</c>): loaded and validated with the corpus, read by everything naming a topic.</summary>
public sealed class TopicRegistryTests
{
    private static readonly CorpusLocations Repository = new(FibroBot.TestKit.Repository.Combine("corpus"), FibroBot.TestKit.Repository.Combine("seeds"), Path.Combine(Path.GetTempPath(), "unused"));

    [Fact]
    public void Every_primary_topic_in_the_corpus_is_in_the_registry_and_the_catalog_carries_it()
    {
        var catalog = CorpusLoader.Load(Repository);
        var primary = catalog.Sources.Values.Select(s => s.Topics[0]).Distinct().ToList();

        Assert.NotEmpty(primary);
        Assert.All(primary, topic => Assert.True(catalog.Topics.Contains(topic), $"'{topic}' is not in topics.yaml"));
        Assert.Equal(["ldn", "psychedelics", "kratom"], catalog.Topics.Topics.Where(t => t.Substance).Select(t => t.Id));
    }

    [Fact]
    public void An_unknown_primary_topic_in_a_document_fails_validation_naming_the_registry()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Vetted("cbd-review", label: "Guideline or systematic review", topics: "[cannabis, fibromyalgia]", title: "CBD", body: "Some text about cannabis.");

        var problem = Assert.Single(CorpusValidator.Validate(corpus.Locations).Problems);

        Assert.Equal(("vetted/cbd-review.md", "topics"), (problem.File, problem.Field));
        Assert.Contains("'cannabis' is not in topics.yaml", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("kratom", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_registry_fails_validation()
    {
        using var corpus = TestCorpus.Standard();
        File.Delete(corpus.Locations.TopicsPath);

        Assert.Contains(CorpusValidator.Validate(corpus.Locations).Problems, p => p.File == CorpusLocations.TopicsFile);
    }

    [Theory]
    [InlineData("- id: ldn\n  name: LDN\n- id: ldn\n  name: again\n", "entry 2: id", "'ldn' is listed twice")]
    [InlineData("- id: ldn\n  name: LDN\n  synonyms: [naltrexone]\n- id: kratom\n  name: kratom\n  synonyms: [Naltrexone]\n", "entry 2: synonyms", "'Naltrexone' also names the topic 'ldn'")]
    [InlineData("- id: ldn\n  name: LDN\n  substance: yes please\n", "entry 1: substance", "must be true or false")]
    [InlineData("- id: ldn\n  synonyms: [ldn]\n", "entry 1: name", "missing field")]
    [InlineData("- id: ldn\n  name: LDN\n  synonyms: ['(ldn)']\n", "entry 1: synonyms", "is not a term")]
    [InlineData("- id: ldn\n  name: LDN\n  colour: blue\n", "entry 1: colour", "")]
    public void A_broken_registry_is_reported_entry_by_entry(string yaml, string field, string says)
    {
        using var corpus = new TestCorpus();
        corpus.Write($"corpus/{CorpusLocations.TopicsFile}", yaml);

        var error = Assert.Throws<CorpusException>(() => TopicRegistry.Load(corpus.Locations.TopicsPath));

        Assert.Contains(error.Problems, p => p.File == CorpusLocations.TopicsFile && p.Field == field && p.Problem.Contains(says, StringComparison.Ordinal));
    }
}
