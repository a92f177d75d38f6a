namespace FibroBot.Storage;

/// <summary>The schema_version bookkeeping both back ends share.</summary>
internal static partial class SchemaVersions
{
    public static void CheckNotNewer(int stored, int known, string description)
    {
        if (stored > known)
        {
            throw new InvalidOperationException(
                $"{description} has schema version {stored}, newer than the {known} this build knows; run a newer build of the bot.");
        }
    }

    public static void LogResult(ILogger logger, string description, int from, int to)
    {
        if (from == to)
        {
            LogCurrent(logger, description, to);
        }
        else
        {
            LogMigrated(logger, description, from, to);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Description}, schema version {Version} is current.")]
    private static partial void LogCurrent(ILogger logger, string description, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Description}, schema migrated from version {From} to {To}.")]
    private static partial void LogMigrated(ILogger logger, string description, int from, int to);
}
