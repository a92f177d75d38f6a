using FibroBot.Retrieval.Corpus;

namespace FibroBot.Tests;

public class CorpusLoaderTests
{
    [Fact]
    public void Valid_corpus_loads_sources_passages_and_claims()
    {
        using var corpus = TestCorpus.Standard();

        var catalog = CorpusLoader.Load(corpus.Locations);

        Assert.Equal(["exercise-review", "ldn-trial", "seed-kratom"], catalog.Sources.Keys.Order(StringComparer.Ordinal));
        var review = catalog.Sources["exercise-review"];
        Assert.Equal(EvidenceLabel.GuidelineOrSystematicReview, review.Label);
        Assert.Equal(SourceKind.Vetted, review.Kind);
        Assert.Equal(["fibromyalgia", "exercise"], review.Topics);
        Assert.Equal(2020, review.Year);
        Assert.Equal(SourceKind.Seed, catalog.Sources["seed-kratom"].Kind);
        Assert.Null(catalog.Sources["seed-kratom"].Url);
        Assert.All(catalog.Passages, p => Assert.StartsWith(p.SourceId + "#", p.Id, StringComparison.Ordinal));
        var claim = Assert.Single(catalog.SeedClaims);
        Assert.Equal(["exercise-review"], claim.VettedSourceIds);
    }

    [Fact]
    public void Seed_body_is_the_seed_file_byte_for_byte()
    {
        using var corpus = TestCorpus.Standard();
        var expected = File.ReadAllText(Path.Combine(corpus.Locations.SeedsPath, "kratom.txt"));

        var catalog = CorpusLoader.Load(corpus.Locations);

        Assert.Equal(expected, catalog.Sources["seed-kratom"].Body);
    }

    [Fact]
    public void Seed_claims_are_found_from_the_passage_holding_their_anchor()
    {
        using var corpus = TestCorpus.Standard();
        var catalog = CorpusLoader.Load(corpus.Locations);

        var seedPassage = catalog.Passages.Single(p => p.SourceId == "seed-kratom");
        var vettedPassage = catalog.Passages.First(p => p.SourceId == "exercise-review");

        Assert.Single(catalog.SeedClaimsFor(seedPassage));
        Assert.Empty(catalog.SeedClaimsFor(vettedPassage));
    }

