using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace FibroBot.Integration.Fuzz;

/// <summary>
/// Generated and mutated activities and Direct Line requests against the real bot process over loopback HTTP:
/// no 5xx, the process stays up and answers normally afterwards, and its memory stays bounded. A fixed seed and
/// 1,500 requests by default; <c>bench/run-fuzz.sh</c> runs 10,000+ through the same test
/// (<c>FIBROBOT_FUZZ_COUNT</c>, <c>FIBROBOT_FUZZ_SEED</c>).
/// </summary>
[Trait("Category", "Slow")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCount = 1_500;
    private const int DefaultSeed = 20_261_122;
    // Growth allowed between the end of the warm-up and the end of the run; a leak per request would pass it
    // in a long run (run-fuzz.sh) even if the short run stays under it.
    private const double AllowedGrowthMiB = 192;

    [Fact]
    public async Task Generated_and_mutated_requests_get_no_5xx_and_leave_the_bot_up_with_bounded_memory()
    {
        var count = Setting("FIBROBOT_FUZZ_COUNT", DefaultCount);
        var seed = Setting("FIBROBOT_FUZZ_SEED", DefaultSeed);
        var deadline = DateTimeOffset.UtcNow.AddMinutes(Setting("FIBROBOT_FUZZ_MINUTES", 20));

        // Replies in normal delivery mode go to a connector that takes them, so a 5xx can only be the bot's own.
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(FuzzSettings);
        using var client = bot.CreateClient(TimeSpan.FromSeconds(30));
        var sessions = await DirectLineSessions.StartAsync(client, 3);
        var random = new Random(seed);
        var activities = new ActivityFuzzer(random, connector.ServiceUrlFor(ConnectorBehaviour.Accept));
        var directLine = new DirectLineFuzzer(random, sessions);
        FuzzRequest Next() => random.Next(4) == 0 ? directLine.Next() : activities.Next();

        var report = new FuzzReport();
        var runner = new FuzzRunner(client, parallelism: 4);
        var warmup = Math.Max(1, count / 10);
        await runner.RunAsync(Next, warmup, report, deadline);
        var afterWarmup = bot.Memory();
        await runner.RunAsync(Next, count - warmup, report, deadline);
        var atEnd = bot.Memory();

        output.WriteLine($"seed {seed}, {sessions.Count} Direct Line sessions; {report.Summary()}");
        output.WriteLine(FormattableString.Invariant(
            $"RSS after warm-up {afterWarmup.Rss:F0} MiB, at end {atEnd.Rss:F0} MiB, peak {atEnd.Peak:F0} MiB"));

        if (report.FailureCount > 0)
        {
            var log = Path.Combine(Path.GetTempPath(), $"fibrobot-fuzz-{seed}.log");
            File.WriteAllText(log, bot.Output);
            output.WriteLine($"the bot's log is in {log}; its errors:");
            output.WriteLine(string.Join(Environment.NewLine, bot.Output.Split('\n').SkipWhile(line => !line.StartsWith("fail:", StringComparison.Ordinal)).Take(60)));
        }

        Assert.False(bot.HasExited, $"the bot exited:\n{bot.Output}");
        Assert.True(report.FailureCount == 0, report.Summary());
        Assert.Equal(count, report.Sent);
        Assert.InRange(atEnd.Rss - afterWarmup.Rss, double.MinValue, AllowedGrowthMiB);
        await AssertStillAnswersAsync(client);
    }

    /// <summary>Rate limits far above the fuzz load, so every request reaches the endpoint it aims at.</summary>
    internal static IReadOnlyDictionary<string, string> FuzzSettings { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:PerUser:TokenLimit"] = "1000000",
        ["RateLimiting:PerUser:TokensPerPeriod"] = "1000000",
        ["RateLimiting:PerConversation:TokenLimit"] = "1000000",
        ["RateLimiting:PerConversation:TokensPerPeriod"] = "1000000",
        ["RateLimiting:FailedAuthentication:TokenLimit"] = "1000000",
        ["RateLimiting:FailedAuthentication:TokensPerPeriod"] = "1000000",
        ["DirectLine:RateLimit:PermitLimit"] = "1000000",
        // Every rejected request logs a warning; errors alone keep the failures readable in the bot's log.
        ["Logging:LogLevel:Default"] = "Error",
    };

    internal static async Task AssertStillAnswersAsync(HttpClient client)
    {
        using var health = await client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var question = JsonSerializer.Serialize(new
        {
            type = "message",
            id = "after-fuzz",
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            from = new { id = "after-fuzz-user", role = "user" },
            conversation = new { id = "after-fuzz-conversation" },
            recipient = new { id = "fibrobot", role = "bot" },
            text = "What is fibromyalgia?",
            deliveryMode = "expectReplies",
        });
        using var response = await client.PostAsync("api/messages", new StringContent(question, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var replies = JsonDocument.Parse(body);
        Assert.NotEmpty(replies.RootElement.GetProperty("activities").EnumerateArray());
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
