using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FibroBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Connector;

/// <summary>
/// The slice of the Bot Connector REST API v3 a conversational bot needs: send and reply. Only trusted service URLs
/// are called; transient failures (429, 5xx, timeouts) are retried with exponential back-off, honouring Retry-After.
/// </summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<ConnectorRetryOptions> retry,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotFramework.Connector";

    private readonly ConnectorRetryOptions _retry = retry.Value;

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}: threads the reply where the channel can.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => PostAsync(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        => PostAsync(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);

    private async Task<ResourceResponse> PostAsync(string serviceUrl, string relativePath, Activity activity, CancellationToken cancellationToken)
    {
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        // Teams' service URLs carry a path and the Playground's has no trailing slash: resolve against "base/".
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/");
        var target = new Uri(baseUri, relativePath);
        var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var client = httpClientFactory.CreateClient(HttpClientName);

        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = JsonContent.Create(activity, options: BotJson.Options),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage? response = null;
            try
            {
                // The attempt's deadline runs on the injected clock, like the back-off, so tests can run both on fake time.
                using var attemptTimeout = new CancellationTokenSource(_retry.AttemptTimeout, timeProvider);
                using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
                try
                {
                    response = await client.SendAsync(request, attemptCancellation.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (IsTransientFailure(e, cancellationToken) && attempt < _retry.MaxRetries)
                {
                    var wait = Backoff(attempt);
                    LogTransportRetry(logger, target.Host, e.GetType().Name, attempt + 1, wait.TotalMilliseconds);
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (Exception e) when (IsTransientFailure(e, cancellationToken))
                {
                    throw new ConnectorException(null, $"The Bot Connector at {target.Host} did not answer after {attempt + 1} attempts.", e);
                }

                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
                }

                var status = response.StatusCode;
                var correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
                if (IsRetryable(status) && attempt < _retry.MaxRetries)
                {
                    var wait = RetryAfter(response) ?? Backoff(attempt);
                    LogStatusRetry(logger, target.Host, (int)status, correlation, attempt + 1, wait.TotalMilliseconds);
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var error = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
                LogFailure(logger, target.Host, (int)status, error, correlation);
                throw new ConnectorException(status, $"The Bot Connector at {target.Host} answered {(int)status} ({error ?? "no error code"}).");
            }
            finally
            {
                response?.Dispose();
            }
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private static bool IsTransientFailure(Exception e, CancellationToken callerToken) =>
        e is HttpRequestException || (e is OperationCanceledException && !callerToken.IsCancellationRequested);

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _retry.MaxDelay.TotalMilliseconds));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : (wait > _retry.MaxDelay ? _retry.MaxDelay : wait);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // The Playground answers 202 with no body when it splits a reply; that is a success without an id.
        if (response.Content.Headers.ContentLength is 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new ResourceResponse();
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            return new ResourceResponse();
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Host} answered {Status} (operation {CorrelationId}); retry {Retry} in {DelayMs} ms")]
    private static partial void LogStatusRetry(ILogger logger, string host, int status, string? correlationId, int retry, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Host} unreachable ({Failure}); retry {Retry} in {DelayMs} ms")]
    private static partial void LogTransportRetry(ILogger logger, string host, string failure, int retry, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector {Host} rejected a reply: {Status} {ErrorCode} (operation {CorrelationId})")]
    private static partial void LogFailure(ILogger logger, string host, int status, string? errorCode, string? correlationId);
}

/// <summary>A reply could not be delivered to the Bot Connector.</summary>
public sealed class ConnectorException(HttpStatusCode? status, string message, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>A reply was addressed to a service URL outside the allowlist; nothing was sent.</summary>
public sealed class UntrustedServiceUrlException(string? serviceUrl)
    : Exception($"Replies to '{serviceUrl}' are not allowed: it is not one of BotFramework:TrustedServiceUrls.")
{
    public string? ServiceUrl { get; } = serviceUrl;
}
