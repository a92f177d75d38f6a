using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

/// <summary>A small corpus indexed in memory with the repository's real synonym file.</summary>
public sealed class SearchFixture : IDisposable
{
    private readonly TestCorpus _corpus = TestCorpus.Standard();

    public SearchFixture()
    {
        _corpus.Vetted("psilocybin-trial", label: "Randomized controlled trial", topics: "[psychedelics]", title: "Psilocybin microdosing trial", body: """
            Volunteers who microdosed psilocybin were compared with volunteers who took a placebo without knowing which they had. Mood and wellbeing improved in both groups by about the same amount, which suggests that expectation explains much of what people report. The trial did not study pain or fibromyalgia.
            """);
        _corpus.Vetted("lsd-survey", label: "Observational study or survey", topics: "[psychedelics]", title: "People who use LSD for pain", body: """
            An online survey asked people who had used LSD about their chronic pain. Many described short-lived relief, but nobody was assigned a treatment and there was no comparison group, so the survey cannot tell whether LSD caused any change in their pain.
            """);
        _corpus.Vetted("kratom-agency", label: "Health agency or regulator", topics: "[kratom]", title: "Agency warning on kratom products", body: """
            The agency warned that products sold as ketum or kratom can cause dependence, liver injury and seizures, and that some were contaminated. It has approved no kratom product for any medical use. People who stop after regular use can have withdrawal.
            """);
        _corpus.Vetted("oh-notice", label: "Health agency or regulator", topics: "[kratom]", title: "Concentrated 7-OH products", body: """
            Concentrated 7-hydroxymitragynine products are far more potent at opioid receptors than the leaf. Regulators have moved to control them because of overdose reports and their potential for addiction, and they are not approved medicines.
            """);
        Engine = RetrievalEngine.InMemory(CorpusLoader.Load(_corpus.Locations), SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));
    }

    internal RetrievalEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _corpus.Dispose();
    }
}

