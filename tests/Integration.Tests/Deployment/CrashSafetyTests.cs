using System.Collections.Concurrent;
using System.Net;
using FibroBot.Integration.Postgres;

namespace FibroBot.Integration.Deployment;

/// <summary>
/// A bot killed with SIGKILL while answering loses no turn it acknowledged, and serves the same conversations
/// after a restart (issue 7, item 5). The same checks run on SQLite and on PostgreSQL.
/// </summary>
public abstract class CrashSafetyTests
{
    protected abstract Task<Dictionary<string, string>> NewDeploymentAsync();

    [Fact]
    public async Task Acknowledged_turns_survive_a_kill_in_the_middle_of_a_burst()
    {
        var settings = await NewDeploymentAsync();
        var acknowledged = new ConcurrentBag<string>();
        var burstUnderWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = await BotProcess.StartAsync(settings);
        try
        {
            using var http = bot.CreateClient();
            var client = new BotClient(http);
            using var stop = new CancellationTokenSource();

            // Four members keep asking until the process dies under them; every 200 is a promise that the turn is kept.
            var members = Enumerable.Range(0, 4).Select(member => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 200; i++)
                {
                    var question = $"Does exercise help fibromyalgia, member {member} asking for the {i}th time?";
                    try
                    {
                        var (status, _) = await client.AskAsync($"conv-{member}", $"member-{member}", question, cancellationToken: stop.Token);
                        if (status == HttpStatusCode.OK)
                        {
                            acknowledged.Add(question);
                            if (acknowledged.Count >= 12)
                            {
                                burstUnderWay.TrySetResult();
                            }
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
                    {
                        return;
                    }
                }
            })).ToArray();

            // Kill once the burst is well under way: a dozen turns acknowledged, the rest in flight.
            await burstUnderWay.Task.WaitAsync(TimeSpan.FromMinutes(2));

            await bot.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(members);
        }
        finally
        {
            await bot.DisposeAsync();
        }

        var (exitCode, csv) = await BotProcess.RunVerbAsync(settings, "export", "--days", "1");

        Assert.True(exitCode == 0, csv);
        Assert.All(acknowledged, question => Assert.Contains(question, csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_direct_line_conversation_is_served_again_after_a_kill_and_restart()
    {
        var settings = await NewDeploymentAsync();
        DirectLineSession session;
        var bot = await BotProcess.StartAsync(settings);
        try
        {
            using var http = bot.CreateClient();
            var client = new BotClient(http);
            session = await client.StartDirectLineAsync();
            Assert.Equal(HttpStatusCode.OK, await client.PostDirectLineAsync(session, "What is fibromyalgia?"));
            await client.WaitForDirectLineAsync(session, all => BotClient.BotMessages(all).Any(a => BotClient.AnswerKind(a) == "answer"), TimeSpan.FromSeconds(30));
        }
        finally
        {
            await bot.DisposeAsync();
        }

        await using var restarted = await BotProcess.StartAsync(settings);
        using var restartedHttp = restarted.CreateClient();
        var again = new BotClient(restartedHttp);

        var history = await again.GetDirectLineActivitiesAsync(session);
        Assert.Contains(history.OfType<System.Text.Json.Nodes.JsonObject>(), a => a["text"]?.GetValue<string>() == "What is fibromyalgia?");
        Assert.Equal(HttpStatusCode.OK, await again.PostDirectLineAsync(session, "Does it affect sleep?"));
        await again.WaitForDirectLineAsync(session, all => BotClient.BotMessages(all).Count(a => BotClient.AnswerKind(a) is not null) >= 2, TimeSpan.FromSeconds(30));
    }
}

[Trait("Category", "Slow")]
public sealed class SqliteCrashSafetyTests : CrashSafetyTests
{
    protected override Task<Dictionary<string, string>> NewDeploymentAsync() =>
        Task.FromResult(DeploymentSettings.Sqlite(BotProcess.NewDataFolder()));
}

[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresCrashSafetyTests(PostgresServer server) : CrashSafetyTests
{
    protected override async Task<Dictionary<string, string>> NewDeploymentAsync() =>
        DeploymentSettings.Postgres(await server.CreateDatabaseAsync(), BotProcess.NewDataFolder());
}
