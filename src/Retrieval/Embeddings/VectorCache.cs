using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>
/// A SQLite file of vectors keyed by <see cref="VectorKey"/>, shared by whoever points at it: the <c>beir</c> verb
/// keeps a dataset's corpus vectors here, and a test run points every bot it starts at one cache so the bundled
/// corpus is embedded once per run, not once per fresh data folder. Several processes may use one file at once
/// (WAL, a busy timeout, insert-or-ignore: two writers of one key write the same vector).
/// </summary>
public sealed class VectorCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public VectorCache(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 60 };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Execute("PRAGMA busy_timeout = 60000;");
        Execute("PRAGMA journal_mode = WAL;");
        Execute("CREATE TABLE IF NOT EXISTS vectors(key TEXT PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID;");
    }

    public string Path { get; }

    /// <summary>The stored vectors among <paramref name="keys"/>.</summary>
    public Dictionary<string, float[]> GetMany(IEnumerable<string> keys)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT vector FROM vectors WHERE key = $key";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            command.Prepare();
            foreach (var k in keys)
            {
                key.Value = k;
                if (command.ExecuteScalar() is byte[] bytes)
                {
                    found[k] = VectorKey.FromBytes(bytes);
                }
            }
        }

        return found;
    }

    public void PutMany(IEnumerable<KeyValuePair<string, float[]>> vectors)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR IGNORE INTO vectors(key, vector) VALUES ($key, $vector)";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var vector = command.Parameters.Add("$vector", SqliteType.Blob);
            command.Prepare();
            foreach (var (k, v) in vectors)
            {
                key.Value = k;
                vector.Value = VectorKey.ToBytes(v);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
