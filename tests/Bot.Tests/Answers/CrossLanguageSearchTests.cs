using FibroBot.Answers;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;
using FibroBot.Tests.Safety;

namespace FibroBot.Tests.Answers;

/// <summary>
/// Twentieth session: a question in one of the six other languages searches the English corpus in English words
/// (<see cref="Glossary"/>, corpus/glossary.txt); an English question is searched as written.
/// </summary>
public sealed class CrossLanguageSearchTests
{
    private static readonly Glossary Words = Glossary.Parse(
    [
        "# english: foreign, …",
        "liver: fegato, hígado, Leber",
        "harm: fa male, schadet",
        "addictive: verslavend, adictivo",
        "-: il, al, el, es, ist, die, der, is",
    ]);

    [Theory]
    [InlineData("il kratom fa male al fegato?", "kratom harm liver", 3)]
    [InlineData("¿El kratom es adictivo?", "kratom addictive", 1)]
    [InlineData("Schadet Kratom der Leber?", "harm kratom liver", 2)]
    public void Known_terms_become_English_and_function_words_are_dropped(string text, string english, int known)
    {
        var translated = Words.Translate(text);

        Assert.Equal(english, translated.Text);
        Assert.True(translated.Known >= known, $"{translated.Known} known");
    }

    [Fact]
    public void A_term_listed_twice_keeps_its_first_meaning_and_bad_lines_are_skipped()
    {
        var glossary = Glossary.Parse(["liver: fegato", "heart: fegato", "no colon here", ": orphan", "pain: dolore"]);

        Assert.Equal(2, glossary.Count);
        Assert.Equal("liver pain", glossary.Translate("fegato dolore").Text);
    }

    [Theory]
    [InlineData("il kratom fa male al fegato?", "kratom harm liver")]
    [InlineData("does kratom harm the liver?", "does kratom harm the liver?")]
    public void The_pipeline_searches_other_languages_in_English_and_English_as_written(string message, string searched)
    {
        var search = new QueryRecordingSearch();
        var pipeline = new AnswerPipeline(SharedSafety.Triage, SharedSafety.Embedder, search, FixtureCorpus.Catalog,
            new PassageRedaction(FixtureCorpus.Catalog), new AnswerComposer(FixtureCorpus.Catalog), Words, new MessageLanguage());

        pipeline.Answer(message, ConversationMemory.Empty);

        Assert.Equal(searched, Assert.Single(search.Queries.Distinct()));
    }

    /// <summary>The shipped glossary turns a question in each of the six languages into the corpus's English words.</summary>
    [Theory]
    [InlineData("¿el kratom es malo para el hígado?", "kratom", "liver")]
    [InlineData("Hilft LDN bei Fibromyalgie und Müdigkeit?", "ldn", "fibromyalgia", "fatigue")]
    [InlineData("les champignons magiques sont-ils légaux en France ?", "legal")]
    [InlineData("o ldn tem efeitos colaterais na gravidez?", "ldn", "side effects", "pregnancy")]
    [InlineData("is kratom verslavend?", "kratom", "addictive")]
    [InlineData("la fibromialgia è ereditaria? mia madre ce l'ha", "fibromyalgia")]
    public void The_shipped_glossary_translates_questions_in_the_six_languages(string question, params string[] english)
    {
        var glossary = Glossary.Load(Path.Combine(AppContext.BaseDirectory, "content", "corpus", FibroBot.Retrieval.Corpus.CorpusLocations.GlossaryFile));
        Assert.True(glossary.Count > 1000, $"{glossary.Count} terms");

        var (text, known) = glossary.Translate(question);

        Assert.True(known > 0);
        Assert.All(english, word => Assert.Contains(word, text, StringComparison.Ordinal));
    }

    private sealed class QueryRecordingSearch : IPassageSearch
    {
        public List<string> Queries { get; } = [];

        public SearchResponse Search(string query, SearchOptions? options = null)
        {
            Queries.Add(query);
            return SearchResponse.Empty;
        }
    }
}
