using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FibroBot.Tests.Infrastructure;

/// <summary>Every log line written by the servers the tests start, so tests can check what was (not) logged.</summary>
public static class CapturedLogs
{
    private static readonly ConcurrentQueue<string> Lines = new();

    public static ILoggerProvider Provider { get; } = new CapturingProvider();

    public static IReadOnlyList<string> Snapshot() => [.. Lines];

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
    }
}
