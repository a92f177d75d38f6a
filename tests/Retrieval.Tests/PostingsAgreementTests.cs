using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

/// <summary>
/// The in-memory postings must rank exactly as FTS5's own bm25() does on the same index: FTS5 is the reference,
/// so every difference here is a bug in our reader or scorer, not a tuning choice.
/// </summary>
public class PostingsAgreementTests
{
    private static readonly FieldWeights[] WeightSets = [FieldWeights.Default, new(1, 1, 1), new(5, 0.5, 1)];

    // Slow: the whole project question set, ranked both ways on the real corpus.
    [Fact]
    [Trait("Category", "Slow")]
    public void Every_project_question_ranks_as_fts5_ranks_it_on_the_real_corpus()
    {
        var locations = new CorpusLocations(Repository.Combine("corpus"), Repository.Combine("seeds"), Path.GetTempPath());
        var catalog = CorpusLoader.Load(locations);
        var synonyms = SynonymTable.Load(locations.SynonymsPath);
        using var index = PassageIndex.CreateInMemory(IndexStore.Documents(catalog));
        var analyzer = new QueryAnalyzer(synonyms, vocabulary: null);
        var set = QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml"));
        var queries = set.Questions.Select(q => q.Question).Concat(set.OffTopic).ToList();

        var compared = 0;
        foreach (var query in queries)
        {
            var plan = analyzer.Analyze(query);
            if (plan.IsEmpty)
            {
                continue;
            }

            foreach (var weights in WeightSets)
            {
                AssertSameRanking(index, plan.Phrases(), weights, limit: 50, query);
                compared++;
            }
        }

        Assert.True(compared >= 200, $"only {compared} comparisons ran");
    }

    [Fact]
    public void Phrases_repeated_terms_and_columns_score_as_in_fts5()
    {
        // Small rows where phrase order, repeats, column and length all matter.
        using var index = PassageIndex.CreateInMemory(
        [
            new("a", "Low dose naltrexone", "", "Naltrexone at a low dose, dose after dose."),
            new("b", "Dose", "Low dose", "naltrexone low dose naltrexone low dose naltrexone"),
            new("c", "", "", "The dose was low. Naltrexone was stopped; low naltrexone dose differs."),
            new("d", "Magic mushrooms", "Psilocybin", "magic mushroom stories and mushrooms, magic words"),
            new("e", "", "", string.Join(' ', Enumerable.Repeat("filler words about nothing in particular", 40)) + " low dose naltrexone"),
            new("f", "Running runners ran", "", "They were running trials; a runner runs."),
        ]);
        string[][][] queries =
        [
            [["low", "dose", "naltrexone"]],
            [["low", "dose", "naltrexone"], ["ldn"], ["naltrexone"]],
            [["magic", "mushrooms"], ["psilocybin"]],
            [["dose"], ["dose"]],
            [["running"]],
            [["nothing"], ["particular", "words"]],
            [["words", "about"]],
            [["absent"], ["dose", "naltrexone"]],
        ];

        foreach (var phrases in queries)
        {
            foreach (var weights in WeightSets)
            {
                AssertSameRanking(index, phrases, weights, limit: 10, string.Join(" OR ", phrases.Select(p => string.Join(' ', p))));
            }
        }
    }

    [Fact]
    public void A_phrase_must_run_in_order_within_one_column()
    {
        using var index = PassageIndex.CreateInMemory(
        [
            new("split", "magic", "mushrooms", "nothing here"),
            new("reversed", "", "", "mushrooms magic"),
            new("gap", "", "", "magic little mushrooms"),
            new("real", "", "", "some magic mushrooms"),
        ]);

        var rows = index.Search([["magic", "mushrooms"]], FieldWeights.Default, 10);

        Assert.Equal(["real"], rows.Select(r => index.DocumentIds[r.Row - 1]));
    }

    [Fact]
    public void The_limit_keeps_the_best_rows_and_ties_go_to_the_earlier_row()
    {
        using var index = PassageIndex.CreateInMemory(
            Enumerable.Range(1, 30).Select(i => new IndexDocument($"p{i}", "", "", i % 3 == 0 ? "pain pain relief" : "pain relief")));

        var rows = index.Search([["pain"]], FieldWeights.Default, 5);

        Assert.Equal(["p3", "p6", "p9", "p12", "p15"], rows.Select(r => index.DocumentIds[r.Row - 1]));
        Assert.True(rows.Zip(rows.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void Unknown_words_empty_phrases_and_a_zero_limit_find_nothing()
    {
        using var index = PassageIndex.CreateInMemory([new("a", "Title", "", "body text")]);

        Assert.Empty(index.Search([["zzzunknown"]], FieldWeights.Default, 10));
        Assert.Empty(index.Search([[]], FieldWeights.Default, 10));
        Assert.Empty(index.Search([], FieldWeights.Default, 10));
        Assert.Empty(index.Search([["body"]], FieldWeights.Default, 0));
        Assert.Single(index.Search([["bodies"]], FieldWeights.Default, 10));
    }

    [Fact]
    public void An_index_opened_from_its_file_searches_like_the_one_that_wrote_it()
    {
        using var corpus = TestCorpus.Standard();
        using var built = RetrievalEngine.Rebuild(corpus.Locations);
        var fromBuild = built.Indexed.Index.Search([["exercise"], ["naltrexone"]], FieldWeights.Default, 10);
        built.Dispose();

        using var reopened = RetrievalEngine.Open(corpus.Locations);
        Assert.Equal(IndexState.Reused, reopened.Indexed.State);
        var fromFile = reopened.Indexed.Index.Search([["exercise"], ["naltrexone"]], FieldWeights.Default, 10);

        Assert.NotEmpty(fromFile);
        Assert.Equal(fromBuild, fromFile);
    }

    private static void AssertSameRanking(PassageIndex index, IReadOnlyList<string[]> phrases, FieldWeights weights, int limit, string query)
    {
        var expected = index.SearchWithFts5(QueryPlan.ToMatchExpression(phrases), weights, limit);
        var actual = index.Search(phrases, weights, limit);

        Assert.True(expected.Count == actual.Count, $"'{query}': FTS5 found {expected.Count} rows, the postings {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(
                Math.Abs(expected[i].Score - actual[i].Score) <= 1e-9 * Math.Max(1, Math.Abs(expected[i].Score)),
                $"'{query}' rank {i + 1}: FTS5 score {expected[i].Score}, postings {actual[i].Score}");
        }

        // Rows with equal scores may come in either order; as sets per score they must match.
        var expectedRows = expected.GroupBy(r => Math.Round(r.Score, 9)).ToDictionary(g => g.Key, g => g.Select(r => r.Row).Order().ToList());
        var actualRows = actual.GroupBy(r => Math.Round(r.Score, 9)).ToDictionary(g => g.Key, g => g.Select(r => r.Row).Order().ToList());
        foreach (var (score, rows) in expectedRows)
        {
            if (actualRows.TryGetValue(score, out var found) && !found.SequenceEqual(rows) && score != Math.Round(expected[^1].Score, 9))
            {
                Assert.Fail($"'{query}': rows with score {score} differ: FTS5 {string.Join(',', rows)}, postings {string.Join(',', found)}");
            }
        }
    }
}
