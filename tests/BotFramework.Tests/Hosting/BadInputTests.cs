using System.Text;

namespace FibroBot.Tests.Hosting;

/// <summary>Every malformed request gets a clear 4xx (problem details where there is a body), never a 500.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private const string PersonalText = "my neighbour Ada Lovelace has a secret";
    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private int _turns;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await BotHost.StartAsync(new DelegateBot((turn, ct) =>
        {
            Interlocked.Increment(ref _turns);
            return turn.SendActivityAsync(turn.Activity.CreateReply("ok"), ct);
        }));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string Valid(Action<Dictionary<string, object?>>? change = null)
    {
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), PersonalText);
        change?.Invoke(activity);
        return JsonSerializer.Serialize(activity);
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "not JSON", "{ this is not json" },
        { "truncated", """{ "type": "message", "text": "my neighbour Ada Lovelace has a secret" """ },
        { "array", """[ { "type": "message" } ]""" },
        { "null", "null" },
        { "string", "\"message\"" },
        { "empty", "" },
        { "wrongly typed text", """{ "type": "message", "text": 5, "conversation": { "id": "c" } }""" },
        { "wrongly typed conversation", """{ "type": "message", "conversation": "c" }""" },
        { "bad timestamp", """{ "type": "message", "timestamp": "yesterday", "conversation": { "id": "c" } }""" },
        { "entity type not a string", """{ "type": "message", "entities": [ { "type": 3 } ], "conversation": { "id": "c" } }""" },
        { "missing type", """{ "text": "my neighbour Ada Lovelace has a secret", "conversation": { "id": "c" } }""" },
        { "blank type", """{ "type": " ", "conversation": { "id": "c" } }""" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_activities_get_400_problem_details(string why, string body)
    {
        using var response = await _host.PostRawAsync(body, "application/json");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task A_body_that_is_not_valid_UTF8_gets_400_before_the_bot_sees_it()
    {
        // A feedback invoke whose comment holds a byte that cannot start a UTF-8 sequence: valid JSON structure,
        // invalid text, found by the fuzzer as a 500 when the bot read the comment.
        var prefix = Encoding.UTF8.GetBytes(Valid(a => a["type"] = "invoke")[..^1] + """, "value": { "feedback": " """);
        byte[] body = [.. prefix, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\" } }")];

        using var response = await _host.PostBytesAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("UTF-8", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, _turns);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task Missing_conversation_or_service_url_gets_400(string field)
    {
        using var response = await _host.PostRawAsync(Valid(a => a.Remove(field)), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task Relative_service_url_gets_400()
    {
        using var response = await _host.PostRawAsync(Valid(a => a["serviceUrl"] = "/relative"), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Wrong_or_missing_content_type_gets_415(string? contentType)
    {
        using var response = await _host.PostRawAsync(Valid(), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        using var response = await _host.PostRawAsync(Valid(), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_256_KB_gets_413_with_or_without_a_content_length()
    {
        var huge = Valid(a => a["text"] = new string('x', 257 * 1024));

        using var withLength = await _host.PostRawAsync(huge, "application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(huge))),
        };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        using var withoutLength = await _host.Http.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutLength.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_served()
    {
        using var response = await _host.PostRawAsync(Valid(a => a["text"] = new string('x', 250 * 1024)), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Untrusted_service_url_gets_403_and_nothing_is_sent_anywhere()
    {
        using var response = await _host.PostRawAsync(Valid(a => a["serviceUrl"] = "https://attacker.example/connector"), "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task Get_gets_405_and_head_gets_200()
    {
        using var get = await _host.Http.GetAsync("api/messages");
        using var head = await _host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Rejected_requests_are_logged_without_their_personal_content()
    {
        using var malformed = await _host.PostRawAsync("""{ "type": "message", "text": "my neighbour Ada Lovelace has a secret", "from": { "name": "Ada Lovelace" }, "conversation": 7 }""", "application/json");
        using var noConversation = await _host.PostRawAsync(Valid(a => a.Remove("conversation")), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var logs = CapturedLogs.Shared.Snapshot();
        Assert.Contains(logs, l => l.Contains("Rejected a request", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("Lovelace", StringComparison.Ordinal) || l.Contains("secret", StringComparison.Ordinal));
    }
}
