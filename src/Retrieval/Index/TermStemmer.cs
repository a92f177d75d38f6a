using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>
/// The index's own tokenizer for query words, word by word: FTS5 itself stems a word the first time it is seen
/// (through a scratch table on one private in-memory connection), and the answer is remembered. Using FTS5 rather
/// than a stemmer of our own keeps query terms and indexed terms identical by construction.
/// </summary>
public sealed class TermStemmer : IDisposable
{
    /// <summary>Past this many remembered words, new ones are stemmed each time (a bound on memory, not a cache policy).</summary>
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<string, string[]> _remembered = new(StringComparer.Ordinal);
    private readonly Lock _scratchLock = new();
    private SqliteConnection? _scratch;
    private SqliteCommand? _insert;
    private SqliteCommand? _read;
    private SqliteCommand? _clear;
    private SqliteParameter? _text;
    private bool _disposed;

    /// <summary>The index tokens of <paramref name="word"/>: usually one stem, none for a word of only separators.</summary>
    public string[] Stems(string word)
    {
        if (_remembered.TryGetValue(word, out var stems))
        {
            return stems;
        }

        stems = Tokenize(word);
        if (_remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(word, stems);
        }

        return stems;
    }

    /// <summary>The index tokens of a phrase of words, in order.</summary>
    public string[] Stems(IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            return Stems(words[0]);
        }

        var stems = new List<string>(words.Count);
        foreach (var word in words)
        {
            stems.AddRange(Stems(word));
        }

        return [.. stems];
    }

    public void Dispose()
    {
        lock (_scratchLock)
        {
            _disposed = true;
            _insert?.Dispose();
            _read?.Dispose();
            _clear?.Dispose();
            _scratch?.Dispose();
        }
    }

    private string[] Tokenize(string word)
    {
        lock (_scratchLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_scratch is null)
            {
                Open();
            }

            _clear!.ExecuteNonQuery();
            _text!.Value = word;
            _insert!.ExecuteNonQuery();
            var stems = new List<string>(1);
            using var reader = _read!.ExecuteReader();
            while (reader.Read())
            {
                stems.Add(reader.GetString(0));
            }

            return [.. stems];
        }
    }

    private void Open()
    {
        _scratch = new SqliteConnection("Data Source=:memory:");
        _scratch.Open();
        using (var create = _scratch.CreateCommand())
        {
            create.CommandText = $"""
                CREATE VIRTUAL TABLE scratch USING fts5(term, tokenize = '{PassageIndex.Tokenizer}');
                CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, instance);
                """;
            create.ExecuteNonQuery();
        }

        _clear = _scratch.CreateCommand();
        _clear.CommandText = "DELETE FROM scratch";
        _insert = _scratch.CreateCommand();
        _insert.CommandText = "INSERT INTO scratch(rowid, term) VALUES (1, $term)";
        _text = _insert.Parameters.Add("$term", SqliteType.Text);
        _read = _scratch.CreateCommand();
        _read.CommandText = "SELECT term FROM scratch_terms ORDER BY offset";
    }
}
