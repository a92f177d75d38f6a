using FibroBot.Answers;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Tests.Answers;

/// <summary>The bot names topics only through the registry: detection, substances, follow-up names and disclaimers by id.</summary>
public sealed class TopicRegistryUseTests
{
    [Fact]
    public void Disclaimers_are_chosen_by_the_id_the_registry_gives_not_by_the_topic_name()
    {
        // A registry in which the topic 'kratom' brings the LDN disclaimer: string matching of topic to disclaimer
        // would show the kratom disclaimer; choosing by the registry's id shows the LDN one.
        var registry = new TopicRegistry([new Topic("kratom", "kratom", ["kratom"], Substance: true, Disclaimer: FixedTexts.Disclaimers.LdnId)]);
        var composer = new AnswerComposer(new CorpusCatalog([], [], [], registry));

        var answer = composer.Refusal(new ResolvedQuery("how much kratom", ["kratom"], ["kratom"], IsFollowUp: false, Substance: "kratom"));

        Assert.Equal([FixedTexts.Disclaimers.GeneralId, FixedTexts.Disclaimers.LdnId], answer.Disclaimers.Select(d => d.Id));
    }

    [Fact]
    public void A_topic_without_a_disclaimer_brings_only_the_general_one()
    {
        var composer = new AnswerComposer(FixtureCorpus.Catalog);

        var answer = composer.NoAnswer(new ResolvedQuery("fibro?", ["fibromyalgia"], ["fibro"], IsFollowUp: false, Substance: null));

        Assert.Equal([FixedTexts.Disclaimers.GeneralId], answer.Disclaimers.Select(d => d.Id));
    }

    [Fact]
    public void A_registry_naming_a_disclaimer_without_reviewed_text_stops_the_composer_naming_the_file()
    {
        var registry = new TopicRegistry([new Topic("cannabis", "cannabis", ["cannabis"], Substance: true, Disclaimer: "cannabis")]);

        var error = Assert.Throws<InvalidOperationException>(() => new AnswerComposer(new CorpusCatalog([], [], [], registry)));

        Assert.Contains("topics.yaml: topic 'cannabis' brings the disclaimer 'cannabis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_disclaimer_the_bundled_registry_names_has_reviewed_text()
    {
        var named = FixtureCorpus.Topics.Topics.Select(t => t.Disclaimer).OfType<string>().ToList();

        Assert.Equal(["ldn", "psychedelics", "kratom"], named);
        Assert.All(named, id => Assert.Equal(id, FixedTexts.Disclaimers.ById(id).Id));
    }

    [Theory]
    [InlineData("Is L.D.N. any good?", "ldn", "L.D.N")]
    [InlineData("what about low-dose  naltrexone", "ldn", "low-dose  naltrexone")]
    [InlineData("I read about micro-dosing", "psychedelics", "micro-dosing")]
    [InlineData("is 7-OH safe", "kratom", "7-OH")]
    [InlineData("mitragynine levels", "kratom", "mitragynine")]
    [InlineData("my fibro is bad", "fibromyalgia", "fibro")]
    [InlineData("chronic pain again", "chronic-pain", "chronic pain")]
    public void Messages_name_topics_by_the_registry_synonyms(string text, string topic, string term)
    {
        var mention = Assert.Single(TopicVocabulary.For(FixtureCorpus.Topics).Find(text));

        Assert.Equal(new TopicMention(topic, term), mention);
    }

    [Fact]
    public void A_follow_up_names_its_substance_by_the_registry_display_name()
    {
        var vocabulary = TopicVocabulary.For(FixtureCorpus.Topics);

        Assert.Equal("low-dose naltrexone", vocabulary.Subject("ldn"));
        Assert.Equal("psychedelic microdosing", vocabulary.Subject("psychedelics"));
        Assert.True(vocabulary.IsSubstance("kratom"));
        Assert.False(vocabulary.IsSubstance("fibromyalgia"));
    }
}
