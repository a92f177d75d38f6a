namespace FibroBot.Storage;

/// <summary>The database behind <see cref="BotFramework.Storage.IStorage"/> and the turn log, as start-up sees it.</summary>
public interface IStorageDatabase
{
    /// <summary>Where the data lives, for log lines and errors; never contains a password.</summary>
    string Description { get; }

    /// <summary>
    /// Connects, creates the schema or brings it up to date. Safe to run any number of times and from several
    /// instances at once. Throws <see cref="BotFramework.Storage.StorageUnavailableException"/> when the database
    /// cannot be reached.
    /// </summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