public class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IPassageSearch Search => fixture.Engine.Search;

    [Theory]
    [InlineData("Does LDN help fibro pain?", "ldn-trial")]
    [InlineData("Can shrooms help my mood?", "psilocybin-trial")]
    [InlineData("magic mushrooms microdose", "psilocybin-trial")]
    [InlineData("Has anyone tried acid for chronic pain?", "lsd-survey")]
    [InlineData("ketum dependence and seizures", "kratom-agency")]
    [InlineData("Mitragyna speciosa warning", "kratom-agency")]
    [InlineData("are 7-OH products dangerous", "oh-notice")]
    public void Synonyms_find_passages_that_use_another_name(string query, string expectedSource)
    {
        var response = Search.Search(query);

        Assert.True(response.Answerable, $"confidence {response.Confidence}");
        Assert.Equal(expectedSource, response.Hits[0].Source.Id);
    }

    [Theory]
    [InlineData("naltrexon trial", "ldn-trial")]
    [InlineData("is exercise safe with fibromyalga", "exercise-review")]
    [InlineData("kratum warning", "kratom-agency")]
    [InlineData("psilocibin microdosing", "psilocybin-trial")]
    [InlineData("excercise and pain", "exercise-review")]
    public void Misspelt_words_are_corrected_against_the_index_vocabulary(string query, string expectedSource)
    {
        var response = Search.Search(query);

        Assert.True(response.Answerable, $"confidence {response.Confidence}");
        Assert.Equal(expectedSource, response.Hits[0].Source.Id);
    }

    [Theory]
    [InlineData("What is the capital of France?")]
    [InlineData("fix my Python code")]
    [InlineData("Who won the football world cup in 1998?")]
    [InlineData("best chocolate cake recipe with eggs")]
    [InlineData("how do I reset my router")]
    [InlineData("who wrote the book about the survey")]
    public void Off_topic_questions_get_no_hits(string query)
    {
        var response = Search.Search(query);

        Assert.False(response.Answerable);
        Assert.Empty(response.Hits);
        Assert.InRange(response.Confidence, 0, 0.5);
    }

    [Fact]
    public void On_topic_questions_are_answerable_with_confidence_and_scores_in_range()
    {
        var response = Search.Search("Is exercise safe for people with fibromyalgia?");

        Assert.True(response.Answerable);
        Assert.InRange(response.Confidence, 0.5, 1);
        Assert.Equal("exercise-review", response.Hits[0].Source.Id);
        Assert.Equal(1.0, response.Hits[0].Score);
        Assert.All(response.Hits, h => Assert.InRange(h.Score, 0, 1));
        Assert.Equal(response.Hits.OrderByDescending(h => h.Score).Select(h => h.Passage.Id), response.Hits.Select(h => h.Passage.Id));
    }

    [Fact]
    public void Topic_filter_and_hit_limit_are_honoured()
    {
        var response = Search.Search("kratom fibromyalgia pain", new SearchOptions(MaxHits: 2, Topics: ["kratom"]));

        Assert.InRange(response.Hits.Count, 1, 2);
        Assert.All(response.Hits, h => Assert.Contains("kratom", h.Source.Topics));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        string.Empty, "   ", "\"", "\"\"\"", "*", "fibro*", "NEAR", "NEAR(fibromyalgia pain, 2)", "-", "pain -exercise", ":", "title:pain",
        "body : exercise", "AND OR NOT", "pain AND OR NOT exercise", "((((", "))", "(pain", "pain)", "^pain", "{title heading}: pain",
        "'; DROP TABLE fts; --", "\0\u0001\u0002", "😀🔥💊", "!!!???...", "ピアノ", "naïve café crème", "7-OH", "\"low dose\" naltrexone*",
        new string('a', 5000), string.Join(' ', Enumerable.Repeat("fibromyalgia exercise OR pain", 700)),
        string.Concat(Enumerable.Repeat("\"(*:-", 1000)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Hostile_query_text_never_throws(string query)
    {
        var response = Search.Search(query);

        Assert.InRange(response.Confidence, 0, 1);
        Assert.Equal(response.Answerable, response.Hits.Count > 0);
    }

    [Fact]
    public void Operator_words_in_user_text_are_searched_as_words_not_syntax()
    {
        var plain = Search.Search("exercise pain");
        var withOperators = Search.Search("exercise NOT pain");

        Assert.Equal(plain.Hits.Select(h => h.Passage.Id), withOperators.Hits.Select(h => h.Passage.Id));
    }

    [Fact]
    public void Concurrent_queries_get_the_same_answers_as_sequential_ones()
    {
        string[] queries = ["LDN fibro", "kratom withdrawal", "psilocybin mood", "exercise safe", "capital of France"];
        var expected = queries.ToDictionary(q => q, q => string.Join(',', Search.Search(q).Hits.Select(h => h.Passage.Id)));

        var results = new System.Collections.Concurrent.ConcurrentBag<(string Query, string Ids)>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var query = queries[i % queries.Length];
            results.Add((query, string.Join(',', Search.Search(query).Hits.Select(h => h.Passage.Id))));
        });

        Assert.All(results, r => Assert.Equal(expected[r.Query], r.Ids));
    }

    /// <summary>
    /// The answer pipeline declines a question about a medicine no source mentions; this is how it asks. The fixture
    /// mentions kratom, naltrexone, psilocybin, LSD, opioid receptors and mitragynine, and nothing else that is taken.
    /// </summary>
    [Theory]
    [InlineData("kratom", true)]
    [InlineData("naltrexon", true)]            // one letter short
    [InlineData("psilocybine", true)]          // the French spelling
    [InlineData("opioids", true)]              // a plural
    [InlineData("oxycodone", true)]            // not in any passage, but in the opioid synonym group
    [InlineData("low dose naltrexone", true)]  // a phrase of the LDN group
    [InlineData("7oh", true)]                  // written as one word; the passages have "7-hydroxymitragynine" and the group has "7-OH"
    [InlineData("magnesium", false)]
    [InlineData("cbd", false)]                 // its group (cannabidiol) is mentioned nowhere either
    [InlineData("fish oil", false)]
    [InlineData("hydroxyzine", false)]         // shares "hydroxy" with 7-hydroxymitragynine, not all but its last three letters
    public void Mentions_says_whether_any_passage_names_the_thing(string term, bool mentioned)
    {
        Assert.Equal(mentioned, Search.Mentions(term));
    }
}
