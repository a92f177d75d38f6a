using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>
/// The FTS5 index's postings, read once into memory, scored with the same BM25 as FTS5's <c>bm25()</c>
/// (k1 = 1.2, b = 0.75, per-column weights, phrases as runs of consecutive tokens, the same IDF floor).
/// FTS5 stays the store and the reference; this is only its fast reader. FTS5 calls its ranking function once per
/// matching row through SQL, which costs tens of milliseconds at 100,000 passages; here a query walks the postings
/// of its terms once into an accumulator array.
/// </summary>
internal sealed class InvertedIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The indexed columns in the order <see cref="FieldWeights"/> names them.</summary>
    private static readonly string[] Columns = ["title", "heading", "body"];

    private readonly Dictionary<string, TermPostings> _terms;

    /// <summary>Per row (0-based), the BM25 length normalisation k1 · (1 − b + b · |D| / avgdl).</summary>
    private readonly double[] _lengthNorm;

    private readonly ConcurrentBag<Accumulator> _accumulators = [];

    private InvertedIndex(Dictionary<string, TermPostings> terms, double[] lengthNorm)
    {
        _terms = terms;
        _lengthNorm = lengthNorm;
    }

    public int RowCount => _lengthNorm.Length;

    /// <summary>Reads every token instance of table <c>fts</c> (rows numbered 1..<paramref name="rowCount"/>).</summary>
    public static InvertedIndex Load(SqliteConnection connection, int rowCount)
    {
        using (var vocabulary = connection.CreateCommand())
        {
            vocabulary.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, fts, instance)";
            vocabulary.ExecuteNonQuery();
        }

        var lengths = new int[rowCount];
        var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var builder = new PostingsBuilder();
        using (var read = connection.CreateCommand())
        {
            // The column comes back as its number, so no string is made per token; rows arrive ordered by term.
            read.CommandText = $"""
                SELECT term, doc, CASE col {string.Join(' ', Columns.Select((name, i) => $"WHEN '{name}' THEN {i}"))} ELSE -1 END, offset
                FROM temp.fts_instances
                """;
            using var reader = read.ExecuteReader();
            string? term = null;
            while (reader.Read())
            {
                var current = reader.GetString(0);
                if (!string.Equals(current, term, StringComparison.Ordinal))
                {
                    if (term is not null)
                    {
                        terms[term] = builder.Build();
                    }

                    term = current;
                }

                var row = (int)reader.GetInt64(1) - 1;
                var column = reader.GetInt32(2);
                if ((uint)row >= (uint)rowCount || column < 0)
                {
                    throw new InvalidDataException($"the index holds a token in row {row + 1}, column {column}, outside its {rowCount} rows and {Columns.Length} columns");
                }

                lengths[row]++;
                builder.Add(row, Position.Of(column, reader.GetInt32(3)));
            }

            if (term is not null)
            {
                terms[term] = builder.Build();
            }
        }

        var averageLength = rowCount == 0 ? 0 : lengths.Sum(l => (double)l) / rowCount;
        var norm = new double[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            norm[row] = K1 * (1 - B + (averageLength > 0 ? B * lengths[row] / averageLength : 0));
        }

        return new InvertedIndex(terms, norm);
    }

    /// <summary>
    /// Rows matching any of <paramref name="phrases"/> (each a run of index tokens), best first, with FTS5's bm25
    /// score negated so that higher is better; ties go to the lower row.
    /// </summary>
    public List<RankedRow> Search(IReadOnlyList<string[]> phrases, FieldWeights weights, int limit)
    {
        if (limit <= 0 || phrases.Count == 0 || RowCount == 0)
        {
            return [];
        }

        ReadOnlySpan<double> columnWeights = [weights.Title, weights.Heading, weights.Body];
        if (!_accumulators.TryTake(out var accumulator))
        {
            accumulator = new Accumulator(RowCount);
        }

        try
        {
            accumulator.Start();
            foreach (var phrase in phrases)
            {
                var hits = Occurrences(phrase);
                if (hits.Count == 0)
                {
                    continue;
                }

                var idf = Math.Log((RowCount - hits.Count + 0.5) / (hits.Count + 0.5));
                if (idf <= 0)
                {
                    idf = 1e-6;
                }

                for (var i = 0; i < hits.Count; i++)
                {
                    var frequency = hits.WeightedFrequency(i, columnWeights);
                    var row = hits.Row(i);
                    accumulator.Add(row, idf * frequency * (K1 + 1) / (frequency + _lengthNorm[row]));
                }
            }

            return accumulator.Top(limit);
        }
        finally
        {
            _accumulators.Add(accumulator);
        }
    }

    /// <summary>Where a phrase occurs: the postings of a single term, or the rows where its terms follow one another.</summary>
    private TermPostings Occurrences(string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return TermPostings.None;
        }

        var postings = new TermPostings[phrase.Length];
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!_terms.TryGetValue(phrase[i], out var found))
            {
                return TermPostings.None;
            }

            postings[i] = found;
        }

        return postings.Length == 1 ? postings[0] : TermPostings.PhraseOf(postings);
    }

    /// <summary>A token's place: its column in the top bits, its offset within the column below.</summary>
    internal static class Position
    {
        private const int OffsetBits = 26;
        private const int OffsetMask = (1 << OffsetBits) - 1;

        public static int Of(int column, int offset) => (column << OffsetBits) | (offset & OffsetMask);

        public static int Column(int position) => position >>> OffsetBits;
    }

    /// <summary>A term's (or a phrase's) rows in ascending order and, per row, the positions of its first token.</summary>
    private sealed class TermPostings(int[] rows, int[] positionStarts, int[] positions)
    {
        private readonly int[] _rows = rows;
        private readonly int[] _positionStarts = positionStarts;
        private readonly int[] _positions = positions;

        public static TermPostings None { get; } = new([], [0], []);

        public int Count => _rows.Length;

        public int Row(int i) => _rows[i];

        /// <summary>The weighted count FTS5's bm25 uses: each occurrence counts its column's weight.</summary>
        public double WeightedFrequency(int i, ReadOnlySpan<double> columnWeights)
        {
            double frequency = 0;
            for (var p = _positionStarts[i]; p < _positionStarts[i + 1]; p++)
            {
                frequency += columnWeights[Position.Column(_positions[p])];
            }

            return frequency;
        }

        /// <summary>The rows where the terms occur one right after another in one column, and where each run starts.</summary>
        public static TermPostings PhraseOf(TermPostings[] parts)
        {
            var builder = new PostingsBuilder();
            var cursors = new int[parts.Length];
            var first = parts[0];
            for (var i = 0; i < first._rows.Length; i++)
            {
                var row = first._rows[i];
                var inAll = true;
                for (var t = 1; t < parts.Length && inAll; t++)
                {
                    var at = Array.BinarySearch(parts[t]._rows, cursors[t], parts[t]._rows.Length - cursors[t], row);
                    if (at < 0)
                    {
                        cursors[t] = ~at;
                        inAll = false;
                    }
                    else
                    {
                        cursors[t] = at;
                    }
                }

                if (!inAll)
                {
                    continue;
                }

                for (var p = first._positionStarts[i]; p < first._positionStarts[i + 1]; p++)
                {
                    var start = first._positions[p];
                    var follows = true;
                    for (var t = 1; t < parts.Length && follows; t++)
                    {
                        var part = parts[t];
                        var at = cursors[t];
                        follows = Array.BinarySearch(part._positions, part._positionStarts[at], part._positionStarts[at + 1] - part._positionStarts[at], start + t) >= 0;
                    }

                    if (follows)
                    {
                        builder.Add(row, start);
                    }
                }
            }

            return builder.Build();
        }
    }

    /// <summary>Collects one term's postings in row order, then freezes them into arrays.</summary>
    private sealed class PostingsBuilder
    {
        private readonly List<int> _rows = [];
        private readonly List<int> _positionStarts = [];
        private readonly List<int> _positions = [];
        private bool _sorted = true;

        public void Add(int row, int position)
        {
            if (_rows.Count == 0 || _rows[^1] != row)
            {
                _sorted &= _rows.Count == 0 || _rows[^1] < row;
                _rows.Add(row);
                _positionStarts.Add(_positions.Count);
            }
            else
            {
                _sorted &= _positions[^1] < position;
            }

            _positions.Add(position);
        }

        public TermPostings Build()
        {
            if (!_sorted)
            {
                // FTS5 returns instances ordered by term, row, column and offset; anything else is a broken index.
                throw new InvalidDataException("the index's token instances are not in row and position order");
            }

            _positionStarts.Add(_positions.Count);
            var built = new TermPostings([.. _rows], [.. _positionStarts], [.. _positions]);
            _rows.Clear();
            _positionStarts.Clear();
            _positions.Clear();
            return built;
        }
    }

    /// <summary>Per-query scores by row, reset lazily by generation so a query costs only the rows it touches.</summary>
    private sealed class Accumulator(int rowCount)
    {
        private readonly double[] _scores = new double[rowCount];
        private readonly int[] _generationOf = new int[rowCount];
        private readonly List<int> _touched = [];
        private int _generation;

        public void Start()
        {
            _touched.Clear();
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_generationOf);
                _generation = 1;
            }
        }

        public void Add(int row, double score)
        {
            if (_generationOf[row] != _generation)
            {
                _generationOf[row] = _generation;
                _scores[row] = 0;
                _touched.Add(row);
            }

            _scores[row] += score;
        }

        public List<RankedRow> Top(int limit)
        {
            // A min-heap of the best rows so far: the root is the weakest, evicted when a better row comes.
            var heap = new PriorityQueue<int, (double Score, int NegatedRow)>(Math.Min(limit, _touched.Count) + 1);
            foreach (var row in _touched)
            {
                var key = (_scores[row], -row);
                if (heap.Count < limit)
                {
                    heap.Enqueue(row, key);
                }
                else if (heap.TryPeek(out _, out var weakest) && key.CompareTo(weakest) > 0)
                {
                    heap.DequeueEnqueue(row, key);
                }
            }

            var top = new RankedRow[heap.Count];
            for (var i = top.Length - 1; i >= 0; i--)
            {
                var row = heap.Dequeue();
                top[i] = new RankedRow(row + 1, _scores[row]);
            }

            return [.. top];
        }
    }
}
