using System.Text.RegularExpressions;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.Safety;

namespace FibroBot.Tests.Answers;

/// <summary>Issue 13: everyday questions lead with a vetted source, a quoted "In short" with [n] markers, trimmed excerpts, topic disclaimers.</summary>
[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed partial class ShortAnswerTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    /// <summary>The conversation a new member has: each question after the first names fibromyalgia only as "it".</summary>
    private static readonly (string Question, string[] Answering)[] Conversation =
    [
        ("What is fibromyalgia?", ["medlineplus-fibromyalgia", "niams-fibromyalgia-questions-and-answers", "cdc-fibromyalgia-archived-page", "better-health-channel-fibromyalgia"]),
        ("what causes fibromyalgia?", ["medlineplus-fibromyalgia", "better-health-channel-fibromyalgia", "cdc-fibromyalgia-archived-page"]),
        ("who gets fibromyalgia?", ["niams-fibromyalgia-questions-and-answers", "heidari-2017-fibromyalgia-prevalence", "medlineplus-fibromyalgia", "cdc-fibromyalgia-archived-page"]),
    ];

    [Fact]
    public void What_is_fibromyalgia_what_causes_it_and_who_gets_it_each_lead_with_a_vetted_source_that_answers()
    {
        var memory = ConversationMemory.Empty;
        foreach (var (question, answering) in Conversation)
        {
            var result = corpus.Pipeline.Answer(question, memory);
            memory = result.Memory;
            var answer = result.Answer;

            Assert.Equal(AnswerKind.Answer, answer.Kind);
            Assert.False(answer.Passages[0].Source.IsWeak, question);
            Assert.Contains(answer.Passages[0].Source.Id, answering);
            Assert.NotEmpty(answer.InShort);
        }
    }

    /// <summary>
    /// Follow-ups that name their subject only through the previous question; triage, reading the message alone, may
    /// call them off-topic or small talk, so this is answered only if the pipeline puts the subject back.
    /// </summary>
    [Theory]
    [InlineData("what medicines are approved for it?", "approved")]
    [InlineData("what causes it?", "cause")]
    public void A_follow_up_to_what_is_fibromyalgia_leads_with_a_vetted_source_that_answers(string followUp, string answerWord)
    {
        var first = corpus.Pipeline.Answer("What is fibromyalgia?", ConversationMemory.Empty);
        var answer = corpus.Pipeline.Answer(followUp, first.Memory).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.False(answer.Passages[0].Source.IsWeak);
        Assert.Contains(answer.InShort, s => s.Text.Contains(answerWord, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "What is fibromyalgia?" and "What causes fibromyalgia?" are both close to each other's indexed question; the
    /// document that asks the member's own question must lead, and its short answer must describe the condition.
    /// </summary>
    [Fact]
    public void What_is_fibromyalgia_leads_with_the_overview_that_asks_that_question()
    {
        var answer = corpus.Pipeline.Answer("What is fibromyalgia?", ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("What is fibromyalgia?", answer.Passages[0].Heading);
        Assert.DoesNotContain(answer.InShort, s => s.Text.Contains("not known", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_source_is_shown_by_its_findings_not_by_its_limits()
    {
        // Nineteenth session: the CDC count of kratom deaths was cited by its "Limits" section alone, so the answer
        // to "how many die" held no count.
        var answer = corpus.Pipeline.Answer("how many people die from kratom each year?", ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains(answer.Sources, s => s.Id == "cdc-mmwr-2019-kratom-overdose-deaths");
        Assert.DoesNotContain(answer.Passages, p => p.Heading is { } h && h.StartsWith("Limits", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_about_a_studys_limits_may_be_answered_from_them()
    {
        var answer = corpus.Pipeline.Answer("what are the weaknesses of the tai chi trial?", ConversationMemory.Empty).Answer;

        // The trial's own "Limits" section: one hospital, single-blind.
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains(answer.Passages, p => p.Text.Contains("single-blind", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_fibromyalgia_gets_no_substance_disclaimer()
    {
        var answer = corpus.Pipeline.Answer("What is fibromyalgia?", ConversationMemory.Empty).Answer;

        Assert.Equal(["general"], answer.Disclaimers.Select(d => d.Id));
    }

    [Fact]
    public void A_kratom_question_keeps_the_kratom_disclaimer()
    {
        var answer = corpus.Pipeline.Answer("can kratom hurt your liver", ConversationMemory.Empty).Answer;

        Assert.Contains("kratom", answer.Disclaimers.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(EndToEndTests.ProjectQuestions), MemberType = typeof(EndToEndTests))]
    public void The_in_short_quotes_vetted_passages_word_for_word_with_matching_markers_in_markdown_and_card(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;
        if (answer.Kind != AnswerKind.Answer)
        {
            return;
        }

        var markdown = MarkdownRenderer.Render(answer);
        var card = AdaptiveCardRenderer.Render(answer).ToJsonString();
        Assert.InRange(answer.InShort.Count, 0, AnswerExcerpts.MaxInShortSentences);
        foreach (var sentence in answer.InShort)
        {
            var passage = Assert.Single(answer.Passages, p => p.Position == sentence.Position);
            Assert.False(passage.Source.IsWeak);
            Assert.Contains(corpus.Catalog.Passages, p => p.SourceId == passage.Source.Id && p.Text.Contains(sentence.Text, StringComparison.Ordinal));
            // A clause cut off at ';' or a list item without its lead-in starts in lower case; neither is quoted alone.
            Assert.True(sentence.Context is not null || !char.IsLower(sentence.Text.First(char.IsLetterOrDigit)), sentence.Text);
            if (sentence.Context is { } context)
            {
                // A question heading such as "What does this add?" means nothing above a sentence quoted on its own.
                Assert.True(!context.EndsWith('?') || !Regex.IsMatch(context.ToLowerInvariant(), @"\b(?:this|that|it|then)\b"), context);
                Assert.Contains(corpus.Catalog.Passages, p => p.SourceId == passage.Source.Id && (p.Heading == context || p.Text.Contains(context, StringComparison.Ordinal)));
            }

            Assert.Equal(sentence.Text, DoseRedactor.Redact(sentence.Text).Text);
            Assert.False(DoseLanguage.ContainsDoseOrSchedule(sentence.Text));
            var marked = MarkdownRenderer.InShortSentence(sentence);
            Assert.EndsWith($" [{sentence.Position}]", marked, StringComparison.Ordinal);
            Assert.Contains(marked, markdown, StringComparison.Ordinal);
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(marked)[1..^1], card, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EndToEndTests.ProjectQuestions), MemberType = typeof(EndToEndTests))]
    public void No_stray_heading_appears_in_the_middle_of_a_quoted_passage(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        foreach (var passage in answer.Passages)
        {
            var lines = passage.Text.Split('\n');
            Assert.DoesNotContain(lines.Skip(1), l => AnswerExcerpts.IsHeadingLike(l));
            Assert.DoesNotContain(lines, l => StrayLimits().IsMatch(l));
        }
    }

    [Fact]
    public void The_trimmer_drops_a_run_on_heading_and_keeps_the_answering_sentences()
    {
        const string Text = "Exercise reduced pain in most trials.\nLimits of this source\nThe trials were small and short.";

        var trimmed = AnswerExcerpts.Trim(Text, "does exercise help");

        Assert.Equal("Exercise reduced pain in most trials.\nThe trials were small and short.", trimmed);
    }

    /// <summary>
    /// Seventeenth session: the items of a list that end with a comma were taken for run-on headings, so "can kratom
    /// cause liver damage" quoted the lead-in and only the last item, and its In short was "27 reports posted on online
    /// forums." An item that opens with a count is an item too, quoted only with its lead-in and only when it matches.
    /// </summary>
    [Fact]
    public void List_items_ending_in_a_comma_are_kept_and_an_item_is_never_quoted_alone()
    {
        const string Text = "The cases came from four kinds of source:\n26 cases published in medical journals,\n27 reports posted on online forums.";

        Assert.Equal(Text, AnswerExcerpts.Trim(Text, "can kratom cause liver damage"));
        var answer = corpus.Pipeline.Answer("can kratom cause liver damage", ConversationMemory.Empty).Answer;
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains(answer.InShort, s => s.Text.Contains("likely cause", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.InShort, s => s.Context is null && char.IsDigit(s.Text[0]));
    }

    /// <summary>
    /// Seventeenth session: a second In short sentence that shared only the subject's name with the question got in
    /// ("what are the side effects of low dose naltrexone" was summed up with how much pain fell on LDN). It must now
    /// also share a word that is not the subject's name; a blind judge preferred the result 7 to 2.
    /// </summary>
    [Fact]
    public void A_second_in_short_sentence_must_share_more_than_the_subjects_name()
    {
        var answer = corpus.Pipeline.Answer("what are the side effects of low dose naltrexone", ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.NotEmpty(answer.InShort);
        Assert.All(answer.InShort, s => Assert.Contains("side effect", s.Text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Seventeenth session: a passage can span several sections, and the trimmer dropped every question heading but
    /// the first, so "Often not completely." was quoted without "Do they grow out of it?". Inner questions now stay
    /// when something follows them; a blind judge preferred the excerpts 14 to 2 (8 ties).
    /// </summary>
    [Fact]
    public void An_inner_question_is_kept_with_its_answer_and_a_trailing_one_is_dropped()
    {
        const string Text = "Can children get fibromyalgia?\nYes, at any age.\nDo they grow out of it?\nOften not completely.\nWhat helps?";

        Assert.Equal(
            "Can children get fibromyalgia?\nYes, at any age.\nDo they grow out of it?\nOften not completely.",
            AnswerExcerpts.Trim(Text, "do kids grow out of fibro"));
    }

    [Fact]
    public void An_excerpt_cut_by_the_word_limit_ends_where_a_sentence_ends()
    {
        var filler = string.Concat(Enumerable.Range(1, 7).Select(i => $"Trial number {i} was small and lasted only a few weeks. "));
        var text = "Exercise reduced pain in most trials. " + filler + "Anonymous, self-selected reports; they cannot show what caused the change.";

        var trimmed = AnswerExcerpts.Trim(text, "does exercise help");

        Assert.StartsWith("Exercise reduced pain in most trials.", trimmed, StringComparison.Ordinal);
        Assert.EndsWith("a few weeks.", trimmed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_that_opens_with_a_bare_no_is_quoted_under_the_question_it_answers()
    {
        const string Text = "No. Using it at low doses for this condition is off-label.";

        var trimmed = AnswerExcerpts.Trim(Text, "does it help", "Is it approved for this condition?");

        Assert.Equal("Is it approved for this condition?\nNo. Using it at low doses for this condition is off-label.", trimmed);
        Assert.Equal(Text, AnswerExcerpts.Trim(Text, "does it help", "Approval"));
    }

    /// <summary>
    /// Vetted passages answer their own question headings ("Is LDN approved for fibromyalgia?" – "No. …"); found in
    /// the new-user check, "Does low-dose naltrexone help fibromyalgia?" was answered "In short: No." from that passage.
    /// </summary>
    [Theory]
    [InlineData("Does low-dose naltrexone help fibromyalgia?")]
    [InlineData("Is LDN approved for fibromyalgia?")]
    [InlineData("Can children get fibromyalgia?")]
    [InlineData("Is kratom banned in the US?")]
    public void An_answer_never_quotes_a_bare_yes_or_no_without_the_question_it_answers(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.DoesNotContain(answer.InShort, s => AnswerExcerpts.OpensWithBareAnswer(s.Text));
        Assert.DoesNotContain(answer.Passages, p => AnswerExcerpts.OpensWithBareAnswer(p.Text));
    }

    /// <summary>
    /// The corpus is in English and the encoder reads English best; the synonym file carries the main topic words of
    /// the six other languages. Found in the twelfth session's check: "helpt bewegen bij fibromyalgie?" was answered
    /// from a family-doctor page about the care team, "hilft Bewegung bei Fibromyalgie?" from a diagnosis review.
    /// </summary>
    [Theory]
    [InlineData("helpt bewegen bij fibromyalgie?")]
    [InlineData("hilft Bewegung bei Fibromyalgie?")]
    public void An_exercise_question_in_another_language_leads_with_an_exercise_source(string question)
    {
        string[] exerciseSources = ["eular-2017-fibromyalgia-recommendations", "front-physiol-2023-exercise-meta-analysis", "mayo-clinic-fibromyalgia-self-care", "wang-2018-tai-chi-vs-aerobic-exercise"];

        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains(answer.Passages[0].Source.Id, exerciseSources);
    }

    /// <summary>
    /// Found in the twelfth session's check: "does weather affect fibromyalgia pain" ended its In short with "Only its
    /// statement that fibromyalgia can affect any age is used here.", a sentence about how our summary was made.
    /// </summary>
    [Theory]
    [InlineData("does weather affect fibromyalgia pain")]
    [InlineData("my dr went straight to prescribing pills at the first appointment. isn't exercise supposed to come first?")]
    public void The_in_short_never_quotes_a_sentence_about_how_the_summary_was_made(string question) =>
        AssertAnsweredWithAnInShortThatNeverSays(question, @"this summary|used here|not recorded|seen only");

    /// <summary>
    /// Found in the seventeenth session's check of our FAQ tune set: "what actually is fibromyalgia? just got diagnosed"
    /// was summed up by "Other sources in this collection explain that fibromyalgia is diagnosed …", and "what is fibro
    /// fog" by a pointer to "other sources in this collection" about flares. Such a sentence says where an answer is;
    /// the In short passes over its passage and quotes the next one, and a note about what we did not see never leads.
    /// </summary>
    [Theory]
    [InlineData("ok maybe a dumb question but what actually is fibromyalgia? just got diagnosed and the dr didnt explain much")]
    [InlineData("brain fog so bad i forget words mid sentence. what is fibro fog")]
    [InlineData("what's a flare and how long do they last")]
    public void The_in_short_never_quotes_a_pointer_to_other_summaries(string question) =>
        AssertAnsweredWithAnInShortThatNeverSays(question, @"this collection|summari[sz]ed (?:here|elsewhere|separately)|not seen");

    private void AssertAnsweredWithAnInShortThatNeverSays(string question, string pattern)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.NotEmpty(answer.InShort);
        Assert.DoesNotContain(answer.InShort, s => Regex.IsMatch(s.Text, pattern, RegexOptions.IgnoreCase));
    }

    /// <summary>
    /// Found in the eleventh session's new-user check: "is ketamine infusion an option for fibromyalgia" was answered
    /// "In short: Gabapentin and pregabalin …, ketamine, … [1]", which reads as a list of options; the passage answers
    /// "Which medicines does NICE say not to start?", and the In short now says so.
    /// </summary>
    [Fact]
    public void A_sentence_that_answers_its_own_heading_is_quoted_with_that_heading()
    {
        var answer = corpus.Pipeline.Answer("is ketamine infusion an option for fibromyalgia", ConversationMemory.Empty).Answer;

        var quoted = Assert.Single(answer.InShort, s => s.Text.Contains("ketamine", StringComparison.Ordinal));
        Assert.Equal("Which medicines does NICE say not to start?", quoted.Context);
        Assert.Contains($"*{quoted.Context}* ", MarkdownRenderer.Render(answer), StringComparison.Ordinal);
    }

    /// <summary>
    /// "is yoga good for fibromyalgia" was answered with "self-care such as exercise, and movement therapies like yoga or
    /// tai chi." alone, and "does acupuncture help fibromyalgia" with the last clause of a list cut at ';'
    /// ("meditative movement (qigong, yoga, tai chi) and mindfulness-based stress reduction."), which leaves out
    /// acupuncture and the "weak for" judgement.
    /// </summary>
    [Theory]
    [InlineData("is yoga good for fibromyalgia", "yoga")]
    [InlineData("does acupuncture help fibromyalgia", "acupuncture")]
    public void A_list_item_is_quoted_whole_with_the_line_that_introduces_it(string question, string subject)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        var quoted = Assert.Single(answer.InShort, s => s.Text.Contains(subject, StringComparison.Ordinal));
        Assert.EndsWith(":", quoted.Context, StringComparison.Ordinal);
    }

    /// <summary>A list ends with its last item; the prose after it is not one more item of the list.</summary>
    [Fact]
    public void The_sentence_after_a_list_is_not_quoted_as_one_of_its_items()
    {
        var answer = corpus.Pipeline.Answer("every time the weather changes I flare, do triggers like weather matter with fibro?", ConversationMemory.Empty).Answer;

        Assert.DoesNotContain(answer.InShort, s => s.Context is { } c && c.EndsWith(':') && s.Text.StartsWith("Knowing your own triggers", StringComparison.Ordinal));
        Assert.Contains(answer.InShort, s => s.Context is { } c && c.EndsWith(':') && s.Text.Contains("weather", StringComparison.Ordinal));
    }

    /// <summary>
    /// Found in the eleventh session's new-user check: "is CBD oil good for fibro" was answered with a Cochrane review of
    /// cognitive behavioural therapy and "does magnesium help fibro" with a physiotherapy tip. No source mentions either.
    /// </summary>
    [Theory]
    [InlineData("is CBD oil good for fibro", AnswerKind.NoAnswer)]
    [InlineData("does magnesium help fibromyalgia?", AnswerKind.NoAnswer)]
    [InlineData("has anyone tried turmeric for fibro pain?", AnswerKind.NoAnswer)]
    [InlineData("I take magnesium and vitamin D. What is fibro fog?", AnswerKind.Answer)]
    [InlineData("does lyrica work for fibro", AnswerKind.Answer)]
    [InlineData("is oxycodone ok for fibromyalgia", AnswerKind.Answer)]
    public void A_question_about_a_medicine_no_source_mentions_gets_the_no_answer(string question, AnswerKind expected)
    {
        Assert.Equal(expected, corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer.Kind);
    }

    /// <summary>
    /// Found in the eleventh session's new-user check: "what helps fibro fatigue" was answered from three LDN papers and
    /// an LDN seed, and "how can I get more energy with fibromyalgia" cited a microdosing seed. A question that names no
    /// treatment is answered from general sources first, and never cites a seed about a treatment.
    /// </summary>
    [Theory]
    [InlineData("what helps fibro fatigue")]
    [InlineData("what can help me sleep better with fibro")]
    [InlineData("how can I get more energy with fibromyalgia")]
    public void A_question_that_names_no_treatment_leads_with_a_general_source_and_cites_no_treatment_seed(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.False(IsAboutATreatment(answer.Passages[0].Source.Id), answer.Passages[0].Source.Id);
        Assert.DoesNotContain(answer.Passages, p => p.Source.IsWeak && IsAboutATreatment(p.Source.Id));
    }

    [Fact]
    public void A_question_about_a_treatment_still_leads_with_that_treatment()
    {
        var answer = corpus.Pipeline.Answer("does LDN help fibro fatigue", ConversationMemory.Empty).Answer;

        Assert.True(IsAboutATreatment(answer.Passages[0].Source.Id), answer.Passages[0].Source.Id);
    }

    private bool IsAboutATreatment(string sourceId) =>
        corpus.Catalog.Sources[sourceId].Topics.FirstOrDefault() is { } primary && corpus.Catalog.Topics.IsSubstance(primary);

    /// <summary>"what is LDN?" was answered "The certainty of evidence for LDN in fibromyalgia pain is low.": the corpus
    /// said what LDN is approved for and whether it works, but nowhere what it is.</summary>
    [Theory]
    [InlineData("what is LDN?")]
    [InlineData("what's LDN and why is everyone talking about it")]
    public void What_is_LDN_is_answered_with_what_LDN_is(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Contains(answer.InShort, s => s.Text.Contains("usually shortened to LDN", StringComparison.Ordinal));
    }

    /// <summary>
    /// Members tell their story first and ask last. This post was answered "A flare usually lasts several days or a few
    /// weeks": the story's words outweighed the question.
    /// </summary>
    [Fact]
    public void A_long_post_is_answered_on_its_question_not_its_story()
    {
        const string Post = "Hi all, long time lurker. I was diagnosed last spring after two years of tests, and my rheumatologist "
            + "mentioned that exercise might help, but every time I try a walk I flare for days. Is exercise actually recommended "
            + "for fibro or is that outdated?";

        var answer = corpus.Pipeline.Answer(Post, ConversationMemory.Empty).Answer;

        Assert.Contains(answer.InShort, s => s.Text.Contains("xercise", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.InShort, s => s.Text.Contains("flare", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_long_post_keeps_the_treatment_its_story_names_when_the_question_says_only_it()
    {
        const string Post = "My doctor started me on low dose naltrexone six weeks ago after everything else failed, and honestly "
            + "the pain is a little better but I am still exhausted every single day. Does it help with fatigue at all?";

        var answer = corpus.Pipeline.Answer(Post, ConversationMemory.Empty).Answer;

        Assert.True(IsAboutATreatment(answer.Passages[0].Source.Id), answer.Passages[0].Source.Id);
        Assert.Contains(answer.InShort, s => s.Text.Contains("fatigue", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_excerpt_opens_with_the_question_its_passage_answers()
    {
        const string Text = "Only one kind of medicine, after a full talk about benefits and harms.";

        Assert.Equal("Which medicines may be started?\n" + Text, AnswerExcerpts.Trim(Text, "what can I take", "Which medicines may be started?"));
        Assert.Equal("Which medicines may be started?\n" + Text, AnswerExcerpts.Trim("Which medicines may be started?\n" + Text, "what can I take", "Which medicines may be started?"));
    }

    [GeneratedRegex(@"^Limits( of this source)?$")]
    private static partial Regex StrayLimits();
}
