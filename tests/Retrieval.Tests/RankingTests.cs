using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

public class RankingTests
{
    [Fact]
    public void Among_comparable_passages_the_stronger_evidence_ranks_first()
    {
        using var corpus = new TestCorpus();
        const string Shared = "Magnesium supplements for muscle cramps in fibromyalgia were discussed.";
        corpus.Vetted("cramps-review", "Guideline or systematic review", "[fibromyalgia]", "Muscle problems",
            $"{Shared} Reviewers pooled several small trials and found no clear benefit over placebo for cramps or pain, and the trials were short and of low quality overall.");
        corpus.Vetted("cramps-survey", "Observational study or survey", "[fibromyalgia]", "Muscle problems",
            $"{Shared} Patients answered an online questionnaire and many said they felt better, although nobody compared them with people taking nothing at all.");
        corpus.Seed("seed-cramps", "cramps.txt", "Muscle problems",
            $"Muscle problems\n\n{Shared} Our readers love these capsules and tell us every week how much better they sleep, so we think every patient should consider them today.");
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(corpus.Locations), SynonymTable.Empty);

        var hits = engine.Search.Search("magnesium supplements muscle cramps fibromyalgia").Hits;

        Assert.Equal(["cramps-review", "cramps-survey", "seed-cramps"], hits.Select(h => h.Source.Id));
    }

    [Fact]
    public void Stronger_evidence_does_not_outrank_a_much_more_relevant_passage()
    {
        using var corpus = new TestCorpus();
        corpus.Vetted("general-review", "Guideline or systematic review", "[fibromyalgia]", "Fibromyalgia care overview",
            "Guidelines cover education, exercise, sleep, psychological therapies and some medicines for fibromyalgia. Many other remedies, including dietary supplements such as magnesium, have been tried by patients, but the guideline did not review each of them and made no recommendation for them one way or the other.");
        corpus.Seed("seed-magnesium", "magnesium.txt", "Magnesium for cramps",
            "Magnesium for cramps\n\nMagnesium cramps: our magnesium capsules target muscle cramps. Magnesium glycinate, magnesium citrate and magnesium malate each ease cramps in their own way, and readers with night cramps say magnesium changed everything for their cramps.");
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(corpus.Locations), SynonymTable.Empty);

        var hits = engine.Search.Search("magnesium cramps").Hits;

        Assert.Equal("seed-magnesium", hits[0].Source.Id);
    }

    [Fact]
    public void Near_duplicate_passages_are_collapsed_to_the_better_one()
    {
        using var corpus = new TestCorpus();
        const string Text = "Regular tai chi classes improved sleep, pain and mood in adults with fibromyalgia compared with stretching and education. The benefit lasted for months after the classes ended in several of the studies that followed people up.";
        corpus.Vetted("tai-chi-review", "Guideline or systematic review", "[fibromyalgia]", "Tai chi", Text);
        corpus.Write("corpus/seeds.yaml", "[]");
        corpus.Vetted("tai-chi-copy", "Observational study or survey", "[fibromyalgia]", "Tai chi", Text.Replace("several of the studies", "some studies", StringComparison.Ordinal));
        using var engine = RetrievalEngine.InMemory(CorpusLoader.Load(corpus.Locations), SynonymTable.Empty);

        var hits = engine.Search.Search("tai chi sleep fibromyalgia").Hits;

        Assert.Equal(["tai-chi-review"], hits.Select(h => h.Source.Id));
    }

    [Fact]
    public void A_second_source_that_answers_is_not_crowded_out_by_more_passages_of_the_first()
    {
        using var corpus = new TestCorpus();
        corpus.Write("corpus/seeds.yaml", "[]");
        const string Review = """
            Yoga eased pain in fibromyalgia across the pooled trials. Pain scores fell further with yoga than with usual care, and the reviewers judged the certainty moderate because the trials were small and unblinded. Most programmes combined gentle postures, breathing and relaxation, were taught by trained instructors, and ran in groups at community centres or clinics. Attendance was good in most trials, and people who stopped early usually gave reasons unrelated to the classes, such as travel, work or family duties. The authors noted that expectations may have shaped the reported pain relief, since nobody could be blinded to taking part in a yoga class.

            Yoga also helped stiffness and fatigue in fibromyalgia, although these outcomes were measured in fewer trials and with different questionnaires. Sleep changed little, and no serious harms were reported by any trial in the review. Longer yoga programmes did not clearly beat shorter ones for pain. The reviewers called for larger trials with active comparison groups, standard outcome measures and longer follow-up before firm advice can be given, and they asked future authors to report every adverse event, however minor, so that later reviews can weigh benefits against harms.
            """;
        corpus.Vetted("yoga-review", "Guideline or systematic review", "[fibromyalgia]", "Yoga for fibromyalgia", Review);
        corpus.Vetted("yoga-trial", "Randomized controlled trial", "[fibromyalgia]", "A yoga trial",
            "In one small trial, women with fibromyalgia who joined a yoga programme reported less pain than those on a waiting list. The trial recruited through newspaper adverts and a hospital clinic, randomised the women by computer, and collected questionnaires at the start, at the end and three months later, when the difference had faded. Dropout was higher on the waiting list, and the authors said larger studies were needed.");
        var catalog = CorpusLoader.Load(corpus.Locations);
        using var engine = RetrievalEngine.InMemory(catalog, SynonymTable.Empty);
        using var undiscounted = RetrievalEngine.InMemory(catalog, SynonymTable.Empty, SearchSettings.Default with { SameSourceDiscount = 1 });

        var hits = engine.Search.Search("yoga pain fibromyalgia").Hits;

        Assert.DoesNotContain("yoga-trial", undiscounted.Search.Search("yoga pain fibromyalgia").Hits.Take(2).Select(h => h.Source.Id));
        Assert.Contains("yoga-trial", hits.Take(2).Select(h => h.Source.Id));
    }
}
