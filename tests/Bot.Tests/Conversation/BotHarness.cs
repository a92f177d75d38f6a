using FibroBot.Answers;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Storage;
using FibroBot.Conversation;
using FibroBot.Hosting;
using FibroBot.Moderation;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;
using FibroBot.Storage;
using FibroBot.Tests.Answers;
using FibroBot.Tests.Safety;
using FibroBot.Tests.Storage;
using FibroBot.Tests.Storage.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FibroBot.Tests.Conversation;

/// <summary>
/// Composes the conversation bot through the host's own Add… methods, over the fixture corpus (keyword search) and
/// the shared safety model, with a real SQLite turn log in a temporary folder, so that what one turn records is what
/// a later <c>report</c> in the same test reads.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string ModeratorAadId = "0b7e6c1a-0000-4000-8000-0000000000aa";
    public const string ModeratorTenantId = "7d3c2b1a-0000-4000-8000-0000000000ee";

    private readonly List<IHost> _hosts = [];
    private readonly IHost _shared;

    private BotHarness(SqliteTestBackend backend)
    {
        Backend = backend;
        _shared = Compose(storage: null, feedback: null);
        Hasher = _shared.Services.GetRequiredService<PrivacyHasher>();
        TurnLog = _shared.Services.GetRequiredService<TurnLogWriter>();
    }

    public SqliteTestBackend Backend { get; }

    public PrivacyHasher Hasher { get; }

    public TurnLogWriter TurnLog { get; }

    public CapturedLogs Logs { get; } = new();

    public static async Task<BotHarness> CreateAsync() => new(await SqliteTestBackend.CreateAsync());

    /// <param name="storage">The conversation state's storage; memory when not given.</param>
    /// <param name="feedback">Where feedback goes; the turn log (as in the host) when not given.</param>
    /// <param name="embedder">The query encoder; the shared one when not given.</param>
    public FibroEvidenceBot NewBot(IStorage? storage = null, IFeedbackSink? feedback = null, IQueryEmbedder? embedder = null) =>
        (FibroEvidenceBot)Compose(storage, feedback, embedder).Services.GetRequiredService<IBot>();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        await Backend.DisposeAsync();
    }

    private IHost Compose(IStorage? storage, IFeedbackSink? feedback, IQueryEmbedder? embedder = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = Path.GetDirectoryName(Backend.FilePath),
            [$"{ModeratorOptions.SectionName}:0"] = ModeratorAadId,
            [ModeratorOptions.TenantSettingName] = ModeratorTenantId,
        });
        builder.ValidateServicesOnBuild();
        builder.AddBotStorage();
        builder.AddTurnLog();
        builder.AddModeration();
        builder.AddAnswerPipeline();
        builder.AddConversationBot();

        // The test doubles: the fixture corpus and its keyword search, the one safety model of the test run, this
        // harness's database and the recorded logs.
        builder.Services.AddSingleton(SharedSafety.Triage);
        builder.Services.AddSingleton<IQueryEmbedder>(embedder ?? SharedSafety.Embedder);
        builder.Services.AddSingleton<CorpusCatalog>(FixtureCorpus.Catalog);
        builder.Services.AddSingleton<IPassageSearch>(new FixtureCorpus.KeywordSearch(FixtureCorpus.Catalog));
        builder.Services.Replace(ServiceDescriptor.Singleton<ITurnLog>(Backend.TurnLog));
        builder.Services.Replace(ServiceDescriptor.Singleton<IStorage>(storage ?? new MemoryStorage()));
        builder.Services.AddSingleton(Logs.For<FibroEvidenceBot>());
        if (feedback is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(feedback));
        }

        var host = builder.Build();
        _hosts.Add(host);
        return host;
    }
}
