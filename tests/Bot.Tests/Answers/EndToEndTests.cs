using System.Text.RegularExpressions;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.BotFramework.Builder;
using FibroBot.Hosting;
using FibroBot.Retrieval.Corpus;
using FibroBot.Safety;
using FibroBot.Moderation;
using FibroBot.Conversation;
using FibroBot.Storage;
using FibroBot.Tests.Conversation;
using FibroBot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FibroBot.Tests.Answers;

/// <summary>The bundled corpus and seeds through the real retrieval engine, composed as the host composes them.</summary>
public sealed class RealCorpusFixture : IDisposable
{
    private readonly IHost _host;

    public RealCorpusFixture()
    {
        // The ask verb's composition: the answer pipeline over the real safety model and retrieval engine.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddAnswering();
        _host = builder.Build();
        _host.StartAsync().GetAwaiter().GetResult();
    }

    public AnswerPipeline Pipeline => _host.Services.GetRequiredService<AnswerPipeline>();

    public CorpusCatalog Catalog => _host.Services.GetRequiredService<CorpusCatalog>();

    public FibroBot.Retrieval.Search.IPassageSearch Search => _host.Services.GetRequiredService<FibroBot.Retrieval.Search.IPassageSearch>();

    /// <summary>
    /// A bot composed as the host composes it, with its own SQLite storage and turn log in a new temporary folder,
    /// so tests do not share memory. The answering services (one encoder, one index) are this fixture's.
    /// </summary>
    public async Task<IBot> NewBotAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = SqliteTestBackend.NewFolder() });
        builder.ValidateServicesOnBuild();
        builder.AddBotStorage();
        builder.AddTurnLog();
        builder.AddModeration();
        builder.AddAnswerPipeline();
        builder.AddConversationBot();
        builder.Services.AddSingleton(_host.Services.GetRequiredService<SafetyTriage>());
        builder.Services.AddSingleton(_host.Services.GetRequiredService<IQueryEmbedder>());
        builder.Services.AddSingleton(Catalog);
        builder.Services.AddSingleton(_host.Services.GetRequiredService<FibroBot.Retrieval.Search.IPassageSearch>());
        var host = builder.Build();
        await host.StartAsync();
        return host.Services.GetRequiredService<IBot>();
    }

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }
}

