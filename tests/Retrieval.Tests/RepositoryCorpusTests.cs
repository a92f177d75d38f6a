using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

/// <summary>Checks on the repository's own corpus/, seeds/ and tests/data/questions.yaml: the vetted corpus's coverage and honesty.</summary>
public partial class RepositoryCorpusTests
{
    private static CorpusLocations Locations => new(Repository.Combine("corpus"), Repository.Combine("seeds"), Path.Combine(Path.GetTempPath(), "unused"));

    private static readonly Lazy<CorpusCatalog> Catalog = new(() => CorpusLoader.Load(Locations));

    private static IEnumerable<SourceDocument> Vetted => Catalog.Value.Sources.Values.Where(s => s.Kind == SourceKind.Vetted);

    [Fact]
    public void Repository_corpus_validates_with_at_least_thirty_vetted_sources()
    {
        var result = CorpusValidator.Validate(Locations);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.True(Vetted.Count() >= 30, $"{Vetted.Count()} vetted sources");
        Assert.Equal(5, Catalog.Value.Sources.Values.Count(s => s.Kind == SourceKind.Seed));
    }

    [Fact]
    public void Every_topic_a_seed_raises_has_a_vetted_source()
    {
        var vettedTopics = Vetted.SelectMany(s => s.Topics).ToHashSet(StringComparer.Ordinal);

        foreach (var seed in Catalog.Value.Sources.Values.Where(s => s.Kind == SourceKind.Seed))
        {
            Assert.All(seed.Topics, topic => Assert.True(vettedTopics.Contains(topic), $"{seed.Id} raises '{topic}', which no vetted source covers"));
        }
    }

    [FactBaseFact]
    public void Every_vetted_link_is_one_the_evidence_facts_list()
    {
        var facts = FactBase.Text;

        foreach (var source in Vetted.Where(s => s.Url is not null))
        {
            // The facts give DOIs bare and addresses without a scheme; the corpus writes both as links.
            var bare = LinkPrefix().Replace(source.Url!, string.Empty).TrimEnd('/');
            Assert.True(facts.Contains(bare, StringComparison.OrdinalIgnoreCase), $"{source.Id}: {source.Url} is not listed in evidence-facts.md");
        }
    }

    [Fact]
    public void Seeds_are_labelled_as_opinion_anecdote_or_marketing()
    {
        Assert.All(Catalog.Value.Sources.Values.Where(s => s.Kind == SourceKind.Seed),
            seed => Assert.Equal(EvidenceLabel.OpinionAnecdoteOrMarketing, seed.Label));
    }

    /// <summary>
    /// The answer pipeline searches ten deep and shows vetted passages before any seed (EndToEndTests in Bot.Tests
    /// asserts that every real answer leads with vetted evidence); here the engine must put a vetted passage within
    /// reach for every question that vetted evidence speaks to, and in its own top three for nearly all of them.
    /// </summary>
    [Fact]
    public void Where_vetted_evidence_speaks_to_a_question_a_vetted_passage_ranks_near_the_top()
    {
        using var engine = RetrievalEngine.InMemory(Catalog.Value, SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));
        var questions = QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml")).Questions
            .Where(q => q.RelevantSourceIds.Any(id => Catalog.Value.Sources.TryGetValue(id, out var s) && s.Kind == SourceKind.Vetted))
            .ToList();
        Assert.NotEmpty(questions);

        List<string> WithoutVettedIn(int depth) => questions
            .Where(q => !engine.Search.Search(q.Question, new SearchOptions(MaxHits: depth)).Hits.Any(h => h.Source.Kind == SourceKind.Vetted))
            .Select(q => $"{q.Id}: {q.Question}")
            .ToList();

        var outOfReach = WithoutVettedIn(10);
        var notInTopThree = WithoutVettedIn(3);
        // Known gap (issue 2's note): a general chronic-pain question whose words are near-universal in this corpus.
        Assert.True(outOfReach.Count <= 1, "no vetted passage in the top 10:\n" + string.Join("\n", outOfReach));
        Assert.True(notInTopThree.Count <= questions.Count / 20, "no vetted passage in the top 3:\n" + string.Join("\n", notInTopThree));
    }

    [Fact]
    public void Synonym_file_parses_into_the_required_groups()
    {
        var synonyms = SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt"));

        foreach (var (term, other) in new[]
        {
            ("ldn", "low dose naltrexone"), ("fibro", "fibromyalgia"), ("shrooms", "psilocybin"), ("magic mushrooms", "psilocybin"),
            ("acid", "lsd"), ("kratom", "mitragyna speciosa"), ("ketum", "kratom"), ("7-oh", "7-hydroxymitragynine"),
        })
        {
            var match = synonyms.Match(TextNormalizer.Tokens(term), 0);
            Assert.NotNull(match);
            Assert.Contains(match.Value.Terms, t => string.Join(' ', t) == string.Join(' ', TextNormalizer.Tokens(other)));
        }
    }

    [Theory]
    [InlineData("can you microdose if you take an SSRI")]
    [InlineData("is microdosing ok with snris")]
    public void A_question_naming_a_class_of_antidepressant_finds_the_passage_on_antidepressant_interactions(string question)
    {
        using var engine = RetrievalEngine.InMemory(Catalog.Value, SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));

        var hits = engine.Search.Search(question, new SearchOptions(MaxHits: 3)).Hits;

        Assert.Contains(hits, h => h.Passage.Text.Contains("antidepressants", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Repository_question_set_meets_the_retrieval_floor()
    {
        using var engine = RetrievalEngine.InMemory(Catalog.Value, SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));
        var scores = RetrievalEvaluation.Run(engine.Search, QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml")));

        // Floors a little under the figures recorded in docs/RETRIEVAL.md, so a corpus edit that breaks retrieval fails here.
        Assert.True(scores.RecallAt3 >= 0.6, scores.ToString());
        Assert.True(scores.MrrAt10 >= 0.75, scores.ToString());
        Assert.True(scores.AnsweredOnTopic >= 0.95, scores.ToString());
        Assert.True(scores.DeclinedOffTopic >= 0.95, scores.ToString());
    }

    [GeneratedRegex(@"^(https?://)?(dx\.)?(doi\.org/)?(www\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPrefix();
}
