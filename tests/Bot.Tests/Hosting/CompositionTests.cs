using FibroBot.Cli;
using FibroBot.Hosting;
using FibroBot.Moderation;
using FibroBot.Storage;
using Microsoft.AspNetCore.Hosting;
using FibroBot.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Hosting;

/// <summary>
/// The one composition root: the host's and the command line's service sets build with DI validation on
/// (every registered service constructible, no captured scoped service), and a bad setting stops the start naming itself.
/// </summary>
public sealed class CompositionTests : IDisposable
{
    private readonly string _dataPath = SqliteTestBackend.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public void The_web_host_composition_builds_with_validation_on()
    {
        using var app = WebHost([]).Build();

        Assert.NotNull(app.Services.GetService<BotFramework.Builder.IBot>());
    }

    [Fact]
    public void Validation_is_really_on_a_missing_registration_fails_the_build()
    {
        // The turn log's writer needs ITurnLog, which only storage registers; without it the container must refuse to build.
        var builder = WebHost([]);
        builder.Services.RemoveAll<ITurnLog>();

        var error = Assert.Throws<AggregateException>(() => builder.Build());

        Assert.Contains(nameof(ITurnLog), error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Verbs { get; } = ["ask", "report", "validate", "index"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void The_command_line_service_sets_build_with_validation_on(string verb)
    {
        var builder = CliHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = _dataPath });
        var needed = verb switch
        {
            "ask" => Compose(builder.AddAnswering, typeof(FibroBot.Answers.AnswerPipeline)),
            "report" => Compose(builder.AddBotStorage, typeof(ITurnLog)),
            "validate" => Compose(builder.AddCorpus, typeof(Retrieval.Corpus.CorpusLocations)),
            _ => Compose(() => builder.AddCorpus().AddSentenceEncoder(), typeof(Retrieval.Embeddings.SentenceEmbedder)),
        };

        using var host = builder.Build();

        Assert.True(host.Services.GetRequiredService<IServiceProviderIsService>().IsService(needed));
    }

    [Fact]
    public void The_command_line_validates_scopes_too()
    {
        var builder = CliHost.CreateBuilder();
        builder.Services.AddScoped<ScopedThing>();
        builder.Services.AddSingleton<NeedsScopedThing>();

        Assert.Throws<AggregateException>(() => builder.Build());
    }

    [Theory]
    [InlineData("RateLimiting:PerUser:TokenLimit", "0")]
    [InlineData("DirectLine:TokenLifetime", "00:00:00")]
    [InlineData("Deduplication:WindowMinutes", "0")]
    [InlineData("WebChat:Locale", "not a locale")]
    [InlineData("BotFramework:MaxRequestBodyBytes", "-1")]
    [InlineData("Storage:StartupAttempts", "0")]
    [InlineData("Privacy:RetentionDays", "0")]
    public async Task A_bad_setting_fails_the_start_with_a_message_naming_it(string key, string value)
    {
        await using var app = WebHost(new() { [key] = value }).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private WebApplicationBuilder WebHost(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = _dataPath }.Concat(settings));
        builder.AddFibroBot();
        return builder;
    }

    private static Type Compose(Func<IHostApplicationBuilder> compose, Type needed)
    {
        compose();
        return needed;
    }

    private sealed class ScopedThing;

    private sealed class NeedsScopedThing(ScopedThing thing)
    {
        public ScopedThing Thing { get; } = thing;
    }
}
