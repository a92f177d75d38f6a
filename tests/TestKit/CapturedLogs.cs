using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FibroBot.TestKit;

/// <summary>One log entry a test captured.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

/// <summary>
/// Keeps every log entry written through it, so tests can check what was (not) logged. Give a class its own
/// <see cref="For{T}"/> logger, or add the instance as a provider to a host; <see cref="Shared"/> is the one the
/// loopback servers log to, since a test reads it after the server that wrote it is gone.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public static CapturedLogs Shared { get; } = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Every entry as one line, with its exception, for text searches.</summary>
    public IReadOnlyList<string> Snapshot() => [.. _entries.Select(entry => entry.ToString())];

    public ILogger<T> For<T>() => new CapturingLogger<T>(this, typeof(T).FullName ?? typeof(T).Name);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger<object>(this, categoryName);

    public void Dispose()
    {
        // Entries outlive the hosts that wrote them: tests read them after the host is disposed.
    }

    private sealed class CapturingLogger<T>(CapturedLogs owner, string category) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
