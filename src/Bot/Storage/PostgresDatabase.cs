using System.Net.Sockets;
using FibroBot.BotFramework.Storage;
using Npgsql;

namespace FibroBot.Storage;

/// <summary>
/// A PostgreSQL database reached through one <see cref="NpgsqlDataSource"/>, shared by <see cref="PostgresStorage"/>
/// and <see cref="PostgresTurnLog"/>. Several bot instances may use it at once.
/// </summary>
public sealed partial class PostgresDatabase : IStorageDatabase, IAsyncDisposable
{
    // Any constant will do; it only has to be the same in every instance, so that migrations run one at a time.
    private const long MigrationLockId = 0x46_69_62_72_6F_42_6F_74;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS documents (
            key text NOT NULL PRIMARY KEY,
            value text NOT NULL,
            etag text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS turn_log (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time_ms bigint NOT NULL,
            channel text NOT NULL,
            kind text NOT NULL,
            topics text NOT NULL,
            source_ids text NOT NULL,
            confidence double precision,
            redactions integer NOT NULL,
            user_hash text,
            conversation_hash text,
            question text,
            reply_activity_id text,
            feedback_rating text,
            feedback_comment text,
            feedback_ms bigint,
            append_id uuid NOT NULL UNIQUE
        );
        CREATE INDEX IF NOT EXISTS turn_log_time ON turn_log (time_ms);
        CREATE INDEX IF NOT EXISTS turn_log_reply ON turn_log (reply_activity_id);
        """,
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresDatabase> _logger;

    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase> logger)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:Storage is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        _dataSource = NpgsqlDataSource.Create(builder);
        _logger = logger;
        Description = $"PostgreSQL database '{builder.Database ?? builder.Username}' at {builder.Host}:{builder.Port}";
    }

    public string Description { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var (from, to) = await RunAsync(async (connection, _) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockId});", cancellationToken);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL);", cancellationToken);
            await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken));
            SchemaVersions.CheckNotNewer(current, Migrations.Length, Description);
            for (var version = current + 1; version <= Migrations.Length; version++)
            {
                await ExecuteAsync(connection, Migrations[version - 1], cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES ($1, now());", connection);
                record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return (current, Migrations.Length);
        }, cancellationToken);
        SchemaVersions.LogResult(_logger, Description, from, to);
    }

    /// <summary>
    /// Runs work on a pooled connection. When the connection turns out to be dead (the server restarted), the
    /// pool is emptied, so no later request meets another dead connection, and the work is tried once more on a
    /// fresh one, unless it had already asked to commit: then its outcome is unknown and the caller must hear of
    /// it. The work calls the given callback right before committing.
    /// </summary>
    internal async Task<T> RunAsync<T>(Func<NpgsqlConnection, Action, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                return await work(connection, () => committing = true);
            }
            catch (Exception ex) when (IsUnavailable(ex))
            {
                _dataSource.Clear();
                if (attempt > 1 || committing)
                {
                    throw new StorageUnavailableException($"{Description} cannot be reached: {ex.Message}", ex);
                }

                LogRetrying(_logger, Description, ex.Message);
            }
        }
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    // Connection loss, the server shutting down or starting up, too many connections, system errors: the
    // database, not the request, is at fault. Constraint or syntax errors are bugs and stay as they are.
    private static bool IsUnavailable(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("58", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or SocketException or TimeoutException,
        SocketException or IOException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage: {Description} failed ({Reason}); the connection pool was emptied and the request is tried once more.")]
    private static partial void LogRetrying(ILogger logger, string description, string reason);
}
