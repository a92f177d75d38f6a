using FibroBot.Moderation;

namespace FibroBot.Tests.Storage;

/// <summary>What <see cref="TurnLogWriter"/> makes of raw turns, checked on the records it builds.</summary>
public sealed class TurnLogWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 30, 0, TimeSpan.Zero);
    private readonly PrivacyHasher _hasher = new("writer test key, long enough"u8.ToArray());

    private TurnLogWriter Writer => new(new UnusedTurnLog(), _hasher, new FixedTime(Now));

    [Fact]
    public void Ids_become_hashes_and_missing_ids_stay_missing()
    {
        var record = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Answer, UserId = "u1", ConversationId = "c1" });
        var anonymous = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Answer });

        Assert.Equal(_hasher.HashUser("webchat", "u1"), record.UserHash);
        Assert.Equal(_hasher.HashConversation("webchat", "c1"), record.ConversationHash);
        Assert.Null(anonymous.UserHash);
        Assert.Null(anonymous.ConversationHash);
        Assert.Equal(Now, record.Time);
    }

    [Fact]
    public void Crisis_text_is_dropped_and_other_text_is_scrubbed_and_trimmed()
    {
        var crisis = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Crisis, Question = "I want to end it all" });
        var answer = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Refusal, Question = "  how much kratom? mail a@b.io  " });
        var blank = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Answer, Question = "   " });

        Assert.Null(crisis.Question);
        Assert.Equal("how much kratom? mail [email]", answer.Question);
        Assert.Null(blank.Question);
    }

    [Fact]
    public void Long_text_is_scrubbed_before_it_is_cut()
    {
        // The address straddles the cut: cut first, "someone.long@exampl" would no longer look like an address.
        var question = new string('x', TurnLogWriter.MaxTextLength - 13) + " someone.long@example.org " + new string('y', 50);

        var record = Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Answer, Question = question });

        Assert.Equal(TurnLogWriter.MaxTextLength, record.Question!.Length);
        Assert.Contains("[email]", record.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("someone", record.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_observations_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Writer.ToRecord(null!));
        Assert.Throws<ArgumentException>(() => Writer.ToRecord(new TurnObservation { Channel = "", Kind = TurnKind.Help }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.ToRecord(new TurnObservation { Channel = "webchat", Kind = TurnKind.Answer, Redactions = -1 }));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>ToRecord never touches the log; any call here is a bug in the test.</summary>
    private sealed class UnusedTurnLog : ITurnLog
    {
        public Task AppendAsync(TurnRecord record, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<bool> SetFeedbackAsync(string replyActivityId, TurnFeedback feedback, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
