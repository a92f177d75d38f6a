using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace FibroBot.Tests.DirectLine;

/// <summary>Several hosts sharing one storage, and one host restarted: conversations carry on.</summary>
public sealed class DirectLineMultiInstanceTests
{
    [Fact]
    public async Task A_conversation_survives_a_restart_of_the_host_with_the_same_storage_and_key()
    {
        var storage = new InMemoryTestStorage();
        DirectLineConversationGrant grant;
        await using (var before = await DirectLineTestHost.StartAsync(storage))
        {
            var generated = await before.GenerateTokenAsync();
            await before.StartConversationAsync(generated.Token);

            // The welcome is the bot's reply to the conversation update and is not ordered against a message posted at
            // the same moment; wait for it, as a client does, so the history below has one order.
            await before.PollUntilAsync(generated.ConversationId, generated.Token, a => a.Any(x => x.IsBotText(TestBot.Welcome)));
            await before.PostMessageAsync(generated.ConversationId, generated.Token, "remember me", "p1");
            await before.PollUntilAsync(generated.ConversationId, generated.Token, a => a.Any(x => x.IsBotText("echo: remember me")));
            grant = new DirectLineConversationGrant(generated.ConversationId, generated.Token);
        }

        await using var after = await DirectLineTestHost.StartAsync(storage);
        using var reconnect = await after.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}?watermark=", grant.Token);
        var history = await after.PollUntilAsync(grant.ConversationId, grant.Token, a => a.Count >= 3);

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal([TestBot.Welcome, "remember me", "echo: remember me"], history.Select(a => a.Text()));
    }

    [Fact]
    public async Task A_conversation_started_on_one_instance_continues_on_another_and_the_first_ones_socket_sees_it()
    {
        var storage = new InMemoryTestStorage();
        await using var a = await DirectLineTestHost.StartAsync(storage);
        await using var b = await DirectLineTestHost.StartAsync(storage);
        var grant = await a.GenerateTokenAsync();
        var (response, started) = await a.StartConversationAsync(grant.Token);
        response.Dispose();
        using var socketOnA = new ClientWebSocket();
        await socketOnA.ConnectAsync(new Uri(started!.StreamUrl!), CancellationToken.None);
        await DirectLineProtocolTests.ReceiveUntilAsync(socketOnA, x => x.Any(y => y.IsBotText(TestBot.Welcome)));

        var idOnB = await b.PostMessageAsync(grant.ConversationId, grant.Token, "via b", "b1");
        var seenOnA = await DirectLineProtocolTests.ReceiveUntilAsync(socketOnA, x => x.Any(y => y.IsBotText("echo: via b")));

        Assert.Contains(seenOnA, x => x.GetProperty("id").GetString() == idOnB);
    }

    [Fact]
    public async Task Concurrent_posts_through_two_instances_lose_no_activity()
    {
        var storage = new InMemoryTestStorage();
        await using var a = await DirectLineTestHost.StartAsync(storage);
        await using var b = await DirectLineTestHost.StartAsync(storage);
        var grant = await a.GenerateTokenAsync();
        await a.StartConversationAsync(grant.Token);
        await a.PollUntilAsync(grant.ConversationId, grant.Token, x => x.Any(y => y.IsBotText(TestBot.Welcome)));
        const int Posts = 30;
        storage.MakeNextReadersMeet(2);

        var ids = await Task.WhenAll(Enumerable.Range(0, Posts).Select(i =>
            (i % 2 == 0 ? a : b).PostMessageAsync(grant.ConversationId, grant.Token, $"n{i}", $"c{i}")));
        var all = await a.PollUntilAsync(grant.ConversationId, grant.Token,
            x => x.Count(y => y.Role() == "bot" && y.Text()?.StartsWith("echo: n", StringComparison.Ordinal) == true) == Posts);

        Assert.Equal(Posts, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, Posts).Select(i => $"n{i}").Order(), all.Where(x => x.Role() == "user").Select(x => x.Text()!).Order());
        Assert.Equal(1 + (2 * Posts), all.Count);
        Assert.Equal(all.Count, all.Select(x => x.GetProperty("id").GetString()).Distinct().Count());
        Assert.True(storage.ConflictCount > 0, "the test should have made the instances race for the same document");
    }

    [Fact]
    public async Task Instances_without_a_configured_secret_agree_on_the_key_generated_in_the_shared_data_folder()
    {
        var dataPath = Directory.CreateTempSubdirectory("fibrobot-dl-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = "", ["Storage:DataPath"] = dataPath };
            var storage = new InMemoryTestStorage();
            await using var a = await DirectLineTestHost.StartAsync(storage, settings);
            await using var b = await DirectLineTestHost.StartAsync(storage, settings);
            var grant = await a.GenerateTokenAsync();

            var (response, _) = await b.StartConversationAsync(grant.Token);
            using var _ = response;

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var keyFile = Path.Combine(dataPath, "directline-token-secret");
            Assert.True(File.Exists(keyFile));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private sealed record DirectLineConversationGrant(string ConversationId, string Token);
}
