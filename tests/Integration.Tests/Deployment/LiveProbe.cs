using System.Net;
using System.Text.Json.Nodes;
using FibroBot.Answers;

namespace FibroBot.Integration.Deployment;

/// <summary>
/// The attacks of issue 17's probe, replayed against a running bot over HTTP, with the database read back behind
/// the bot's back by <paramref name="countRows"/> (SQL that SQLite and PostgreSQL both accept).
/// </summary>
internal static class LiveProbe
{
    public const string ModeratorAadId = "0b7e6c1a-0000-4000-8000-0000000000aa";
    public const string ModeratorTenantId = "7d3c2b1a-0000-4000-8000-0000000000ee";
    public const string CrisisMessage = "I want to kill myself tonight";
    public const string NormalQuestion = "Does low-dose naltrexone help fibromyalgia?";
    public const string DisplayName = "Jordan Example";

    /// <summary>The deployment's settings plus a moderator, as an operator lists one.</summary>
    public static Dictionary<string, string> WithModerator(Dictionary<string, string> settings)
    {
        settings["Moderators:0"] = $"{ModeratorTenantId}/{ModeratorAadId}";
        return settings;
    }

    /// <summary>One activity sent three times with the same id (the channel retrying): one reply, one turn-log row.</summary>
    public static async Task TripleDeliveryAsync(IReadOnlyList<BotClient> instances, Func<string, Task<long>> countRows)
    {
        var conversation = $"conv-{Guid.NewGuid():N}";
        var activityId = $"activity-{Guid.NewGuid():N}";

        var deliveries = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            instances[i % instances.Count].AskAsync(conversation, "member-1", "Is kratom legal in the US?", activityId: activityId)));
        var again = await instances[0].AskAsync(conversation, "member-1", "Is kratom legal in the US?", activityId: activityId);

        // With expectReplies the turn, its replies and its turn-log row are all done when the response arrives.
        var all = deliveries.Append(again).ToList();
        Assert.All(all, d => Assert.Equal(HttpStatusCode.OK, d.Status));
        var answered = Assert.Single(all, d => d.Replies.Count > 0);
        Assert.Single(answered.Replies, r => BotClient.AnswerKind(r) == "answer");
        Assert.Equal(1, await countRows("SELECT COUNT(*) FROM turn_log"));

        // A new activity in the same conversation is a new turn.
        var next = await instances[^1].AskAsync(conversation, "member-1", "Is kratom legal in the US?");
        Assert.Single(next.Replies, r => BotClient.AnswerKind(r) == "answer");
        Assert.Equal(2, await countRows("SELECT COUNT(*) FROM turn_log"));
    }

    /// <summary>
    /// A web chat visitor asks for a token with a moderator's AAD object id, claims it again in the activity (with
    /// aadObjectId and a channel's callerId), and types the moderator commands: each gets "moderators only".
    /// </summary>
    public static async Task ModeratorImpersonationAsync(BotClient client)
    {
        // Something to export, so that a leak would show.
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync("conv-export", "member-2", NormalQuestion)).Status);

        var (session, issuedUserId) = await client.StartDirectLineAsUserAsync(ModeratorAadId);
        Assert.Equal("dl_" + ModeratorAadId, issuedUserId);
        foreach (var command in new[] { "export 30", "report", "report 30" })
        {
            Assert.Equal(HttpStatusCode.OK, await client.PostDirectLineAsync(session, new JsonObject
            {
                ["type"] = "message",
                ["text"] = command,
                ["callerId"] = "urn:botframework:azure",
                ["from"] = new JsonObject { ["id"] = ModeratorAadId, ["aadObjectId"] = ModeratorAadId },
                ["conversation"] = new JsonObject { ["id"] = session.ConversationId, ["tenantId"] = ModeratorTenantId },
                ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ModeratorTenantId } },
            }));
        }

        var activities = await client.WaitForDirectLineAsync(
            session, all => BotClient.BotMessages(all).Count(a => BotClient.AnswerKind(a) == "command") >= 3, TimeSpan.FromSeconds(30));
        var replies = BotClient.BotMessages(activities).Where(a => BotClient.AnswerKind(a) == "command").ToList();
        Assert.Equal(3, replies.Count);
        Assert.All(replies, reply =>
        {
            Assert.Equal(FixedTexts.ModeratorsOnly, reply["text"]!.GetValue<string>());
            Assert.True(reply["attachments"] is null || reply["attachments"]!.AsArray().Count == 0, reply.ToJsonString());
        });
        Assert.DoesNotContain(activities.OfType<JsonObject>(), a => a.ToJsonString().Contains("text/csv", StringComparison.Ordinal));
    }

    /// <summary>
    /// A normal turn and a crisis turn over Direct Line from a member with a display name; then the database holds
    /// neither the crisis words nor the name, while the normal question and the bot's crisis guidance are kept.
    /// </summary>
    public static async Task TranscriptAsync(BotClient client, Func<string, Task<long>> countRows)
    {
        var (session, _) = await client.StartDirectLineAsUserAsync("member-7");
        foreach (var text in new[] { NormalQuestion, CrisisMessage })
        {
            Assert.Equal(HttpStatusCode.OK, await client.PostDirectLineAsync(session, new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["from"] = new JsonObject { ["id"] = "member-7", ["name"] = DisplayName },
            }));
        }

        var activities = await client.WaitForDirectLineAsync(
            session,
            all => BotClient.BotMessages(all).Any(a => BotClient.AnswerKind(a) == "answer") && BotClient.BotMessages(all).Any(a => BotClient.AnswerKind(a) == "crisis"),
            TimeSpan.FromSeconds(60));

        // The turn-log row follows the reply; wait until it is there, then look for what must not be.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await countRows("SELECT COUNT(*) FROM turn_log WHERE kind = 'crisis'") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the crisis turn was never recorded");
            await Task.Delay(100);
        }

        // What a reload shows: the question and both replies, not the crisis message, no names.
        Assert.DoesNotContain(activities.OfType<JsonObject>(), a => a["text"]?.GetValue<string>() == CrisisMessage);
        Assert.DoesNotContain(DisplayName, activities.ToJsonString(), StringComparison.Ordinal);

        // What the database holds, read behind the bot's back.
        Assert.Equal(0, await countRows("SELECT COUNT(*) FROM documents WHERE value LIKE '%kill myself%'"));
        Assert.Equal(0, await countRows("SELECT COUNT(*) FROM documents WHERE value LIKE '%Jordan%'"));
        Assert.Equal(0, await countRows($"SELECT COUNT(*) FROM documents WHERE key LIKE '%{session.ConversationId}%' AND key NOT LIKE 'directline/%'"));
        Assert.Equal(0, await countRows("SELECT COUNT(*) FROM turn_log WHERE question LIKE '%kill%' OR question LIKE '%Jordan%'"));
        Assert.Equal(1, await countRows("SELECT COUNT(*) FROM documents WHERE key LIKE 'directline/%' AND value LIKE '%naltrexone help fibromyalgia%'"));
    }
}