[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed partial class EndToEndTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    public static TheoryData<string> ProjectQuestions { get; } = [.. QuestionLines("question")];

    public static TheoryData<string> OffTopicMessages { get; } = [.. QuestionLines("offtopic")];

    [Theory]
    [MemberData(nameof(ProjectQuestions))]
    public void No_answer_to_a_project_question_states_a_dose_and_each_is_labelled_and_disclaimed(string question)
    {
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;
        if (answer.Kind is AnswerKind.Refusal or AnswerKind.Crisis)
        {
            return;
        }

        var rendered = MarkdownRenderer.Render(answer);
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(rendered), rendered);
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(AdaptiveCardRenderer.Render(answer).ToJsonString()));
        if (answer.Kind is AnswerKind.Answer or AnswerKind.NoAnswer)
        {
            Assert.Equal("general", answer.Disclaimers[0].Id);
        }

        if (answer.Kind == AnswerKind.Answer)
        {
            Assert.All(answer.Passages, p => Assert.Contains(p.Source.Evidence, rendered, StringComparison.Ordinal));
            Assert.Contains(answer.Passages, p => !p.Source.IsWeak);
            Assert.Equal(answer.Passages.OrderBy(p => p.Source.IsWeak).Select(p => p.Source.Id), answer.Passages.Select(p => p.Source.Id));
            Assert.InRange(answer.Passages.Count, 1, 4);
        }
    }

    [Fact]
    public void Most_project_questions_are_answered()
    {
        var questions = QuestionLines("question").ToList();

        var unanswered = questions
            .Select(q => (Question: q, corpus.Pipeline.Answer(q, ConversationMemory.Empty).Answer.Kind))
            .Where(x => x.Kind != AnswerKind.Answer)
            .ToList();

        Assert.True(unanswered.Count <= questions.Count / 10, string.Join("\n", unanswered.Select(x => $"{x.Kind}: {x.Question}")));
    }

    [Theory]
    [MemberData(nameof(OffTopicMessages))]
    public void Off_topic_messages_get_no_passages(string message)
    {
        var answer = corpus.Pipeline.Answer(message, ConversationMemory.Empty).Answer;

        Assert.Empty(answer.Passages);
    }

    [Fact]
    public void An_LDN_question_is_answered_from_vetted_LDN_sources_with_the_LDN_disclaimer()
    {
        var answer = corpus.Pipeline.Answer("Does low-dose naltrexone help fibromyalgia?", ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.False(answer.Sources[0].IsWeak);
        Assert.Contains("ldn", answer.Disclaimers.Select(d => d.Id));
        Assert.StartsWith(FixedTexts.Evidence.SummaryLeadIn, answer.EvidenceSummary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the FINAL trial find?")]
    [InlineData("how many patients were in the FINAL trial?")]
    public void A_question_about_the_FINAL_trial_is_answered_from_it(string question)
    {
        // The trial is named, not its medicine. Read as naming no substance, the question was answered from general
        // reviews of placebo in fibromyalgia trials, and the trial itself was not cited at all.
        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("bruun-2024-final-ldn-trial", answer.Sources[0].Id);
        Assert.Contains("ldn", answer.Disclaimers.Select(d => d.Id));
    }

    [Theory]
    [InlineData("how much does ldn cost")]
    [InlineData("is LDN covered by insurance?")]
    [InlineData("is kratom expensive?")]
    [InlineData("¿cuánto cuesta el LDN?")]
    [InlineData("is LDN erg duur in Nederland?")]
    public void A_price_no_source_gives_gets_the_no_answer(string question)
    {
        // No summary mentions a price, so "how much does ldn cost" was answered with a trial result.
        Assert.DoesNotContain(CostQuestion.PriceWords, corpus.Search.Mentions);

        var answer = corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer;

        Assert.Equal(AnswerKind.NoAnswer, answer.Kind);
        Assert.Empty(answer.Passages);
    }

    [Theory]
    [InlineData("how can I get LDN if my doctor won't prescribe it?")]
    [InlineData("how much does LDN help with pain?")]
    [InlineData("wat is de duur van een fibromyalgie opvlamming?")]
    [InlineData("I can't afford to take time off work, how do I pace myself with fibromyalgia?")]
    public void Access_and_benefit_are_not_prices(string question)
    {
        Assert.False(CostQuestion.IsAsked(question), question);
        Assert.Equal(AnswerKind.Answer, corpus.Pipeline.Answer(question, ConversationMemory.Empty).Answer.Kind);
    }

    [Fact]
    public void A_seed_passage_in_a_real_answer_shows_the_vetted_disagreement()
    {
        var answer = corpus.Pipeline.Answer("Does microdosing psilocybin help fibromyalgia pain?", ConversationMemory.Empty).Answer;

        var seed = Assert.Single(answer.Passages, p => p.Source.IsWeak);
        Assert.NotEmpty(seed.Disagreements);
        Assert.All(seed.Disagreements.SelectMany(d => d.VettedSources), s => Assert.False(s.IsWeak));
    }

    [Fact]
    public async Task A_conversation_follows_its_topic_refuses_doses_and_meets_a_crisis()
    {
        var catalog = corpus.Catalog;
        bool AboutLdn(string id) => catalog.Sources[id].Topics.Contains("ldn");

        await new ConversationTest(await corpus.NewBotAsync())
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(r => Assert.Equal("answer", Kind(r)))
            .Send("does it have side effects?")
            .AssertReply(r => Assert.All(SourceIds(r), id => Assert.True(AboutLdn(id), id)))
            .Send("what about for fatigue?")
            .AssertReply(r => Assert.Contains(SourceIds(r), AboutLdn))
            .Send("ok, so what's the starting dose?")
            .AssertReply(r => Assert.Equal("refusal", Kind(r)))
            .Send("honestly I can't go on, I want to kill myself")
            .AssertReply(r => Assert.Equal("crisis", Kind(r)))
            .StartTestAsync();
    }

    [Fact]
    public async Task What_the_FDA_says_follows_a_kratom_question()
    {
        await new ConversationTest(await corpus.NewBotAsync())
            .Send("Is kratom addictive?")
            .AssertReply(r => Assert.Equal("answer", Kind(r)))
            .Send("and what does the FDA say?")
            .AssertReply(r => Assert.Contains(SourceIds(r), id => corpus.Catalog.Sources[id].Topics.Contains("kratom")
                                                                  && corpus.Catalog.Sources[id].Label == EvidenceLabel.HealthAgencyOrRegulator))
            .StartTestAsync();
    }

    private static string Kind(FibroBot.BotFramework.Schema.Activity reply) =>
        reply.Entities!.Single(e => e.Type == "answerInfo").Properties!["kind"]!.GetValue<string>();

    private static List<string> SourceIds(FibroBot.BotFramework.Schema.Activity reply) =>
        [.. reply.Entities!.Single(e => e.Type == "answerInfo").Properties!["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())];

    /// <summary>
    /// The quoted strings of one list in tests/data/questions.yaml: <c>question: "…"</c> entries, or the items under
    /// <c>offtopic:</c>. Read by pattern so that these tests need nothing but the file.
    /// </summary>
    private static IEnumerable<string> QuestionLines(string list)
    {
        var path = FindQuestionsFile();
        var inOffTopic = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("offtopic:", StringComparison.Ordinal))
            {
                inOffTopic = true;
                continue;
            }

            if (inOffTopic && line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#'))
            {
                inOffTopic = false;
            }

            var match = list == "question" ? QuestionEntry().Match(line) : inOffTopic ? ListItem().Match(line) : Match.Empty;
            if (match.Success)
            {
                yield return match.Groups["text"].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
            }
        }
    }

    private static string FindQuestionsFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "questions.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/data/questions.yaml not found above the test output folder.");
    }

    [GeneratedRegex("""^\s*(-\s*)?question:\s*"(?<text>(?:[^"\\]|\\.)*)"\s*$""")]
    private static partial Regex QuestionEntry();

    [GeneratedRegex("""^\s*-\s*"(?<text>(?:[^"\\]|\\.)*)"\s*$""")]
    private static partial Regex ListItem();
}
