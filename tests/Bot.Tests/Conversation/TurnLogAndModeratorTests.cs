using System.Text;
using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.Authentication;
using FibroBot.BotFramework.Schema;
using FibroBot.Moderation;
using Microsoft.Extensions.Logging;

namespace FibroBot.Tests.Conversation;

/// <summary>Turns reach the real SQLite turn log, feedback attaches to them, and moderators read them back in chat.</summary>
public sealed class TurnLogAndModeratorTests : IAsyncLifetime
{
    private BotHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<IReadOnlyList<TurnRecord>> TurnsAsync() => _harness.Backend.TurnLog.QueryAsync(DateTimeOffset.UtcNow.AddHours(-1), default);

    [Fact]
    public async Task Every_replied_message_is_recorded_with_its_kind_sources_and_reply_id()
    {
        string? answerReplyId = null;
        await new ConversationTest(_harness.NewBot())
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply => answerReplyId = reply.Id)
            .Send("How much LDN should I take?")
            .AssertReply(_ => { })
            .Send("hello")
            .AssertReply(_ => { })
            .StartTestAsync();

        var turns = await TurnsAsync();
        Assert.Equal(["answer", "refusal", "smalltalk"], turns.Select(t => TurnLogNames.Of(t.Kind)));
        var answer = turns[0];
        Assert.Equal(answerReplyId, answer.ReplyActivityId);
        Assert.Equal("test", answer.Channel);
        Assert.Contains("ldn", answer.Topics);
        Assert.NotEmpty(answer.SourceIds);
        Assert.NotNull(answer.Confidence);
        Assert.Equal("Does low-dose naltrexone help fibromyalgia?", answer.Question);
        Assert.NotNull(answer.UserHash);
        Assert.DoesNotContain(ConversationTest.UserId, answer.UserHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crisis_turn_is_counted_but_its_words_are_never_stored()
    {
        await new ConversationTest(_harness.NewBot())
            .Send("I want to kill myself")
            .AssertReply(reply => Assert.Equal("crisis", Kind(reply)))
            .StartTestAsync();

        var turn = Assert.Single(await TurnsAsync());
        Assert.Equal(TurnKind.Crisis, turn.Kind);
        Assert.Null(turn.Question);
    }

    [Fact]
    public async Task The_display_name_is_scrubbed_from_the_stored_question()
    {
        var message = ConversationTest.Message("Hi, Jordan Example here: does kratom cause dependence?");
        message.From = new ChannelAccount { Id = "user-9", Name = "Jordan Example" };

        await new ConversationTest(_harness.NewBot()).Send(message).AssertReply(_ => { }).StartTestAsync();

        var question = Assert.Single(await TurnsAsync()).Question;
        Assert.DoesNotContain("Jordan", question, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("kratom", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_feedback_on_a_reply_reaches_its_turn_and_the_report()
    {
        string replyId = string.Empty;
        await new ConversationTest(_harness.NewBot(), channelId: "msteams")
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply => replyId = reply.Id!)
            .StartTestAsync();

        await new ConversationTest(_harness.NewBot(), channelId: "msteams")
            .Send(FeedbackInvoke(replyId, "dislike", "missed the newer trial"))
            .AssertInvokeResponse(r => Assert.Equal(200, r.Status))
            .Send(FromModerator("report 7"))
            .AssertReply(reply => Assert.Contains("0 up, 1 down", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var feedback = (await TurnsAsync())[0].Feedback;
        Assert.NotNull(feedback);
        Assert.Equal(FeedbackRating.Down, feedback.Rating);
        Assert.Equal("missed the newer trial", feedback.Comment);
    }

    [Fact]
    public async Task A_moderator_report_counts_the_turns_recorded_earlier_in_the_conversation()
    {
        await new ConversationTest(_harness.NewBot())
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply => Assert.Equal("answer", Kind(reply)))
            .Send("How much LDN should I take?")
            .AssertReply(reply => Assert.Equal("refusal", Kind(reply)))
            .Send("What is the capital of France?")
            .AssertReply(reply => Assert.Equal("noAnswer", Kind(reply)))
            .Send(FromModerator("report"))
            .AssertReply(reply =>
            {
                Assert.Equal("command", Kind(reply));
                Assert.Contains("Turns: 3 · refusals: 1 · crisis replies: 0", reply.Text, StringComparison.Ordinal);
                Assert.Contains("capital of France", reply.Text, StringComparison.Ordinal);
                var card = Assert.Single(reply.Attachments!);
                Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
                Assert.Equal("1.5", card.Content!["version"]!.GetValue<string>());
            })
            .StartTestAsync();

        Assert.Equal(TurnKind.Command, (await TurnsAsync())[^1].Kind);
    }

    [Fact]
    public async Task A_moderator_export_attaches_the_scrubbed_turn_log_as_csv()
    {
        await new ConversationTest(_harness.NewBot())
            .Send("Is kratom addictive? mail me at sam@example.org")
            .AssertReply(_ => { })
            .Send(FromModerator("export 30"))
            .AssertReply(reply =>
            {
                Assert.Equal("command", Kind(reply));
                var file = Assert.Single(reply.Attachments!);
                Assert.Equal("text/csv", file.ContentType);
                var csv = Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:text/csv;base64,".Length..]));
                Assert.Contains("Is kratom addictive?", csv, StringComparison.Ordinal);
                Assert.Contains("[email]", csv, StringComparison.Ordinal);
                Assert.DoesNotContain("sam@example.org", csv, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("report")]
    [InlineData("export 30")]
    public async Task A_member_who_is_not_a_moderator_is_politely_denied(string command)
    {
        await new ConversationTest(_harness.NewBot())
            .Send(command)
            .AssertReply(reply =>
            {
                Assert.Equal("command", Kind(reply));
                Assert.Equal(FixedTexts.ModeratorsOnly, reply.Text);
                Assert.Null(reply.Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_Teams_channel_a_command_needs_the_mention_and_matches_the_aad_object_id()
    {
        var mentioned = ConversationTest.Message("report 30", mentionBot: true);
        mentioned.From = new ChannelAccount { Id = "29:teams-user", AadObjectId = BotHarness.ModeratorAadId, Name = "Mod" };
        mentioned.CallerId = AuthenticationOutcome.BotFrameworkChannelCallerId;
        mentioned.Conversation = new ConversationAccount { Id = "conv-1", ConversationType = "channel", IsGroup = true, TenantId = BotHarness.ModeratorTenantId };
        var unaddressed = ConversationTest.Message("report 30");
        unaddressed.From = mentioned.From;
        unaddressed.CallerId = mentioned.CallerId;
        unaddressed.Conversation = mentioned.Conversation;

        await new ConversationTest(_harness.NewBot(), channelId: "msteams", conversationType: "channel")
            .Send(unaddressed)
            .AssertNoReply()
            .Send(mentioned)
            .AssertReply(reply =>
            {
                Assert.Equal("command", Kind(reply));
                Assert.StartsWith("**Moderator report: the last 30 day(s)**", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_turn_log_that_cannot_be_written_still_answers_and_logs_the_error()
    {
        await _harness.Backend.ExecuteSqlAsync("DROP TABLE turn_log");

        await new ConversationTest(_harness.NewBot())
            .Send("Does low-dose naltrexone help fibromyalgia?")
            .AssertReply(reply => Assert.Equal("answer", Kind(reply)))
            .StartTestAsync();

        Assert.Contains(_harness.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("could not be recorded", StringComparison.Ordinal));
    }

    /// <summary>A moderator's message as the adapter hands it to the bot after validating a Teams channel token.</summary>
    private static Activity FromModerator(string text)
    {
        var activity = ConversationTest.Message(text);
        activity.ChannelId = "msteams";
        activity.CallerId = AuthenticationOutcome.BotFrameworkChannelCallerId;
        activity.From = new ChannelAccount { Id = "29:moderator", AadObjectId = BotHarness.ModeratorAadId, Name = "Moderator" };
        activity.Conversation = new ConversationAccount { Id = "conv-1", TenantId = BotHarness.ModeratorTenantId };
        return activity;
    }

    public static TheoryData<string, string> ImpersonationsOfTheModerator => new()
    {
        // The probe's attack: a web chat visitor whose id is the moderator's AAD object id.
        { "directline id", "directline" },
        { "teams without a validated token", "msteams" },
        { "teams from another tenant", "msteams" },
        { "teams with a forged callerId on another channel", "webchat" },
    };

    [Theory]
    [MemberData(nameof(ImpersonationsOfTheModerator))]
    public async Task Only_an_authenticated_Teams_activity_from_the_moderators_tenant_is_a_moderator(string attempt, string channel)
    {
        var activity = FromModerator("export 30");
        activity.ChannelId = channel;
        switch (attempt)
        {
            case "directline id":
                activity.CallerId = null;
                activity.From = new ChannelAccount { Id = BotHarness.ModeratorAadId, AadObjectId = BotHarness.ModeratorAadId };
                break;
            case "teams without a validated token":
                activity.CallerId = null;
                break;
            case "teams from another tenant":
                activity.Conversation!.TenantId = "11111111-0000-4000-8000-000000000000";
                break;
        }

        await new ConversationTest(_harness.NewBot(), channelId: channel)
            .Send(activity)
            .AssertReply(reply =>
            {
                Assert.Equal(FixedTexts.ModeratorsOnly, reply.Text);
                Assert.Null(reply.Attachments);
            })
            .StartTestAsync();
    }

    private static Activity FeedbackInvoke(string replyToId, string reaction, string comment) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "message/submitAction",
        ReplyToId = replyToId,
        Value = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = new JsonObject { ["feedbackText"] = comment }.ToJsonString() },
        },
    };

    private static string Kind(Activity reply) =>
        Assert.Single(reply.Entities!, e => e.Type == "answerInfo").Properties!["kind"]!.GetValue<string>();
}
