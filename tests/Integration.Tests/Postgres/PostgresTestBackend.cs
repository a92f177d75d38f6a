using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using FibroBot.Storage;
using FibroBot.Tests.Storage.Contracts;
using Npgsql;

namespace FibroBot.Integration.Postgres;

/// <summary>A database of its own on the shared test server.</summary>
public sealed class PostgresTestBackend : StorageTestBackend
{
    private readonly PostgresServer _server;
    private readonly PostgresDatabase _database;

    private PostgresTestBackend(PostgresServer server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
        _database = new PostgresDatabase(connectionString, Logs.For<PostgresDatabase>());
        Storage = new PostgresStorage(_database, Logs.For<PostgresStorage>());
        TurnLog = new PostgresTurnLog(_database, Logs.For<PostgresTurnLog>());
    }

    public string ConnectionString { get; }

    public override IStorageDatabase Database => _database;

    public override IStorage Storage { get; }

    public override ITurnLog TurnLog { get; }

    public static async Task<PostgresTestBackend> CreateAsync(PostgresServer server)
    {
        var backend = new PostgresTestBackend(server, await server.CreateDatabaseAsync());
        await backend.Database.MigrateAsync(default);
        return backend;
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> QueryScalarAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Crashes the server (immediate stop: no checkpoint, recovery from the WAL at start) and reconnects.</summary>
    public override async Task<StorageTestBackend> KillAndReopenAsync()
    {
        _server.Stop(immediate: true);
        _server.Start();
        var reopened = new PostgresTestBackend(_server, ConnectionString);
        await reopened.Database.MigrateAsync(default);
        return reopened;
    }

    public override async Task<StorageTestBackend> OpenSecondInstanceAsync()
    {
        var second = new PostgresTestBackend(_server, ConnectionString);
        await second.Database.MigrateAsync(default);
        return second;
    }

    public override ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<NpgsqlConnection> OpenRawAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
