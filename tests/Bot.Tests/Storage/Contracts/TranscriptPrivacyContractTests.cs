using FibroBot.Tests.Safety;
using FibroBot.Answers;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Schema;
using FibroBot.Moderation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>
/// What the Direct Line transcript leaves in the database under the bot's privacy filter, read back with SQL behind
/// the store's back, on each database back end: the probe found crisis messages and display names stored word for
/// word and never deleted.
/// </summary>
public abstract class TranscriptPrivacyContractTests : IAsyncLifetime
{
    private const string ConversationId = "privacy-conversation";
    private const string CrisisMessage = "I want to kill myself tonight";
    private const string DisplayName = "Jordan Example";

    protected StorageTestBackend Backend { get; private set; } = null!;

    protected abstract Task<StorageTestBackend> OpenBackendAsync();

    public async Task InitializeAsync() => Backend = await OpenBackendAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public async Task A_crisis_message_and_display_names_never_reach_the_database_and_retention_deletes_the_transcript()
    {
        var options = new DirectLineOptions { MaxTranscriptAge = TimeSpan.FromDays(30), TranscriptHours = 48 };
        var signals = new DirectLineConversationSignals();
        var store = new DirectLineConversationStore(
            Backend.Storage, signals, options, TimeProvider.System, NullLogger<DirectLineConversationStore>.Instance, new TranscriptPrivacyFilter(SharedSafety.Triage, SharedSafety.Embedder));
        await store.CreateAsync(ConversationId, "dl_member", default);

        await store.AppendAsync(ConversationId, [FromMember("Does low-dose naltrexone help fatigue?")], default);
        await store.AppendAsync(ConversationId, [FromBot("An answer about LDN.")], default);
        using var stream = signals.Subscribe(ConversationId);
        var crisis = FromMember(CrisisMessage);
        await store.AppendAsync(ConversationId, [crisis], default);
        await store.AppendAsync(ConversationId, [FromBot(FixedTexts.Crisis.Guidance)], default);

        // The member's own screen still gets the crisis bubble, live, with the id the post returned.
        Assert.True(stream.Reader.TryRead(out var signal));
        Assert.Equal(CrisisMessage, signal.Transient?.Text);
        Assert.Equal(crisis.Id, signal.Transient?.Id);

        Assert.Equal(0, await CountDocumentsContainingAsync("kill myself"));
        Assert.Equal(0, await CountDocumentsContainingAsync("Jordan"));
        Assert.Equal(1, await CountDocumentsContainingAsync("naltrexone help fatigue"));
        var stored = (await store.ReadAsync(ConversationId, default))!;
        Assert.Equal(["Does low-dose naltrexone help fatigue?", "An answer about LDN.", FixedTexts.Crisis.Guidance], stored.Activities.Select(a => a.Text));
        Assert.All(stored.Activities, a => Assert.Null(a.From?.Role == "bot" ? a.Recipient?.Name : a.From?.Name));

        // 48 hours (the shorter of TranscriptHours and the retention period) after the last write, it is all gone.
        var retention = new DirectLineTranscriptRetention(
            Backend.Storage, Options.Create(options), new ShiftedTime(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1)),
            NullLogger<DirectLineTranscriptRetention>.Instance);
        var early = new DirectLineTranscriptRetention(
            Backend.Storage, Options.Create(options), new ShiftedTime(TimeSpan.FromHours(47)), NullLogger<DirectLineTranscriptRetention>.Instance);

        Assert.Equal(0, await early.DeleteExpiredAsync(default));
        Assert.Equal(1, await retention.DeleteExpiredAsync(default));
        Assert.Equal(0, await Backend.QueryScalarAsync("SELECT COUNT(*) FROM documents WHERE key LIKE 'directline/%'"));
        Assert.Null(await store.ReadAsync(ConversationId, default));
    }

    private Task<long> CountDocumentsContainingAsync(string text) =>
        Backend.QueryScalarAsync($"SELECT COUNT(*) FROM documents WHERE CAST(value AS TEXT) LIKE '%{text}%'");

    private static Activity FromMember(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount { Id = "dl_member", Name = DisplayName, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Name = "Fibro Evidence Bot", Role = "bot" },
    };

    private static Activity FromBot(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount { Id = "bot", Name = "Fibro Evidence Bot", Role = "bot" },
        Recipient = new ChannelAccount { Id = "dl_member", Name = DisplayName, Role = "user" },
    };

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
