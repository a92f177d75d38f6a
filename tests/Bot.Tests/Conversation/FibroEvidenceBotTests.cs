using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using FibroBot.Conversation;

namespace FibroBot.Tests.Conversation;

public sealed class FibroEvidenceBotTests : IAsyncLifetime
{
    private readonly RecordingFeedbackSink _feedback = new();
    private BotHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private FibroEvidenceBot NewBot(IStorage? storage = null) => _harness.NewBot(storage, _feedback);

    [Theory]
    [InlineData("Does low-dose naltrexone help fibromyalgia?", "answer")]
    [InlineData("How much LDN should I take?", "refusal")]
    [InlineData("I want to kill myself", "crisis")]
    [InlineData("What is the capital of France?", "noAnswer")]
    [InlineData("hello", "smalltalk")]
    [InlineData("help", "help")]
    [InlineData("sources", "command")]
    [InlineData("about", "command")]
    public async Task Every_reply_carries_exactly_one_answerInfo_entity_of_its_kind(string message, string kind)
    {
        await new ConversationTest(NewBot())
            .Send(message)
            .AssertReply(reply =>
            {
                var info = AnswerInfo(reply);
                Assert.Equal(kind, info["kind"]!.GetValue<string>());
                Assert.NotNull(info["redactions"]);
                Assert.NotNull(info["sources"]);
                var disclaimers = info["disclaimers"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
                if (kind is "answer" or "refusal" or "noAnswer")
                {
                    Assert.Contains("general", disclaimers);
                    Assert.Contains("not medical advice", reply.Text, StringComparison.Ordinal);
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_carries_the_card_sources_in_shown_order_and_suggested_actions()
    {
        await new ConversationTest(NewBot())
            .Send("Does microdosing help fibromyalgia pain?")
            .AssertReply(reply =>
            {
                var sources = AnswerInfo(reply)["sources"]!.AsArray().Select(s => s!.AsObject()).ToList();
                Assert.Contains(sources, s => s["id"]!.GetValue<string>() == "microdose-trial" && s["evidence"]!.GetValue<string>() == "Randomized controlled trial");
                Assert.Equal("seed-microdose", sources[^1]["id"]!.GetValue<string>());
                Assert.Equal("Opinion, anecdote or marketing", sources[^1]["evidence"]!.GetValue<string>());
                Assert.DoesNotContain(sources, s => s["id"]!.GetValue<string>().StartsWith("ldn", StringComparison.Ordinal));
                var attachment = Assert.Single(reply.Attachments!);
                Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
                Assert.Equal("1.5", attachment.Content!["version"]!.GetValue<string>());
                Assert.All(reply.SuggestedActions!.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
                Assert.Null(reply.ChannelData);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task In_Teams_an_answer_has_citations_and_the_feedback_loop()
    {
        await new ConversationTest(NewBot(), channelId: "msteams")
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply =>
            {
                var citations = Assert.Single(reply.Entities!, e => e.Type == "https://schema.org/Message").Properties!["citation"]!.AsArray();
                Assert.Equal(AnswerInfo(reply)["sources"]!.AsArray().Count, citations.Count);
                Assert.Equal(1, citations[0]!["position"]!.GetValue<int>());
                Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
                Assert.True(reply.ChannelData!["feedbackLoopEnabled"]!.GetValue<bool>());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_conversation_remembers_a_dose_question_for_the_next_message_only()
    {
        // The memory goes through storage between turns, as it does in Teams and Web Chat.
        await new ConversationTest(NewBot())
            .Send("how much kratom powder should i take for my back pain")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("and on a bad flare day?")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("thanks")
            .AssertReply(reply => Assert.Equal("smalltalk", Kind(reply)))
            .Send("and on a bad flare day?")
            .AssertReply(reply => Assert.NotEqual("refusal", Kind(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Pressing_for_a_refused_dose_is_refused_again_through_storage_and_only_right_after_the_refusal()
    {
        await new ConversationTest(NewBot())
            .Send("what's a normal starting dose of ldn?")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("roughly then, i won't hold you to it")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("ok thanks")
            .AssertReply(reply => Assert.Equal("smalltalk", Kind(reply)))
            .Send("roughly then, i won't hold you to it")
            .AssertReply(reply => Assert.NotEqual("refusal", Kind(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task How_much_it_would_take_right_after_asking_whether_it_kills_gets_crisis_guidance_through_storage()
    {
        await new ConversationTest(NewBot())
            .Send("can you actually die from kratom?")
            .AssertReply(reply => Assert.NotEqual("crisis", Kind(reply)))
            .Send("and how much would it take, asking for a friend")
            .AssertReply(reply => Assert.Equal("crisis", Kind(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_follow_up_keeps_the_topic_across_turns_and_a_dose_follow_up_is_refused()
    {
        await new ConversationTest(NewBot())
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply => Assert.Equal("answer", Kind(reply)))
            .Send("does it have side effects?")
            .AssertReply(reply => Assert.Contains(AnswerInfo(reply)["sources"]!.AsArray(), s => s!["id"]!.GetValue<string>() == "ldn-trial"))
            .Send("ok, so what's the starting dose?")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("I don't want to live anymore, I want to kill myself")
            .AssertReply(reply =>
            {
                Assert.Equal("crisis", Kind(reply));
                Assert.Contains("988", reply.Text, StringComparison.Ordinal);
                Assert.Null(reply.Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Conversations_do_not_share_memory()
    {
        var storage = new MemoryStorage();
        await new ConversationTest(NewBot(storage), conversationId: "a")
            .Send("Is kratom addictive?")
            .AssertReply(_ => { })
            .StartTestAsync();

        await new ConversationTest(NewBot(storage), conversationId: "b")
            .Send("what about for fatigue?")
            .AssertReply(reply => Assert.DoesNotContain("kratom", AnswerInfo(reply)["disclaimers"]!.AsArray().Select(d => d!.GetValue<string>())))
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_group_chat_only_mentions_are_answered_and_the_mention_is_stripped()
    {
        await new ConversationTest(NewBot(), channelId: "msteams", conversationType: "groupChat")
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertNoReply()
            .Send(ConversationTest.Message("Does low-dose naltrexone help fibromyalgia?", mentionBot: true))
            .AssertReply(reply =>
            {
                Assert.Equal("answer", Kind(reply));
                Assert.DoesNotContain(ConversationTest.BotName, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("at\\>", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task In_personal_chat_every_message_is_answered()
    {
        await new ConversationTest(NewBot(), channelId: "msteams", conversationType: "personal")
            .Send("hi")
            .AssertReply(reply => Assert.Equal("smalltalk", Kind(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_asks_its_question()
    {
        var submit = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["question"] = "Is kratom addictive?" } };

        await new ConversationTest(NewBot(), conversationType: "groupChat")
            .Send(submit)
            .AssertReply(reply => Assert.Contains(AnswerInfo(reply)["sources"]!.AsArray(), s => s!["id"]!.GetValue<string>() == "fda-kratom"))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_welcome_is_sent_once_per_conversation_and_never_for_the_bot_joining()
    {
        await new ConversationTest(NewBot())
            .Send(MembersAdded(ConversationTest.BotId))
            .AssertNoReply()
            .Send(MembersAdded(ConversationTest.UserId))
            .AssertReply(reply =>
            {
                Assert.Contains(FixedTexts.Welcome.Text, reply.Text, StringComparison.Ordinal);
                Assert.Contains(FixedTexts.Disclaimers.General.Text, reply.Text, StringComparison.Ordinal);
                Assert.Equal(3, reply.SuggestedActions!.Actions!.Count);
            })
            .Send(MembersAdded(ConversationTest.UserId))
            .AssertNoReply()
            .Send(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add" })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Installing_the_app_welcomes()
    {
        await new ConversationTest(NewBot(), channelId: "msteams")
            .Send(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add" })
            .AssertReply(reply => Assert.Contains(FixedTexts.Welcome.Text, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Feedback_is_recorded_and_acknowledged_with_an_empty_200()
    {
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "message/submitAction",
            ReplyToId = "bot-7",
            Value = new JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"missed the 2023 trial\"}" },
            },
        };

        await new ConversationTest(NewBot(), channelId: "msteams")
            .Send(invoke)
            .AssertNoReply()
            .AssertInvokeResponse(response =>
            {
                Assert.Equal(200, response.Status);
                Assert.Null(response.Body);
            })
            .StartTestAsync();

        var record = Assert.Single(_feedback.Records);
        Assert.Equal("dislike", record.Reaction);
        Assert.Equal("missed the 2023 trial", record.Text);
        Assert.Equal("bot-7", record.ReplyToId);
    }

    [Fact]
    public async Task Feedback_with_a_malformed_comment_keeps_the_rating()
    {
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "message/submitAction",
            Value = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{not json" } },
        };

        await new ConversationTest(NewBot()).Send(invoke).AssertInvokeResponse(r => Assert.Equal(200, r.Status)).StartTestAsync();

        Assert.Null(Assert.Single(_feedback.Records).Text);
    }

    [Fact]
    public async Task Card_actions_get_a_small_200_body_and_unknown_invokes_501()
    {
        await new ConversationTest(NewBot())
            .Send(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = new JsonObject() })
            .AssertInvokeResponse(r =>
            {
                Assert.Equal(200, r.Status);
                Assert.Equal(200, r.Body!["statusCode"]!.GetValue<int>());
            })
            .Send(new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query" })
            .AssertInvokeResponse(r => Assert.Equal(501, r.Status))
            .Send(new Activity { Type = ActivityTypes.Invoke, Name = "message/submitAction", Value = new JsonObject { ["actionName"] = "other" } })
            .AssertInvokeResponse(r => Assert.Equal(400, r.Status))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Event)]
    [InlineData("somethingNew")]
    public async Task Other_activities_get_no_reply(string type)
    {
        await new ConversationTest(NewBot()).Send(new Activity { Type = type, Name = "webchat/join" }).AssertNoReply().StartTestAsync();
    }

    [Fact]
    public async Task The_bot_still_answers_when_storage_is_down()
    {
        await new ConversationTest(NewBot(new UnavailableStorage()))
            .Send("I want to kill myself")
            .AssertReply(reply => Assert.Equal("crisis", Kind(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)> does LDN help fibromyalgia?")]
    [InlineData("[click](javascript:alert(1)) is kratom addictive?")]
    public async Task Hostile_input_is_never_rendered_as_markup(string message)
    {
        await new ConversationTest(NewBot())
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.DoesNotContain("<img", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("](javascript:", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static JsonObject AnswerInfo(Activity reply)
    {
        var entity = Assert.Single(reply.Entities!, e => e.Type == "answerInfo");
        return entity.Properties!;
    }

    private static string Kind(Activity reply) => AnswerInfo(reply)["kind"]!.GetValue<string>();

    private static Activity MembersAdded(string memberId) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = memberId }],
    };

    private sealed class RecordingFeedbackSink : IFeedbackSink
    {
        public List<FeedbackRecord> Records { get; } = [];

        public Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
        {
            Records.Add(feedback);
            return Task.CompletedTask;
        }
    }

    private sealed class UnavailableStorage : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException("down");

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException("down");

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException("down");
    }
}
