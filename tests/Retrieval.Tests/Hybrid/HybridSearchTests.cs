using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests.Hybrid;

[Trait("Category", "Slow")]
public class HybridSearchTests
{
    private static RetrievalEngine Engine => SharedEncoder.RepositoryEngine;

    [Theory]
    [InlineData("What is fibromyalgia?", new[] { "medlineplus-fibromyalgia", "niams-fibromyalgia-questions-and-answers", "cdc-fibromyalgia-archived-page", "better-health-channel-fibromyalgia" })]
    [InlineData("what causes fibromyalgia", new[] { "medlineplus-fibromyalgia", "better-health-channel-fibromyalgia", "cdc-fibromyalgia-archived-page" })]
    [InlineData("who gets fibromyalgia", new[] { "niams-fibromyalgia-questions-and-answers", "heidari-2017-fibromyalgia-prevalence", "medlineplus-fibromyalgia", "cdc-fibromyalgia-archived-page" })]
    [InlineData("can kids get fibro", new[] { "medlineplus-fibromyalgia", "niams-fibromyalgia-questions-and-answers", "heidari-2017-fibromyalgia-prevalence", "mayo-clinic-juvenile-fibromyalgia-symptoms", "mayo-clinic-juvenile-fibromyalgia-treatment", "kashikar-zuck-2014-juvenile-fibromyalgia-outcomes" })]
    [InlineData("what is pacing", new[] { "mayo-clinic-fibromyalgia-self-care" })]
    [InlineData("can fibromyalgia kill you", new[] { "wolfe-2011-fibromyalgia-mortality", "treister-goltzman-fibromyalgia-mortality-meta-analysis" })]
    public void Everyday_questions_lead_with_a_vetted_source_that_answers_them(string question, string[] answering)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.Equal(SourceKind.Vetted, response.Hits[0].Source.Kind);
        Assert.Contains(response.Hits[0].Source.Id, answering);
    }

    [Theory]
    // Nineteenth session, from a fresh FAQ probe: "works" meaning "helps" was stemmed to "work", and the sources about
    // keeping a job answered "what works for fibro?".
    [InlineData("what works for fibro?")]
    [InlineData("what do the official guidelines say works for fibro?")]
    public void What_works_is_a_question_about_treatment_not_employment(string question)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.DoesNotContain(response.Hits.Take(3), h => h.Source.Topics.Contains("work"));
    }

    [Fact]
    public void Working_with_fibromyalgia_still_finds_the_sources_about_work()
    {
        var response = Engine.Search.Search("can i keep working with fibro", new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.Contains("work", response.Hits[0].Source.Topics);
    }

    [Theory]
    // Found in the fifteenth session's new-user check: the FINAL trial's results sat under "What were the results?",
    // so "What did the 2013 LDN trial find?" (Younger's positive crossover) answered the question about FINAL first.
    [InlineData("what did the FINAL trial of LDN find?", "bruun-2024-final-ldn-trial")]
    [InlineData("what did the 2013 LDN trial find?", "younger-2013-ldn-crossover-rct")]
    public void A_question_naming_a_trial_leads_with_that_trial(string question, string trial)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.Equal(trial, response.Hits[0].Source.Id);
    }

    /// <summary>
    /// SearchOptions.InScope (sixteenth session): the caller's model is sure the message is a question of ours, so a question
    /// in a member's words, naming no domain term, needs a closest document question only at QuestionNearInScope. The
    /// question below is near "Who gets fibromyalgia?" (about 0.78) but shares few words with the passages; alone it is
    /// declined. A question about something else stays declined however sure the caller is.
    /// </summary>
    [Fact]
    public void A_question_the_caller_judged_in_scope_needs_a_less_close_document_question()
    {
        const string question = "who mostly gets it, women?";

        var alone = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));
        var inScope = Engine.Search.Search(question, new SearchOptions(MaxHits: 10, InScope: true));
        var offTopic = Engine.Search.Search("how long do cats live", new SearchOptions(MaxHits: 10, InScope: true));

        Assert.False(alone.Answerable);
        Assert.True(inScope.Answerable);
        Assert.Contains(inScope.Hits[0].Source.Id, (string[])["niams-fibromyalgia-questions-and-answers", "heidari-2017-fibromyalgia-prevalence", "wolfe-1995-fibromyalgia-prevalence-wichita", "medlineplus-fibromyalgia", "cdc-fibromyalgia-archived-page"]);
        Assert.False(offTopic.Answerable);
    }

    /// <summary>
    /// Sixteenth session: "is LDN effective for fibromyalgia?" led with an 8-woman pilot about inflammation, and "does
    /// LDN work…" with a women-only meta-analysis whose first sentence said only what it pooled. The 2023 systematic
    /// review's closing section now asks the question members ask, and its answer is the overall certainty.
    /// </summary>
    [Theory]
    [InlineData("is LDN effective for fibromyalgia?")]
    [InlineData("does LDN work for fibromyalgia?")]
    public void Whether_LDN_works_is_answered_first_by_a_systematic_review(string question)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.Equal(EvidenceLabels.StrongestFirst[0], response.Hits[0].Source.Label);
        Assert.Contains("certainty", response.Hits[0].Passage.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same question about kratom led with the CDC's overdose-death report, and about microdosing with a definition:
    /// their summaries' headings asked something else ("What does the US government's review … say about kratom?",
    /// "Does microdosing work better than placebo? Does it improve mood?"). Each now asks the member's question.
    /// </summary>
    [Theory]
    [InlineData("is kratom effective for pain?", "ahrq-2022-plant-based-chronic-pain-review")]
    [InlineData("does microdosing actually work?", "szigeti-2021-self-blinding-microdosing")]
    public void Whether_a_treatment_works_leads_with_the_source_that_answers_it(string question, string source)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));

        Assert.True(response.Answerable);
        Assert.Equal(source, response.Hits[0].Source.Id);
    }

    [Theory]
    [InlineData("why do i wake up so tired every morning?")]
    [InlineData("what helps fibro fatigue during the day")]
    [InlineData("does cbt work for fibro pain")]
    public void An_adults_question_is_not_answered_from_a_source_about_young_people(string question) =>
        Assert.DoesNotContain(AnswerableHits(question), h => YoungPeople.IsAbout(h.Source));

    [Theory]
    [InlineData("my teenage son wakes up tired every morning, why?")]
    [InlineData("can kids get fibro?")]
    [InlineData("i was diagnosed with fibro at 15, will it last into adulthood?")]
    public void A_question_about_a_young_person_can_be_answered_from_a_source_about_young_people(string question) =>
        Assert.Contains(AnswerableHits(question).Take(3), h => YoungPeople.IsAbout(h.Source));

    private static IReadOnlyList<SearchHit> AnswerableHits(string question)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 10));
        Assert.True(response.Answerable, question);
        return response.Hits;
    }

    [Fact]
    public void A_methodology_source_answers_only_questions_about_evidence_quality()
    {
        var medication = Engine.Search.Search("what's the best medication for fibromyalgia", new SearchOptions(MaxHits: 10));
        var evidence = Engine.Search.Search("what does low certainty evidence mean in GRADE", new SearchOptions(MaxHits: 10));

        Assert.DoesNotContain(medication.Hits, h => PassageSearch.IsMethodology(h.Source));
        Assert.True(PassageSearch.IsMethodology(evidence.Hits[0].Source));
    }

    [Theory]
    [InlineData("why is a randomised trial trusted more than a survey?")]
    [InlineData("where do testimonials and case reports rank?")]
    [InlineData("why do small unblinded studies exaggerate results?")]
    [InlineData("how do experts decide if a study can be believed?")]
    public void A_question_the_methodology_source_itself_asks_is_answered_from_it(string question)
    {
        // None of these names a word of evidence quality, so the methodology filter dropped the GRADE papers, and the
        // first was answered without the paper whose heading it repeats word for word (eighteenth session).
        var hits = AnswerableHits(question);

        Assert.Contains(hits.Take(3), h => PassageSearch.IsMethodology(h.Source));
    }

    /// <summary>
    /// "Comparable relevance" (SearchSettings.ComparableMargin): the label adds at most the margin to a passage's fused
    /// relevance, so a passage may rank above one that is more relevant only by less than the margin. Checked on
    /// every project question, for each source's first (undiscounted) hit.
    /// </summary>
    [Fact]
    public void The_evidence_label_reorders_only_passages_within_the_comparable_margin()
    {
        var margin = SearchSettings.Default.ComparableMargin;
        var set = QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml"));
        var reorderedSomewhere = false;
        foreach (var question in set.Questions)
        {
            var firsts = Engine.Search.Search(question.Question, new SearchOptions(MaxHits: 10)).Hits.DistinctBy(h => h.Source.Id).ToList();
            for (var i = 0; i < firsts.Count; i++)
            {
                for (var j = i + 1; j < firsts.Count; j++)
                {
                    var gap = firsts[j].Relevance - firsts[i].Relevance;
                    Assert.True(gap < margin, $"{question.Id}: {firsts[i].Passage.Id} ranks above {firsts[j].Passage.Id}, which is {gap:0.000} more relevant");
                    reorderedSomewhere |= gap > 0;
                }
            }
        }

        Assert.True(reorderedSomewhere, "the label never reordered anything: the margin test proves nothing");
    }

    [Fact]
    public void A_members_question_close_to_a_document_question_brings_its_answer_up()
    {
        var hits = Engine.Search.Search("is there a cure", new SearchOptions(MaxHits: 5)).Hits;

        Assert.Contains("Is there a cure?", hits[0].Passage.Heading + "\n" + hits[0].Passage.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Members' own words for things the corpus explains, naming no term of the synonym file and sharing few words with
    /// the passage: answered because they are close in meaning to a passage or to a question a document asks.
    /// </summary>
    [Theory]
    [InlineData("physio said my pain is 'nociplastic'?? what does that even mean", "nociplastic")]
    [InlineData("why is a randomized trial worth more than a big survey of users", "random")]
    [InlineData("what exactly counts as a flare and how long do they usually go on for", "flare")]
    [InlineData("do drs still press on those 18 tender points to diagnose it?", "tender")]
    public void Lay_questions_close_in_meaning_are_answered(string question, string answerWord)
    {
        var response = Engine.Search.Search(question, new SearchOptions(MaxHits: 3));

        Assert.True(response.Answerable, $"declined, confidence {response.Confidence:0.000}");
        Assert.Contains(response.Hits, h => (h.Passage.Heading + " " + h.Passage.Text).Contains(answerWord, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("what causes multiple sclerosis")]
    [InlineData("how is type 2 diabetes treated")]
    [InlineData("how common is parkinson's disease")]
    [InlineData("is rheumatoid arthritis an autoimmune disease")]
    [InlineData("how many planets are in the solar system")]
    [InlineData("what's the capital of France")]
    public void Other_diseases_and_general_knowledge_get_no_answer(string question)
    {
        var response = Engine.Search.Search(question);

        Assert.False(response.Answerable);
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void A_precomputed_query_vector_gives_the_same_answer_as_the_text_alone()
    {
        const string Question = "does low dose naltrexone help fibro fatigue";
        var vector = Engine.Search.EmbedQuery(Question);

        var byText = Engine.Search.Search(Question, new SearchOptions(MaxHits: 5));
        var byVector = Engine.Search.Search(Question, vector, new SearchOptions(MaxHits: 5));

        Assert.NotNull(vector);
        Assert.Equal(SentenceEmbedder.VectorDimensions, vector.Length);
        Assert.Equal(byText.Hits.Select(h => h.Passage.Id), byVector.Hits.Select(h => h.Passage.Id));
    }

    [Fact]
    public void A_nearly_matching_document_question_raises_its_passage_without_jumping_it_to_the_top()
    {
        var set = QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml"));
        var synonyms = SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt"));
        using var withoutNear = RetrievalEngine.InMemory(Engine.Catalog, synonyms,
            SearchSettings.Default with { QuestionNearMatch = SearchSettings.Default.QuestionMatch }, SharedEncoder.Embedder, SharedEncoder.Cache);

        var near = RetrievalEvaluation.Run(Engine.Search, set);
        var without = RetrievalEvaluation.Run(withoutNear.Search, set);

        // On the project set the near matches lift answering passages (MRR 0.849 without, 0.854 with, when written).
        Assert.True(near.MrrAt10 > without.MrrAt10, $"with near matches {near}, without {without}");
        Assert.True(near.RecallAt3 >= without.RecallAt3, $"with near matches {near}, without {without}");
    }

    [Fact]
    public void The_project_question_set_scores_at_least_as_well_as_bm25_alone()
    {
        var set = QuestionSet.Load(Repository.Combine("tests", "data", "questions.yaml"));
        using var lexical = RetrievalEngine.InMemory(Engine.Catalog, SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")));

        var hybrid = RetrievalEvaluation.Run(Engine.Search, set);
        var bm25 = RetrievalEvaluation.Run(lexical.Search, set);

        Assert.True(hybrid.RecallAt3 >= bm25.RecallAt3, $"hybrid {hybrid} vs bm25 {bm25}");
        Assert.True(hybrid.MrrAt10 >= bm25.MrrAt10, $"hybrid {hybrid} vs bm25 {bm25}");
        Assert.Equal(1.0, hybrid.DeclinedOffTopic);
    }
}
