using System.Net;
using System.Text;

namespace FibroBot.Integration.Fuzz;

/// <summary>What a fuzz run saw: responses by status, and every request that broke a rule.</summary>
public sealed class FuzzReport
{
    private const int KeptFailures = 25;
    private readonly object _gate = new();
    private readonly SortedDictionary<string, int> _byOutcome = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];

    public int Sent { get; private set; }

    public int FailureCount { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    internal void Record(FuzzRequest request, string outcome, string? failure)
    {
        lock (_gate)
        {
            Sent++;
            _byOutcome[outcome] = _byOutcome.GetValueOrDefault(outcome) + 1;
            if (failure is null)
            {
                return;
            }

            FailureCount++;
            if (_failures.Count < KeptFailures)
            {
                _failures.Add($"{request} → {failure}");
            }
        }
    }

    public string Summary()
    {
        lock (_gate)
        {
            var text = new StringBuilder($"{Sent} requests, {FailureCount} failures; outcomes: ");
            text.AppendJoin(", ", _byOutcome.Select(pair => $"{pair.Key} ×{pair.Value}"));
            foreach (var failure in _failures)
            {
                text.AppendLine().Append("  FAIL ").Append(failure);
            }

            return text.ToString();
        }
    }
}

/// <summary>
/// Sends generated requests over real HTTP with a few parallel senders. The generator is drawn from under a lock,
/// so the sequence of requests depends only on the seed; a 5xx, a timeout or a dropped connection is a failure.
/// </summary>
internal sealed class FuzzRunner(HttpClient client, int parallelism)
{
    public async Task RunAsync(Func<FuzzRequest> next, int count, FuzzReport report, DateTimeOffset deadline)
    {
        var remaining = count;
        var gate = new object();
        var senders = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            while (DateTimeOffset.UtcNow < deadline)
            {
                FuzzRequest request;
                lock (gate)
                {
                    if (remaining-- <= 0)
                    {
                        return;
                    }

                    request = next();
                }

                await SendAsync(request, report);
            }
        }));
        await Task.WhenAll(senders);
    }

    private async Task SendAsync(FuzzRequest fuzz, FuzzReport report)
    {
        using var request = new HttpRequestMessage(fuzz.Method, fuzz.Path);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            if (fuzz.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            }
        }

        foreach (var (name, value) in fuzz.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            // Read the body to the end: a server that fails half-way through a response is a failure too.
            var body = await response.Content.ReadAsStringAsync();
            report.Record(fuzz, status.ToString(System.Globalization.CultureInfo.InvariantCulture), IsServerError(fuzz, status) ? $"HTTP {status}: {Excerpt(body)}" : null);
        }
        catch (HttpRequestException exception) when (fuzz.MayBeCutOff)
        {
            // Over the size limit the server may answer 413 and close before reading the rest of the body.
            report.Record(fuzz, $"closed ({exception.HttpRequestError})", null);
        }
        catch (HttpRequestException exception)
        {
            report.Record(fuzz, "transport error", $"{exception.HttpRequestError}: {exception.Message}");
        }
        catch (TaskCanceledException)
        {
            report.Record(fuzz, "timeout", $"no answer within {client.Timeout.TotalSeconds} s");
        }
    }

    // The one 5xx the protocol prescribes: an invoke the bot does not implement is answered 501 (as Bot Builder does).
    private static bool IsServerError(FuzzRequest fuzz, int status) =>
        status >= 500 && !(status == 501 && fuzz.IsInvoke);

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}

/// <summary>Starts real Direct Line conversations, the way Web Chat does, for the fuzzer to aim near.</summary>
internal static class DirectLineSessions
{
    public static async Task<IReadOnlyList<DirectLineSession>> StartAsync(HttpClient client, int count)
    {
        var sessions = new List<DirectLineSession>();
        for (var i = 0; i < count; i++)
        {
            using var generate = await client.PostAsync("/v3/directline/tokens/generate", JsonContent($"{{\"user\":{{\"id\":\"fuzz-dl-{i}\"}}}}"));
            if (!generate.IsSuccessStatusCode || ReadString(await generate.Content.ReadAsStringAsync(), "token") is not { } token)
            {
                break;
            }

            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent("{}") };
            start.Headers.Authorization = new("Bearer", token);
            using var started = await client.SendAsync(start);
            var body = await started.Content.ReadAsStringAsync();
            if (started.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                && ReadString(body, "conversationId") is { } conversationId
                && ReadString(body, "token") is { } conversationToken)
            {
                sessions.Add(new DirectLineSession(conversationId, conversationToken));
            }
        }

        return sessions;
    }

    private static string? ReadString(string json, string property)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
    }

    private static ByteArrayContent JsonContent(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }
}
