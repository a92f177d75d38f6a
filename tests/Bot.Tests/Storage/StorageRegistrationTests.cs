using System.Net;
using System.Net.Sockets;
using FibroBot.BotFramework.Storage;
using FibroBot.Hosting;
using FibroBot.Moderation;
using FibroBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Storage;

/// <summary><c>AddBotStorage</c> and <c>AddTurnLog</c> as a host runs them: configuration picks the back end, start-up migrates or stops.</summary>
public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _dataPath = SqliteTestBackend.NewFolder();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task By_default_a_sqlite_file_in_the_data_folder_is_migrated_at_start_and_serves_storage_and_turn_log()
    {
        using var host = BuildHost([]);

        await host.StartAsync();

        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<SqliteTurnLog>(host.Services.GetRequiredService<ITurnLog>());
        Assert.True(File.Exists(Path.Combine(_dataPath, StorageOptions.DefaultDatabaseFileName)));
        Assert.True(File.Exists(Path.Combine(_dataPath, PrivacyOptions.HashKeyFileName)));
        await host.Services.GetRequiredService<TurnLogWriter>().RecordTurnAsync(new TurnObservation { Channel = "webchat", Kind = TurnKind.Help }, default);
        Assert.Single(await host.Services.GetRequiredService<ITurnLog>().QueryAsync(DateTimeOffset.MinValue, default));
        await host.StopAsync();
    }

    [Fact]
    public void The_provider_and_connection_string_come_from_configuration()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "postgresql",
            ["ConnectionStrings:Storage"] = "Host=127.0.0.1;Port=1;Database=fibrobot;Username=bot;Password=secret",
        });

        Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<PostgresTurnLog>(host.Services.GetRequiredService<ITurnLog>());
        var description = host.Services.GetRequiredService<IStorageDatabase>().Description;
        Assert.Contains("127.0.0.1:1", description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Provider", "Mongo", "'Mongo'")]
    [InlineData("Storage:Provider", "PostgreSQL", "ConnectionStrings:Storage")]
    [InlineData("Storage:StartupAttempts", "0", "Storage:StartupAttempts")]
    [InlineData("Privacy:RetentionDays", "-3", "Privacy:RetentionDays")]
    public async Task Bad_settings_stop_start_up_with_an_error_naming_the_setting(string key, string value, string named)
    {
        using var host = BuildHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_stops_start_up_after_the_configured_attempts()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Storage"] = $"Host=127.0.0.1;Port={ClosedLoopbackPort()};Username=bot;Password=x;Timeout=2",
            ["Storage:StartupAttempts"] = "2",
            ["Storage:StartupRetryDelay"] = "00:00:00.100",
        });

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync());

        Assert.Contains("after 2 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_clean_up_runs_at_start()
    {
        await using var database = new SqliteDatabase($"Data Source={Path.Combine(_dataPath, StorageOptions.DefaultDatabaseFileName)}", Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);
        await database.MigrateAsync(default);
        var log = new SqliteTurnLog(database, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteTurnLog>.Instance);
        await log.AppendAsync(new TurnRecord { Time = DateTimeOffset.UtcNow.AddDays(-8), Channel = "webchat", Kind = TurnKind.Answer, Question = "old" }, default);
        await log.AppendAsync(new TurnRecord { Time = DateTimeOffset.UtcNow.AddDays(-6), Channel = "webchat", Kind = TurnKind.Answer, Question = "recent" }, default);
        using var host = BuildHost(new() { ["Privacy:RetentionDays"] = "7" });

        await host.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await log.QueryAsync(DateTimeOffset.MinValue, default)).Count > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["recent"], (await log.QueryAsync(DateTimeOffset.MinValue, default)).Select(t => t.Question));
        await host.StopAsync();
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = _dataPath }.Concat(settings));
        builder.ValidateServicesOnBuild();
        builder.AddBotStorage();
        builder.AddTurnLog();
        return builder.Build();
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
