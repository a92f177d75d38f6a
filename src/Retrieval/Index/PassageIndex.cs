using System.Collections.Concurrent;
using FibroBot.Retrieval.Embeddings;
using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>
/// A SQLite FTS5 (porter + unicode61) index of passages, in a file or in memory. FTS5 is the store: it tokenizes,
/// stems and persists. Queries are scored from its postings, read into memory when the index opens
/// (<see cref="InvertedIndex"/>), with the same BM25 as FTS5's own <c>bm25()</c>, which remains available as
/// <see cref="SearchWithFts5"/> for comparison. FTS5 queries run on pooled connections, each with its statement
/// prepared once, so concurrent callers never share a connection.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    internal const string Tokenizer = "porter unicode61 remove_diacritics 2";
    private const string QuerySql = "SELECT rowid, -rank FROM fts WHERE fts MATCH $query AND rank MATCH $rank ORDER BY rank LIMIT $limit";

    private readonly string _connectionString;
    private readonly SqliteConnection? _memoryAnchor;
    private readonly ConcurrentBag<QuerySession> _sessions = [];
    private readonly InvertedIndex _postings;
    private readonly TermStemmer _stemmer = new();
    private bool _disposed;

    private PassageIndex(string connectionString, SqliteConnection? memoryAnchor)
    {
        _connectionString = connectionString;
        _memoryAnchor = memoryAnchor;
        using var connection = Connect();
        DocumentIds = ReadIds(connection);
        _postings = InvertedIndex.Load(connection, DocumentIds.Count);
        ContentHash = ReadMeta(connection, MetaKeys.ContentHash);
        CatalogSnapshot = ReadMeta(connection, MetaKeys.CatalogSnapshot);
        Vectors = ReadVectors(connection, DocumentIds.Count);
    }

    /// <summary>Document ids by row: row r (1-based) holds <c>DocumentIds[r - 1]</c>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    public string? ContentHash { get; }

    /// <summary>The corpus catalog the index was built from, kept so the last good index can serve alone.</summary>
    public string? CatalogSnapshot { get; }

    /// <summary>The passage and question vectors stored with the rows; null for an index built without an encoder.</summary>
    public IndexVectors? Vectors { get; }

    /// <summary>Opens an index file read-only; throws <see cref="SqliteException"/> when it is not a valid index.</summary>
    public static PassageIndex OpenFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("index file not found", path);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        return new PassageIndex(builder.ToString(), memoryAnchor: null);
    }

    /// <summary>Builds an index that lives in memory as long as this object (tests, benchmarks, BEIR runs).</summary>
    public static PassageIndex CreateInMemory(IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string>? meta = null, IndexVectors? vectors = null)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = $"passages-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = false,
        };
        var anchor = new SqliteConnection(builder.ToString());
        try
        {
            anchor.Open();
            PassageIndexWriter.Write(anchor, documents, meta ?? new Dictionary<string, string>(), vectors);
            return new PassageIndex(builder.ToString(), anchor);
        }
        catch
        {
            anchor.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Rows matching any of <paramref name="phrases"/> (each a run of query words, stemmed here as FTS5 stems them),
    /// up to <paramref name="limit"/>, best first, scored as <see cref="SearchWithFts5"/> would score the same
    /// phrases joined by OR.
    /// </summary>
    public IReadOnlyList<RankedRow> Search(IReadOnlyList<string[]> phrases, FieldWeights weights, int limit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var stemmed = new string[phrases.Count][];
        for (var i = 0; i < phrases.Count; i++)
        {
            stemmed[i] = _stemmer.Stems(phrases[i]);
        }

        return _postings.Search(stemmed, weights, limit);
    }

    /// <summary>
    /// Runs an FTS5 MATCH expression (built only by <c>QueryPlan</c>, never raw user text) through FTS5's own
    /// bm25() and returns up to <paramref name="limit"/> rows, best first: the reference <see cref="Search"/> agrees with.
    /// </summary>
    public IReadOnlyList<RankedRow> SearchWithFts5(string matchExpression, FieldWeights weights, int limit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_sessions.TryTake(out var session))
        {
            session = new QuerySession(Connect());
        }

        try
        {
            return session.Run(matchExpression, weights, limit);
        }
        finally
        {
            _sessions.Add(session);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stemmer.Dispose();
        while (_sessions.TryTake(out var session))
        {
            session.Dispose();
        }

        _memoryAnchor?.Dispose();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static List<string> ReadIds(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, passage_id FROM fts ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            if (reader.GetInt64(0) != ids.Count + 1)
            {
                throw new InvalidDataException("index rows are not numbered 1..N");
            }

            ids.Add(reader.GetString(1));
        }

        return ids;
    }

    /// <summary>
    /// The stored vectors, or null when the index has none (built without an encoder, or by an older format): the
    /// search then ranks by BM25 alone, as before.
    /// </summary>
    private static IndexVectors? ReadVectors(SqliteConnection connection, int rows)
    {
        var model = ReadMeta(connection, MetaKeys.VectorModel);
        if (model is null)
        {
            return null;
        }

        var passageKeys = new List<string>(rows);
        var passageVectors = new List<float[]>(rows);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT key, vector FROM passage_vectors ORDER BY row";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                passageKeys.Add(reader.GetString(0));
                passageVectors.Add(VectorKey.FromBytes((byte[])reader[1]));
            }
        }

        if (passageVectors.Count != rows || rows == 0)
        {
            return null;
        }

        var questions = new List<IndexedQuestion>();
        var questionKeys = new List<string>();
        var questionVectors = new List<float[]>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT row, question, key, vector FROM question_vectors ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                questions.Add(new IndexedQuestion((int)reader.GetInt64(0) - 1, reader.GetString(1)));
                questionKeys.Add(reader.GetString(2));
                questionVectors.Add(VectorKey.FromBytes((byte[])reader[3]));
            }
        }

        var dimensions = passageVectors[0].Length;
        return new IndexVectors(model, new DenseMatrix(passageVectors, dimensions), passageKeys, questions,
            new DenseMatrix(questionVectors, dimensions), questionKeys);
    }

    private static string? ReadMeta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>One connection and its prepared query; used by one thread at a time.</summary>
    private sealed class QuerySession : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _query;
        private readonly SqliteParameter _rank;
        private readonly SqliteParameter _limit;
        private FieldWeights? _preparedWeights;

        public QuerySession(SqliteConnection connection)
        {
            _connection = connection;
            _command = connection.CreateCommand();
            _command.CommandText = QuerySql;
            _query = _command.Parameters.Add("$query", SqliteType.Text);
            _rank = _command.Parameters.Add("$rank", SqliteType.Text);
            _limit = _command.Parameters.Add("$limit", SqliteType.Integer);
            _command.Prepare();
        }

        public List<RankedRow> Run(string matchExpression, FieldWeights weights, int max)
        {
            if (!ReferenceEquals(weights, _preparedWeights))
            {
                _rank.Value = weights.RankFunction();
                _preparedWeights = weights;
            }

            _query.Value = matchExpression;
            _limit.Value = max;
            var rows = new List<RankedRow>(Math.Min(max, 128));
            using var reader = _command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new RankedRow((int)reader.GetInt64(0), reader.GetDouble(1)));
            }

            return rows;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}

internal static class MetaKeys
{
    public const string ContentHash = "content_hash";
    public const string CatalogSnapshot = "catalog";
    public const string VectorModel = "vector_model";
}
