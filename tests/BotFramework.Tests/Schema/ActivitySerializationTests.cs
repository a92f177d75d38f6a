namespace FibroBot.Tests.Schema;

public sealed class ActivitySerializationTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    private static JsonObject Write(Activity activity) => JsonSerializer.SerializeToNode(activity, BotJson.Options)!.AsObject();

    [Fact]
    public void Teams_channel_message_round_trips_with_unknown_fields_at_every_level()
    {
        const string json = """
            { "type": "message", "id": "1722334455667", "timestamp": "2026-08-01T09:00:00.1234567Z",
              "localTimestamp": "2026-08-01T11:00:00.123+02:00", "serviceUrl": "https://smba.trafficmanager.net/emea/",
              "channelId": "msteams", "futureField": { "nested": [1, 2] },
              "from": { "id": "29:1xYz", "name": "Ada", "aadObjectId": "5b0c", "userPrincipalName": "ada@example.com" },
              "recipient": { "id": "28:bot", "name": "FAQ Bot" },
              "conversation": { "id": "19:abc@thread.tacv2;messageid=1", "conversationType": "channel", "isGroup": true, "tenantId": "t1", "extraConv": "x" },
              "text": "<at>FAQ Bot</at> hi", "textFormat": "plain", "locale": "en-US",
              "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" }, "attachmentExtra": 3 } ],
              "entities": [ { "type": "mention", "text": "<at>FAQ Bot</at>", "mentioned": { "id": "28:bot", "name": "FAQ Bot" } } ],
              "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:team" }, "channel": { "id": "19:abc" } },
              "suggestedActions": { "actions": [ { "type": "imBack", "title": "Yes", "value": "Yes", "actionExtra": true } ] } }
            """;

        var written = Write(Read(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public void Names_are_read_case_insensitively_and_written_camel_case()
    {
        var activity = Read("""{ "Type": "message", "ServiceUrl": "http://127.0.0.1/", "Conversation": { "ID": "c1" }, "ReplyToId": "9" }""");

        Assert.Equal("message", activity.Type);
        Assert.Equal("c1", activity.Conversation!.Id);
        var written = Write(activity).ToJsonString();
        Assert.Contains("\"serviceUrl\":", written, StringComparison.Ordinal);
        Assert.Contains("\"replyToId\":\"9\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("ServiceUrl", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_and_empty_collections_are_omitted_but_empty_text_is_kept()
    {
        var written = Write(new Activity { Type = ActivityTypes.Message, Text = string.Empty, Attachments = [], Entities = [], MembersAdded = [] });

        Assert.Equal(["type", "text"], written.Select(p => p.Key));
    }

    [Fact]
    public void Expected_replies_keeps_an_empty_activities_list()
    {
        var written = JsonSerializer.Serialize(new ExpectedReplies(), BotJson.Options);

        Assert.Equal("""{"activities":[]}""", written);
    }

    [Fact]
    public void Conversation_update_installation_update_reaction_invoke_and_typing_fields_are_read()
    {
        var update = Read("""{ "type": "conversationUpdate", "membersAdded": [ { "id": "u1" }, { "id": "28:bot" } ], "membersRemoved": [ { "id": "u2" } ], "conversation": { "id": "c" } }""");
        var install = Read("""{ "type": "installationUpdate", "action": "add-upgrade" }""");
        var reaction = Read("""{ "type": "messageReaction", "reactionsAdded": [ { "type": "like" } ], "reactionsRemoved": [ { "type": "heart" } ], "replyToId": "5" }""");
        var invoke = Read("""{ "type": "invoke", "name": "message/submitAction", "value": { "actionName": "feedback" }, "valueType": "x" }""");
        var typing = Read("""{ "type": "typing", "deliveryMode": "expectReplies", "callerId": "forged" }""");

        Assert.Equal(["u1", "28:bot"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal("u2", Assert.Single(update.MembersRemoved!).Id);
        Assert.Equal(InstallationUpdateActions.AddUpgrade, install.Action);
        Assert.Equal("like", Assert.Single(reaction.ReactionsAdded!).Type);
        Assert.Equal("heart", Assert.Single(reaction.ReactionsRemoved!).Type);
        Assert.Equal("feedback", invoke.Value!["actionName"]!.GetValue<string>());
        Assert.Equal(DeliveryModes.ExpectReplies, typing.DeliveryMode);
    }

    [Fact]
    public void Timestamps_with_seven_fractional_digits_and_offsets_parse()
    {
        var activity = Read("""{ "type": "message", "timestamp": "2026-08-01T09:00:00.1234567Z", "localTimestamp": "2026-08-01T11:00:00.5+02:00" }""");

        Assert.Equal(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
    }
}
