using System.Collections.Concurrent;

namespace FibroBot.Answers;

/// <summary>
/// A bounded memo of a pure function of corpus text (a passage excerpt, a sentence), for the dose checks the answer
/// path runs on every answer: the profile under load put them next to the sentence encoder (docs/PERFORMANCE.md).
/// Corpus text repeats from answer to answer, so a few thousand entries serve nearly every call; once full, new
/// texts are computed and not kept, so memory stays bounded whatever the corpus size. Thread-safe.
/// </summary>
internal sealed class TextMemo<T>(Func<string, T> compute, int capacity)
{
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
    private int _count;

    public T Get(string text)
    {
        if (_entries.TryGetValue(text, out var known))
        {
            return known;
        }

        var value = compute(text);
        if (Volatile.Read(ref _count) < capacity && _entries.TryAdd(text, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
