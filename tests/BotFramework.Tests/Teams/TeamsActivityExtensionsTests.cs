using FibroBot.BotFramework.Teams;

namespace FibroBot.Tests.Teams;

public sealed class TeamsActivityExtensionsTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    [Fact]
    public void Channel_post_with_a_mention_is_addressed_to_the_bot_and_the_mention_is_stripped()
    {
        var activity = Read("""
            { "type": "message", "text": "<AT>Test Bot</AT> what is   LDN?", "recipient": { "id": "28:bot" },
              "conversation": { "id": "team-id;messageid=1", "conversationType": "channel", "isGroup": true, "tenantId": "t1" },
              "entities": [ { "type": "mention", "text": "<at>Test Bot</at>", "mentioned": { "id": "28:bot", "name": "Test Bot" } } ],
              "channelData": { "teamsChannelId": "team-id", "teamsTeamId": "team-id", "tenant": { "id": "t1" }, "team": { "id": "team-id" }, "channel": { "id": "chan" } } }
            """);

        Assert.True(activity.IsAddressedToBot());
        Assert.Equal("what is LDN?", activity.RemoveRecipientMention());
        Assert.Equal("t1", activity.GetTenantId());
        Assert.Equal("team-id", activity.GetTeamId());
        Assert.Equal("chan", activity.GetTeamsChannelId());
        Assert.Equal(ConversationTypes.Channel, activity.GetConversationType());
    }

    [Fact]
    public void Group_chat_message_mentioning_someone_else_is_not_for_the_bot()
    {
        var activity = Read("""
            { "type": "message", "text": "<at>Ada</at> hi", "recipient": { "id": "28:bot" },
              "conversation": { "id": "19:g@thread.v2", "conversationType": "groupChat", "isGroup": true },
              "entities": [ { "type": "mention", "text": "<at>Ada</at>", "mentioned": { "id": "29:ada" } }, { "type": "mention", "mentioned": [ "odd" ] } ] }
            """);

        Assert.False(activity.IsAddressedToBot());
        Assert.Equal("<at>Ada</at> hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Playground_personal_chat_without_a_conversation_type_counts_as_personal()
    {
        var activity = Read("""{ "type": "message", "text": "hi", "recipient": { "id": "b" }, "conversation": { "id": "c" }, "channelData": { "tenant": { "id": "t9" } } }""");

        Assert.True(activity.IsAddressedToBot());
        Assert.Equal(ConversationTypes.Personal, activity.GetConversationType());
        Assert.Equal("t9", activity.GetTenantId());
    }

    [Fact]
    public void Feedback_submission_is_read_with_its_json_string_text()
    {
        var activity = Read("""
            { "type": "invoke", "name": "message/submitAction", "replyToId": "r1",
              "value": { "actionName": "feedback", "actionValue": { "reaction": "dislike", "feedback": "{\"feedbackText\":\"too vague\"}" } } }
            """);

        Assert.True(activity.TryGetFeedback(out var feedback));
        Assert.Equal(new FeedbackSubmission("dislike", "too vague", "r1"), feedback);
    }

    [Theory]
    [InlineData("""{ "type": "invoke", "name": "message/submitAction", "value": { "actionName": "feedback", "actionValue": "x" } }""")]
    [InlineData("""{ "type": "invoke", "name": "message/submitAction", "value": [1] }""")]
    [InlineData("""{ "type": "invoke", "name": "adaptiveCard/action", "value": { "actionName": "feedback", "actionValue": { "reaction": "like" } } }""")]
    [InlineData("""{ "type": "message", "value": { "actionName": "feedback", "actionValue": { "reaction": "like" } } }""")]
    public void Other_or_malformed_activities_are_not_feedback(string json)
        => Assert.False(Read(json).TryGetFeedback(out _));

    [Fact]
    public void Feedback_loop_is_enabled_in_both_the_current_and_the_legacy_form_keeping_other_channel_data()
    {
        var activity = new Activity { Type = "message", ChannelData = new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } } }.EnableFeedbackLoop();

        Assert.Equal("default", activity.ChannelData!["feedbackLoop"]!["type"]!.GetValue<string>());
        Assert.True(activity.ChannelData["feedbackLoopEnabled"]!.GetValue<bool>());
        Assert.True(activity.ChannelData["notification"]!["alert"]!.GetValue<bool>());
    }
}
