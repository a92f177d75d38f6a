using Microsoft.Extensions.Logging;
using FibroBot.Moderation;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>The <see cref="ITurnLog"/> behaviour and its privacy rules, run against each database back end.</summary>
public abstract class TurnLogContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key = "a test key that is long enough"u8.ToArray();

    private readonly List<StorageTestBackend> _backends = [];

    protected StorageTestBackend Backend { get; private set; } = null!;

    private ITurnLog Log => Backend.TurnLog;

    /// <summary>A new, empty, migrated database of the back end under test.</summary>
    protected abstract Task<StorageTestBackend> OpenBackendAsync();

    public async Task InitializeAsync()
    {
        Backend = await OpenBackendAsync();
        _backends.Add(Backend);
    }

    public async Task DisposeAsync()
    {
        foreach (var backend in Enumerable.Reverse(_backends))
        {
            await backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task Appended_turns_come_back_from_the_given_time_on_oldest_first_with_every_field()
    {
        var full = new TurnRecord
        {
            Time = Now.AddMinutes(-5).AddTicks(1_234),
            Channel = "msteams",
            Kind = TurnKind.Answer,
            Topics = ["ldn", "sleep"],
            SourceIds = ["ldn-rct-2013", "nice-ng193"],
            Confidence = 0.8125,
            Redactions = 2,
            UserHash = new string('a', 64),
            ConversationHash = new string('b', 64),
            Question = "does ldn help sleep?",
            ReplyActivityId = "reply-1",
            Feedback = new TurnFeedback(FeedbackRating.Up, "clear", Now.AddMinutes(-4)),
        };
        var minimal = new TurnRecord { Time = Now.AddMinutes(-1), Channel = "webchat", Kind = TurnKind.NoAnswer };
        var old = new TurnRecord { Time = Now.AddDays(-2), Channel = "webchat", Kind = TurnKind.Help };

        await Log.AppendAsync(minimal, default);
        await Log.AppendAsync(full, default);
        await Log.AppendAsync(old, default);
        var turns = await Log.QueryAsync(Now.AddHours(-1), default);

        Assert.Equal(2, turns.Count);
        Assert.Equal(full with { Time = Now.AddMinutes(-5) }, turns[0]);
        Assert.Equal(minimal, turns[1]);
        Assert.Equal(3, (await Log.QueryAsync(DateTimeOffset.MinValue, default)).Count);
    }

    [Fact]
    public async Task Feedback_attaches_to_the_turn_with_that_reply_activity_id()
    {
        await Log.AppendAsync(Turn(Now, "reply-1"), default);
        await Log.AppendAsync(Turn(Now, "reply-2"), default);
        var feedback = new TurnFeedback(FeedbackRating.Down, "too long", Now.AddMinutes(1));

        Assert.True(await Log.SetFeedbackAsync("reply-2", feedback, default));
        Assert.False(await Log.SetFeedbackAsync("no-such-reply", feedback, default));

        var turns = await Log.QueryAsync(Now.AddDays(-1), default);
        Assert.Null(turns.Single(t => t.ReplyActivityId == "reply-1").Feedback);
        Assert.Equal(feedback, turns.Single(t => t.ReplyActivityId == "reply-2").Feedback);
    }

    [Fact]
    public async Task Retention_deletes_only_turns_older_than_the_configured_days()
    {
        await Log.AppendAsync(Turn(Now.AddDays(-31), "expired"), default);
        await Log.AppendAsync(Turn(Now.AddDays(-29), "kept"), default);
        var retention = new TurnLogRetentionService(
            Log, Backend.Storage, Options.Create(new PrivacyOptions { RetentionDays = 30 }), new FixedTime(Now), Backend.Logs.For<TurnLogRetentionService>());

        Assert.Equal(1, await retention.DeleteExpiredAsync(default));
        Assert.Equal(0, await retention.DeleteExpiredAsync(default));

        var left = await Log.QueryAsync(DateTimeOffset.MinValue, default);
        Assert.Equal(["kept"], left.Select(t => t.ReplyActivityId));
    }

    [Fact]
    public async Task A_crisis_turn_never_keeps_its_text_even_when_the_caller_passes_it()
    {
        await Log.AppendAsync(Turn(Now, "crisis") with { Kind = TurnKind.Crisis, Question = "raw crisis message" }, default);
        var writer = new TurnLogWriter(Log, new PrivacyHasher(Key), new FixedTime(Now));
        await writer.RecordTurnAsync(new TurnObservation { Channel = "webchat", Kind = TurnKind.Crisis, Question = "another crisis message" }, default);

        var turns = await Log.QueryAsync(DateTimeOffset.MinValue, default);

        Assert.Equal(2, turns.Count);
        Assert.All(turns, t => Assert.Null(t.Question));
        Assert.Equal(0, await Backend.QueryScalarAsync("SELECT COUNT(*) FROM turn_log WHERE question IS NOT NULL;"));
    }

    [Fact]
    public async Task The_writer_stores_keyed_hashes_and_scrubbed_text_never_the_raw_ids_or_personal_details()
    {
        var hasher = new PrivacyHasher(Key);
        var writer = new TurnLogWriter(Log, hasher, new FixedTime(Now));

        await writer.RecordTurnAsync(new TurnObservation
        {
            Channel = "msteams",
            Kind = TurnKind.Answer,
            UserId = "29:1abcUSERID",
            ConversationId = "19:meeting_CONVERSATIONID@thread.v2",
            UserName = "Dana Whitfield",
            Question = "Hi, my name is Dana, mail me at dana.w@example.org or +44 20 7946 0958. Whitfield here: is LDN safe?",
            ReplyActivityId = "reply-9",
        }, default);
        await writer.RecordFeedbackAsync("reply-9", FeedbackRating.Up, "thanks! call me Dee", "Dana Whitfield", default);

        var turn = Assert.Single(await Log.QueryAsync(DateTimeOffset.MinValue, default));
        Assert.Equal(hasher.HashUser("msteams", "29:1abcUSERID"), turn.UserHash);
        Assert.Equal(hasher.HashConversation("msteams", "19:meeting_CONVERSATIONID@thread.v2"), turn.ConversationHash);
        Assert.Equal("Hi, my name is [name], mail me at [email] or [phone]. [name] here: is LDN safe?", turn.Question);
        Assert.Equal("thanks! call me [name]", turn.Feedback!.Comment);
        foreach (var secret in new[] { "USERID", "CONVERSATIONID", "Dana", "Whitfield", "example.org", "7946", "Dee" })
        {
            Assert.Equal(0, await Backend.QueryScalarAsync(
                $"SELECT COUNT(*) FROM turn_log WHERE user_hash LIKE '%{secret}%' OR conversation_hash LIKE '%{secret}%' OR question LIKE '%{secret}%' OR feedback_comment LIKE '%{secret}%';"));
        }
    }

    [Fact]
    public async Task A_turn_with_corrupt_stored_json_is_skipped_and_logged_while_the_others_are_returned()
    {
        await Log.AppendAsync(Turn(Now, "damaged"), default);
        await Log.AppendAsync(Turn(Now, "healthy"), default);
        await Backend.ExecuteSqlAsync("UPDATE turn_log SET topics = '[\"ldn\", ' WHERE reply_activity_id = 'damaged';");

        var turns = await Log.QueryAsync(DateTimeOffset.MinValue, default);

        Assert.Equal(["healthy"], turns.Select(t => t.ReplyActivityId));
        Assert.Contains(Backend.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("turn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_appended_before_a_kill_is_there_after_restart()
    {
        await Log.AppendAsync(Turn(Now, "acknowledged"), default);

        var reopened = await Backend.KillAndReopenAsync();
        _backends.Add(reopened);

        Assert.Equal(["acknowledged"], (await reopened.TurnLog.QueryAsync(DateTimeOffset.MinValue, default)).Select(t => t.ReplyActivityId));
    }

    [Fact]
    public async Task Bad_records_are_rejected_with_a_clear_error()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Log.AppendAsync(null!, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Log.AppendAsync(Turn(Now, "r") with { Channel = " " }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Log.SetFeedbackAsync("", new TurnFeedback(FeedbackRating.Up, null, Now), default));
        Assert.Empty(await Log.QueryAsync(DateTimeOffset.MinValue, default));
    }

    private static TurnRecord Turn(DateTimeOffset time, string replyActivityId) => new()
    {
        Time = time,
        Channel = "webchat",
        Kind = TurnKind.Answer,
        Topics = ["fibromyalgia"],
        ReplyActivityId = replyActivityId,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
