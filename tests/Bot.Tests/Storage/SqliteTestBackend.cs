using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using FibroBot.Storage;
using FibroBot.Tests.Storage.Contracts;
using Microsoft.Data.Sqlite;

namespace FibroBot.Tests.Storage;

/// <summary>A SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteTestBackend : StorageTestBackend
{
    private readonly string _folder;
    private readonly SqliteDatabase _database;
    private readonly bool _ownsFolder;

    private SqliteTestBackend(string folder, bool ownsFolder, TimeSpan busyTimeout)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
        _database = new SqliteDatabase($"Data Source={FilePath}", Logs.For<SqliteDatabase>(), busyTimeout);
        Storage = new SqliteStorage(_database, Logs.For<SqliteStorage>());
        TurnLog = new SqliteTurnLog(_database, Logs.For<SqliteTurnLog>());
    }

    public string FilePath => Path.Combine(_folder, StorageOptions.DefaultDatabaseFileName);

    public override IStorageDatabase Database => _database;

    /// <summary>The database itself, for the writer's test seam.</summary>
    public SqliteDatabase Sqlite => _database;

    public override IStorage Storage { get; }

    public override ITurnLog TurnLog { get; }

    /// <param name="busyTimeout">How long a write waits for another connection's lock; the production value unless given.</param>
    public static async Task<SqliteTestBackend> CreateAsync(TimeSpan? busyTimeout = null)
    {
        var backend = new SqliteTestBackend(NewFolder(), ownsFolder: true, busyTimeout ?? SqliteDatabase.BusyTimeout);
        await backend.Database.MigrateAsync(default);
        return backend;
    }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), $"fibrobot-sqlite-{Guid.NewGuid():N}");

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> QueryScalarAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>
    /// Copies the database file and its write-ahead log as they are on disk now, with this instance's
    /// connections still open and nothing checkpointed: exactly what a killed process leaves behind. The copy is
    /// then opened fresh, and SQLite recovers from the log as after a real crash.
    /// </summary>
    public override async Task<StorageTestBackend> KillAndReopenAsync()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(FilePath + suffix))
            {
                CopyWhileOpen(FilePath + suffix, Path.Combine(folder, StorageOptions.DefaultDatabaseFileName + suffix));
            }
        }

        var reopened = new SqliteTestBackend(folder, ownsFolder: true, SqliteDatabase.BusyTimeout);
        await reopened.Database.MigrateAsync(default);
        return reopened;
    }

    public override async Task<StorageTestBackend> OpenSecondInstanceAsync()
    {
        var second = new SqliteTestBackend(_folder, ownsFolder: false, SqliteDatabase.BusyTimeout);
        await second.Database.MigrateAsync(default);
        return second;
    }

    public override async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void CopyWhileOpen(string source, string destination)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var output = File.Create(destination);
        input.CopyTo(output);
    }

    /// <summary>A connection of its own on the file, outside the database under test (to hold its lock, say).</summary>
    public async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
