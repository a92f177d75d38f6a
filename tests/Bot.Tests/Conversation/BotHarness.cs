using System.Security.Cryptography;
using FibroBot.Answers;
using FibroBot.BotFramework.Storage;
using FibroBot.Conversation;
using FibroBot.Moderation;
using FibroBot.Tests.Answers;
using FibroBot.Tests.Storage;
using FibroBot.Tests.Storage.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Conversation;

/// <summary>
/// Builds the conversation bot over the fixture corpus with a real SQLite turn log in a temporary folder, so that
/// what one turn records is what a later <c>report</c> in the same test reads.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string ModeratorAadId = "0b7e6c1a-0000-4000-8000-0000000000aa";
    public const string ModeratorTenantId = "7d3c2b1a-0000-4000-8000-0000000000ee";

    private BotHarness(SqliteTestBackend backend)
    {
        Backend = backend;
        Hasher = new PrivacyHasher(RandomNumberGenerator.GetBytes(32));
        TurnLog = new TurnLogWriter(backend.TurnLog, Hasher, TimeProvider.System);
    }

    public SqliteTestBackend Backend { get; }

    public PrivacyHasher Hasher { get; }

    public TurnLogWriter TurnLog { get; }

    public CapturedLogs Logs { get; } = new();

    public static async Task<BotHarness> CreateAsync() => new(await SqliteTestBackend.CreateAsync());

    /// <param name="feedback">Where feedback goes; the turn log (as in the host) when not given.</param>
    public FibroEvidenceBot NewBot(IStorage? storage = null, IFeedbackSink? feedback = null) => new(
        FixtureCorpus.Pipeline(),
        new AnswerComposer(FixtureCorpus.Catalog),
        new ConversationStateStore(storage ?? new MemoryStorage(), Hasher),
        feedback ?? new TurnLogFeedbackSink(TurnLog, NullLogger<TurnLogFeedbackSink>.Instance),
        TurnLog,
        new ModeratorCommands(Backend.TurnLog, Options.Create(new ModeratorOptions { Ids = [ModeratorAadId], TenantId = ModeratorTenantId }), TimeProvider.System),
        TimeProvider.System,
        Logs.For<FibroEvidenceBot>());

    public ValueTask DisposeAsync() => Backend.DisposeAsync();
}
