using System.Net;
using FibroBot.Integration.Postgres;

namespace FibroBot.Integration.Deployment;

/// <summary>Two bot processes on different ports serving one deployment on one PostgreSQL database (issue 7, item 4).</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class MultiInstanceTests(PostgresServer server) : IAsyncLifetime
{
    private BotProcess _first = null!;
    private BotProcess _second = null!;
    private Dictionary<string, string> _settings = null!;

    public async Task InitializeAsync()
    {
        _settings = DeploymentSettings.Postgres(await server.CreateDatabaseAsync(), BotProcess.NewDataFolder());
        var starting = new[] { BotProcess.StartAsync(_settings), BotProcess.StartAsync(_settings) };
        (_first, _second) = (await starting[0], await starting[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_direct_line_conversation_started_on_one_instance_continues_on_the_other()
    {
        using var firstHttp = _first.CreateClient();
        using var secondHttp = _second.CreateClient();
        var first = new BotClient(firstHttp);
        var second = new BotClient(secondHttp);

        var session = await first.StartDirectLineAsync();
        Assert.Equal(HttpStatusCode.OK, await second.PostDirectLineAsync(session, "Does low-dose naltrexone help fibromyalgia?"));

        var seenOnFirst = await first.WaitForDirectLineAsync(
            session, activities => BotClient.BotMessages(activities).Any(a => BotClient.AnswerKind(a) == "answer"), TimeSpan.FromSeconds(30));
        Assert.Contains(seenOnFirst.OfType<System.Text.Json.Nodes.JsonObject>(),
            a => a["text"]?.GetValue<string>() == "Does low-dose naltrexone help fibromyalgia?");
    }

    [Fact]
    public async Task Concurrent_posts_to_one_conversation_through_both_instances_lose_nothing()
    {
        using var firstHttp = _first.CreateClient();
        using var secondHttp = _second.CreateClient();
        var clients = new[] { new BotClient(firstHttp), new BotClient(secondHttp) };
        var session = await clients[0].StartDirectLineAsync();

        const int Posts = 12;
        var statuses = await Task.WhenAll(Enumerable.Range(0, Posts)
            .Select(i => clients[i % 2].PostDirectLineAsync(session, $"Is kratom legal, question {i}?")));
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));

        var activities = await clients[1].WaitForDirectLineAsync(
            session, all => BotClient.BotMessages(all).Count(a => BotClient.AnswerKind(a) is not null) >= Posts, TimeSpan.FromSeconds(60));
        var userTexts = activities.OfType<System.Text.Json.Nodes.JsonObject>()
            .Select(a => a["text"]?.GetValue<string>())
            .Where(text => text?.StartsWith("Is kratom legal, question ", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(Posts, userTexts.Distinct().Count());
        var ids = activities.OfType<System.Text.Json.Nodes.JsonObject>().Select(a => a["id"]?.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_same_activity_delivered_to_both_instances_gets_one_reply_and_one_turn_log_row()
    {
        using var firstHttp = _first.CreateClient();
        using var secondHttp = _second.CreateClient();

        await LiveProbe.TripleDeliveryAsync([new BotClient(firstHttp), new BotClient(secondHttp)], CountRowsAsync);
    }

    [Fact]
    public async Task A_crisis_turn_and_a_normal_turn_over_direct_line_leave_no_crisis_text_and_no_display_name_in_postgres()
    {
        using var http = _second.CreateClient();

        await LiveProbe.TranscriptAsync(new BotClient(http), CountRowsAsync);
    }

    private async Task<long> CountRowsAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_settings["ConnectionStrings:Storage"]) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Turns_answered_by_both_instances_appear_in_one_moderator_report()
    {
        using var firstHttp = _first.CreateClient();
        using var secondHttp = _second.CreateClient();
        var (firstStatus, firstReplies) = await new BotClient(firstHttp).AskAsync("conv-a", "member-a", "Is kratom legal in the US?");
        var (secondStatus, secondReplies) = await new BotClient(secondHttp).AskAsync("conv-b", "member-b", "How much kratom should I take?");
        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal("answer", BotClient.AnswerKind(firstReplies[0]));
        Assert.Equal("refusal", BotClient.AnswerKind(secondReplies[0]));

        var (exitCode, report) = await BotProcess.RunVerbAsync(_settings, "report", "--days", "1");

        Assert.True(exitCode == 0, report);
        Assert.Contains("refusals: 1", report, StringComparison.Ordinal);
        Assert.Contains("answer: 1", report, StringComparison.Ordinal);
        Assert.Contains("refusal: 1", report, StringComparison.Ordinal);
    }
}