    [Fact]
    public void Missing_field_names_file_and_field()
    {
        using var corpus = TestCorpus.Standard();
        var path = Path.Combine(corpus.Locations.CorpusPath, "vetted", "ldn-trial.md");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("publisher:", StringComparison.Ordinal)));

        var error = Assert.Throws<CorpusException>(() => CorpusLoader.Load(corpus.Locations));

        Assert.Contains(new CorpusProblem("vetted/ldn-trial.md", "publisher", "missing field"), error.Problems);
        Assert.Contains("vetted/ldn-trial.md: publisher: missing field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_label_is_reported_with_the_allowed_labels()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Vetted("blog-post", label: "Expert blog", topics: "[fibromyalgia]", title: "A blog", body: "Some text about fibromyalgia.");

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal(("vetted/blog-post.md", "label"), (problem.File, problem.Field));
        Assert.Contains("unknown label 'Expert blog'", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("'Randomized controlled trial'", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_is_reported_once_naming_the_id()
    {
        using var corpus = TestCorpus.Standard();
        var original = File.ReadAllText(Path.Combine(corpus.Locations.CorpusPath, "vetted", "ldn-trial.md"));
        corpus.Write("corpus/vetted/ldn-trial-copy.md", original);

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal("id", problem.Field);
        Assert.Contains("duplicate id 'ldn-trial'", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_file_is_reported_not_thrown()
    {
        using var corpus = TestCorpus.Standard();
        corpus.WriteBytes("corpus/vetted/broken.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0xC3, 0x28]);

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal("vetted/broken.md", problem.File);
        Assert.StartsWith("unreadable file", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_seed_text_and_missing_catalog_are_reported()
    {
        using var corpus = TestCorpus.Standard();
        File.Delete(Path.Combine(corpus.Locations.SeedsPath, "kratom.txt"));

        Assert.Contains(Problems(corpus), p => p is { File: "seeds.yaml", Field: "entry 1: file" } && p.Problem.Contains("not found", StringComparison.Ordinal));

        File.Delete(Path.Combine(corpus.Locations.CorpusPath, "seeds.yaml"));
        Assert.Contains(Problems(corpus), p => p.File == "seeds.yaml" && p.Problem.StartsWith("unreadable file", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_yaml_names_the_file_and_line()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Write("corpus/seed-claims.yaml", "- seed: seed-kratom\n  anchor: \"unterminated\n  claim: [x\n");

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal("seed-claims.yaml", problem.File);
        Assert.StartsWith("line ", problem.Field, StringComparison.Ordinal);
        Assert.StartsWith("bad YAML", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Dose_text_in_a_vetted_document_is_rejected_with_the_sentence()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Vetted("dosing", label: "Randomized controlled trial", topics: "[ldn]", title: "Dosing", body: "The trial used naltrexone. Participants took 4.5 mg at night.");

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal(("vetted/dosing.md", "body"), (problem.File, problem.Field));
        Assert.Contains("Participants took 4.5 mg at night.", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_missing_from_its_seed_is_reported()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Claims("""
            - seed: seed-kratom
              anchor: "cures fibromyalgia in a week"
              claim: Kratom cures fibromyalgia.
              verdict: contradicted
              note: No evidence.
              vetted: [exercise-review]
            """);

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal(("seed-claims.yaml", "entry 1: anchor"), (problem.File, problem.Field));
        Assert.Contains("not found in the text of seed 'seed-kratom'", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_in_boilerplate_is_reported_because_it_can_never_be_retrieved()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Claims("""
            - seed: seed-kratom
              anchor: "visit fibromyalgia store"
              claim: There is a store.
              verdict: unsupported
              note: Not evidence.
              vetted: [exercise-review]
            """);

        var problem = Assert.Single(Problems(corpus));

        Assert.Contains("boilerplate", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_pointing_at_an_unknown_vetted_id_is_reported()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Claims("""
            - seed: seed-kratom
              anchor: "is said by some sellers"
              claim: Sellers say it works.
              verdict: unsupported
              note: No trial.
              vetted: [exercise-review, no-such-review, seed-kratom]
            """);

        var problems = Problems(corpus);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Problem == "'no-such-review' is not a vetted source id");
        Assert.Contains(problems, p => p.Problem == "'seed-kratom' is not a vetted source id");
    }

    [Fact]
    public void Validator_reports_every_problem_not_just_the_first()
    {
        using var corpus = TestCorpus.Standard();
        corpus.Vetted("Bad_Id", label: "Nonsense", topics: "[cooking]", title: "x", body: "Text.", extraFields: "lable: typo");
        corpus.Write("corpus/vetted/no-front-matter.md", "Just a body.");
        corpus.Write("seeds/orphan.txt", "A seed nobody catalogued.");

        var result = CorpusValidator.Validate(corpus.Locations);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p is { File: "vetted/Bad_Id.md", Field: "id" });
        Assert.Contains(result.Problems, p => p is { File: "vetted/Bad_Id.md", Field: "label" });
        Assert.Contains(result.Problems, p => p is { File: "vetted/Bad_Id.md", Field: "topics" });
        Assert.Contains(result.Problems, p => p is { File: "vetted/Bad_Id.md", Field: "lable", Problem: "unknown field" });
        Assert.Contains(result.Problems, p => p is { File: "vetted/no-front-matter.md", Field: "front matter" });
        Assert.Contains(result.Problems, p => p is { File: "seeds.yaml", Field: "orphan.txt", Problem: "seed text has no catalog entry" });
        Assert.True(result.Problems.Count >= 6);
    }

    [Fact]
    public void Valid_corpus_validates_with_counts()
    {
        using var corpus = TestCorpus.Standard();

        var result = CorpusValidator.Validate(corpus.Locations);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(3, result.SourceCount);
        Assert.True(result.PassageCount >= 3);
    }

    [Fact]
    public void An_undated_vetted_source_writes_year_null_but_may_not_omit_it()
    {
        using var corpus = TestCorpus.Standard();
        var path = Path.Combine(corpus.Locations.CorpusPath, "vetted", "ldn-trial.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("year: 2020", "year: null", StringComparison.Ordinal));

        Assert.Null(CorpusLoader.Load(corpus.Locations).Sources["ldn-trial"].Year);

        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("year:", StringComparison.Ordinal)));
        var problem = Assert.Single(Problems(corpus));
        Assert.Equal(("vetted/ldn-trial.md", "year"), (problem.File, problem.Field));
    }

    [Fact]
    public void A_claim_citing_a_broken_vetted_document_is_not_reported_twice()
    {
        using var corpus = TestCorpus.Standard();
        var path = Path.Combine(corpus.Locations.CorpusPath, "vetted", "exercise-review.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("label: Guideline or systematic review", "label: Great", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(corpus));

        Assert.Equal(("vetted/exercise-review.md", "label"), (problem.File, problem.Field));
    }

    private static IReadOnlyList<CorpusProblem> Problems(TestCorpus corpus) => CorpusValidator.Validate(corpus.Locations).Problems;
}
