using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>Collects log lines from every logger it hands out, so tests can see what was reported.</summary>
public sealed class RecordingLogs
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    public ILogger<T> For<T>() => new Logger<T>(this);

    private sealed class Logger<T>(RecordingLogs owner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
