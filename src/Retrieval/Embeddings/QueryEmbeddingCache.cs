using FibroBot.Safety;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>
/// A bounded least-recently-used cache of query vectors keyed by the exact normalised text. Support groups repeat
/// their questions ("what is LDN?"), and a repeat should not pay the encoder again. Thread-safe; counts its hits so
/// the hit rate can be reported apart from the distinct-question figures.
/// </summary>
public sealed class QueryEmbeddingCache(SentenceEmbedder embedder, int capacity = QueryEmbeddingCache.DefaultCapacity) : IQueryEmbedder
{
    public const int DefaultCapacity = 2048;

    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recency = new();
    private readonly Lock _gate = new();
    private long _hits;
    private long _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public float[][] EmbedQueries(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var missing = new List<int>();
        lock (_gate)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (_entries.TryGetValue(texts[i], out var node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    result[i] = node.Value.Vector;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }

        Interlocked.Add(ref _hits, texts.Count - missing.Count);
        Interlocked.Add(ref _misses, missing.Count);
        if (missing.Count == 0)
        {
            return result;
        }

        // The encoder runs outside the lock: two requests for one new text may both encode it, which costs a pass but never blocks.
        var fresh = embedder.EmbedMany([.. missing.Select(i => texts[i])], TextRole.Query);
        lock (_gate)
        {
            for (var j = 0; j < missing.Count; j++)
            {
                var text = texts[missing[j]];
                result[missing[j]] = fresh[j];
                if (!_entries.ContainsKey(text))
                {
                    _entries[text] = _recency.AddFirst((text, fresh[j]));
                }
            }

            while (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _entries.Remove(oldest.Value.Text);
                _recency.RemoveLast();
            }
        }

        return result;
    }
}
