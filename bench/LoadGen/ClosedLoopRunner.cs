using System.Buffers;
using System.Diagnostics;
using System.Net;

namespace FibroBot.Bench.LoadGen;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers, each sending its next request as soon as the previous one is
/// answered, for a warm-up that is discarded and then a measured phase bounded by time and by request count.
/// </summary>
internal sealed class ClosedLoopRunner(LoadOptions options, ActivityFactory activities)
{
    private long _sequence;

    public async Task<LevelResult> RunLevelAsync(int concurrency, CancellationToken cancellation)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = options.RequestTimeout };

        if (options.Warmup > TimeSpan.Zero)
        {
            await RunPhaseAsync(client, concurrency, options.Warmup, options.MaxRequestsPerLevel, cancellation);
        }

        var targetCpuBefore = options.TargetPid is { } target ? ProcessMemory.CpuTime(target) : null;
        var ownCpuBefore = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var samples = await RunPhaseAsync(client, concurrency, options.Duration, options.MaxRequestsPerLevel, cancellation);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var ownCpu = Environment.CpuUsage.TotalTime - ownCpuBefore;
        var targetCpu = options.TargetPid is { } pidNow && targetCpuBefore is { } before && ProcessMemory.CpuTime(pidNow) is { } after
            ? after - before
            : (TimeSpan?)null;

        var answers = samples.Sum(sample => sample.Answers);
        var errorKinds = samples
            .SelectMany(sample => sample.ErrorKinds)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value), StringComparer.Ordinal);
        var errors = errorKinds.Values.Sum();
        var (p50, p95, p99, max) = LatencySample.Percentiles(samples);
        return new LevelResult(
            options.Label,
            concurrency,
            Requests: answers + errors,
            Answers: answers,
            Errors: errors,
            ErrorKinds: errorKinds,
            Seconds: seconds,
            AnswersPerSecond: answers / seconds,
            P50Ms: p50,
            P99Ms: p99,
            MaxMs: max,
            PeakRssMiB: options.TargetPid is { } pid ? ProcessMemory.PeakRssMiB(pid) : null,
            RssMiB: options.TargetPid is { } current ? ProcessMemory.RssMiB(current) : null,
            TargetCpuMsPerAnswer: answers > 0 ? targetCpu?.TotalMilliseconds / answers : null,
            LoadGenCpuMsPerAnswer: answers > 0 ? ownCpu.TotalMilliseconds / answers : double.NaN,
            FinishedAt: DateTimeOffset.UtcNow,
            P95Ms: p95);
    }

    private async Task<LatencySample[]> RunPhaseAsync(
        HttpClient client, int concurrency, TimeSpan duration, long maxRequests, CancellationToken cancellation)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var issued = 0L;
        var samples = Enumerable.Range(0, concurrency).Select(_ => new LatencySample()).ToArray();
        var workers = samples.Select(sample => Task.Run(
            async () =>
            {
                var scratch = new ArrayBufferWriter<byte>(1024);
                while (!cancellation.IsCancellationRequested
                       && Stopwatch.GetTimestamp() < deadline
                       && Interlocked.Increment(ref issued) <= maxRequests)
                {
                    var body = activities.Create(Interlocked.Increment(ref _sequence) - 1, scratch);
                    await SendOneAsync(client, body, sample, cancellation);
                }
            },
            cancellation));
        await Task.WhenAll(workers);
        return samples;
    }

    private async Task SendOneAsync(HttpClient client, byte[] body, LatencySample sample, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version11,
        };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellation);
            var content = await response.Content.ReadAsByteArrayAsync(cancellation);
            var elapsed = Stopwatch.GetTimestamp() - started;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                sample.RecordError(elapsed, $"http {(int)response.StatusCode}");
            }
            else if (!ReplyCheck.IsAnswer(content))
            {
                sample.RecordError(elapsed, "200 without a message reply");
            }
            else
            {
                sample.RecordAnswer(elapsed);
            }
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            sample.RecordError(Stopwatch.GetTimestamp() - started, "timeout");
        }
        catch (HttpRequestException exception)
        {
            sample.RecordError(Stopwatch.GetTimestamp() - started, $"connection: {exception.HttpRequestError}");
        }
    }
}
