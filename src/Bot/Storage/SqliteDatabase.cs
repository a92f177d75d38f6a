using FibroBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace FibroBot.Storage;

/// <summary>
/// One SQLite file in WAL mode, shared by <see cref="SqliteStorage"/> and <see cref="SqliteTurnLog"/>.
/// Every connection runs with <c>synchronous=FULL</c>: a write that returned survives a process kill and a power
/// loss (WAL's <c>NORMAL</c> would survive only the former). All writes go through one <see cref="SqliteWriter"/>,
/// which commits whatever is queued as one transaction, so that one fsync serves many writes; reads use a small
/// <see cref="SqliteReaderPool"/>. Both keep their connections and prepared statements for the life of this object.
/// </summary>
public sealed partial class SqliteDatabase : IStorageDatabase, IAsyncDisposable, IDisposable
{
    /// <summary>How long a connection waits for another writer's lock before reporting the store unavailable.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS documents (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS turn_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ms INTEGER NOT NULL,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            topics TEXT NOT NULL,
            source_ids TEXT NOT NULL,
            confidence REAL,
            redactions INTEGER NOT NULL,
            user_hash TEXT,
            conversation_hash TEXT,
            question TEXT,
            reply_activity_id TEXT,
            feedback_rating TEXT,
            feedback_comment TEXT,
            feedback_ms INTEGER
        );
        CREATE INDEX IF NOT EXISTS turn_log_time ON turn_log (time_ms);
        CREATE INDEX IF NOT EXISTS turn_log_reply ON turn_log (reply_activity_id);
        """,
    ];

    private readonly string _connectionString;
    private readonly string _filePath;
    private readonly TimeSpan _busyTimeout;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly SqliteReaderPool _readers;
    private readonly SqliteWriter _writer;

    public SqliteDatabase(string connectionString, ILogger<SqliteDatabase> logger)
        : this(connectionString, logger, BusyTimeout)
    {
    }

    /// <summary>Tests shorten <paramref name="busyTimeout"/> to see a locked file fail without a long wait.</summary>
    internal SqliteDatabase(string connectionString, ILogger<SqliteDatabase> logger, TimeSpan busyTimeout)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:Storage is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Storage must name a SQLite file (Data Source=path/to/file.db); an in-memory database would lose everything.");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);

        // This class keeps its own long-lived connections; a pool under them would only keep the files of the
        // connections it closes (a failed one, or all of them on dispose) open.
        builder.Pooling = false;

        // Microsoft.Data.Sqlite sets SQLite's busy handler from the command timeout before every command, so this,
        // not only the PRAGMA, bounds the wait for another process's lock.
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));
        _connectionString = builder.ToString();
        _filePath = builder.DataSource;
        _busyTimeout = busyTimeout;
        _logger = logger;
        _readers = new SqliteReaderPool(OpenPrepared, Math.Clamp(Environment.ProcessorCount, 2, 8));
        _writer = new SqliteWriter(OpenPrepared, ForCaller, Description, logger);
    }

    public string Description => $"SQLite file {_filePath}";

    public string FilePath => _filePath;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_filePath);
        try
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Cannot create the data folder {folder}: {ex.Message}", ex);
        }

        var (from, to) = await RunOnOwnConnectionAsync(async connection =>
        {
            // WAL cannot be switched on inside a transaction; the setting is kept in the file.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_ms INTEGER NOT NULL);", cancellationToken);
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken));
            SchemaVersions.CheckNotNewer(current, Migrations.Length, Description);
            for (var version = current + 1; version <= Migrations.Length; version++)
            {
                await ExecuteAsync(connection, Migrations[version - 1], cancellationToken);
                using var record = connection.CreateCommand();
                record.CommandText = "INSERT INTO schema_version (version, applied_ms) VALUES ($version, $now);";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            transaction.Commit();
            return (current, Migrations.Length);
        }, cancellationToken);
        SchemaVersions.LogResult(_logger, Description, from, to);
    }

    /// <summary>The writer that runs <see cref="WriteAsync{T}"/>; tests hold it with <see cref="SqliteWriter.BeforeBatch"/>.</summary>
    internal SqliteWriter Writer => _writer;

    /// <summary>
    /// Runs work on a pooled read connection; a database that cannot be used becomes <see cref="StorageUnavailableException"/>.
    /// </summary>
    internal async Task<T> ReadAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        try
        {
            return await _readers.ReadAsync(work, cancellationToken);
        }
        catch (SqliteException ex) when (IsUnavailable(ex))
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>
    /// Queues work for the writer, which runs it inside a savepoint of its next transaction. The task completes
    /// once that transaction has committed; work that throws has none of its changes kept.
    /// </summary>
    internal Task<T> WriteAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken) =>
        _writer.EnqueueAsync(work, cancellationToken);

    /// <summary>Commits the writes already queued, refuses new ones, and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _readers.Dispose();
    }

    // The DI container disposes synchronously when its owner does; the writer runs on the thread pool, so
    // waiting for it here cannot deadlock.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Runs migrations on a connection of their own, outside the writer and its batches.</summary>
    private async Task<T> RunOnOwnConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var connection = OpenConnection();
            return await work(connection);
        }
        catch (SqliteException ex) when (IsUnavailable(ex))
        {
            throw Unavailable(ex);
        }
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA busy_timeout={(int)_busyTimeout.TotalMilliseconds}; PRAGMA synchronous=FULL;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private PreparedConnection OpenPrepared() => new(OpenConnection());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private StorageUnavailableException Unavailable(SqliteException ex) => new($"{Description} cannot be used: {ex.Message}", ex);

    // A failed batch fails each of its callers; each gets an exception of its own, as a separate call would have.
    private Exception ForCaller(Exception ex) => ex is SqliteException sqlite && IsUnavailable(sqlite) ? Unavailable(sqlite) : ex;

    // Busy, locked, read-only, I/O error, corrupt, full, cannot open, not a database: the file, not the request, is at fault.
    internal static bool IsUnavailable(Exception ex) =>
        ex is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is 5 or 6 or 8 or 10 or 11 or 13 or 14 or 26;
}
