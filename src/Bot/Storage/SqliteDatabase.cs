using FibroBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace FibroBot.Storage;

/// <summary>
/// One SQLite file in WAL mode, shared by <see cref="SqliteStorage"/> and <see cref="SqliteTurnLog"/>.
/// Every connection runs with <c>synchronous=FULL</c>: a write that returned survives a process kill and a power
/// loss (WAL's <c>NORMAL</c> would survive only the former), at the price of one fsync per transaction.
/// </summary>
public sealed partial class SqliteDatabase : IStorageDatabase
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
    private readonly ILogger<SqliteDatabase> _logger;

    public SqliteDatabase(string connectionString, ILogger<SqliteDatabase> logger)
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
        builder.Pooling = true;
        builder.DefaultTimeout = (int)BusyTimeout.TotalSeconds;
        _connectionString = builder.ToString();
        _filePath = builder.DataSource;
        _logger = logger;
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

        var (from, to) = await RunAsync(async connection =>
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

    /// <summary>Runs work on an open connection; a database that cannot be used becomes <see cref="StorageUnavailableException"/>.</summary>
    internal async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous=FULL;", cancellationToken);
            return await work(connection);
        }
        catch (SqliteException ex) when (IsUnavailable(ex))
        {
            throw new StorageUnavailableException($"{Description} cannot be used: {ex.Message}", ex);
        }
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Busy, locked, read-only, I/O error, corrupt, full, cannot open, not a database: the file, not the request, is at fault.
    private static bool IsUnavailable(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) is 5 or 6 or 8 or 10 or 11 or 13 or 14 or 26;
}
