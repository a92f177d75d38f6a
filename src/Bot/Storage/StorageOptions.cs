using FibroBot.BotFramework.Configuration;

namespace FibroBot.Storage;

/// <summary>
/// The <c>Storage</c> configuration section. The connection string itself comes from
/// <c>ConnectionStrings:Storage</c>, so that <c>ConnectionStrings__Storage</c> can switch databases.
/// </summary>
public sealed class StorageOptions : IOptionsProblems
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "Storage";
    public const string DefaultDatabaseFileName = "fibrobot.db";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSQL</c>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The data folder, relative to the working directory unless absolute; holds the default SQLite file.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>From <c>ConnectionStrings:Storage</c>; when empty, SQLite uses <c>{DataPath}/fibrobot.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How often start-up tries to reach the database before giving up and stopping the host.</summary>
    public int StartupAttempts { get; set; } = 10;

    /// <summary>The pause between two start-up attempts.</summary>
    public TimeSpan StartupRetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    public IEnumerable<string> Problems() => FindError() is { } error ? [error] : [];

    /// <summary>What is wrong with these settings, or null.</summary>
    public string? FindError()
    {
        if (StartupAttempts < 1)
        {
            return $"Storage:StartupAttempts is {StartupAttempts}; it must be at least 1.";
        }

        if (StartupRetryDelay < TimeSpan.Zero)
        {
            return $"Storage:StartupRetryDelay is {StartupRetryDelay}; it cannot be negative.";
        }

        return TryParseProvider() switch
        {
            null => UnknownProvider,
            StorageProvider.PostgreSql when string.IsNullOrWhiteSpace(ConnectionString) => PostgresConnectionStringMissing,
            _ => null,
        };
    }

    public StorageProvider ParseProvider() => TryParseProvider() ?? throw new InvalidOperationException(UnknownProvider);

    /// <summary>The SQLite connection string: the configured one, or the default file under the data folder.</summary>
    public string SqliteConnectionString() => string.IsNullOrWhiteSpace(ConnectionString)
        ? $"Data Source={Path.Combine(Path.GetFullPath(DataPath), DefaultDatabaseFileName)}"
        : ConnectionString;

    public string PostgresConnectionString() => string.IsNullOrWhiteSpace(ConnectionString)
        ? throw new InvalidOperationException(PostgresConnectionStringMissing)
        : ConnectionString;

    private string UnknownProvider => $"Storage:Provider is '{Provider}'; it must be 'Sqlite' (the default) or 'PostgreSQL'.";

    private StorageProvider? TryParseProvider() => Provider?.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => StorageProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" => StorageProvider.PostgreSql,
        _ => null,
    };

    private const string PostgresConnectionStringMissing =
        "Storage:Provider is PostgreSQL but ConnectionStrings:Storage is empty; set it, e.g. "
        + "ConnectionStrings__Storage=\"Host=127.0.0.1;Port=5432;Database=fibrobot;Username=fibrobot;Password=...\".";
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
