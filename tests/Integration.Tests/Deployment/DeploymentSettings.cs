namespace FibroBot.Integration.Deployment;

/// <summary>The settings an operator gives every instance of one deployment: the same storage and the same secrets.</summary>
internal static class DeploymentSettings
{
    public static Dictionary<string, string> Sqlite(string dataFolder) => Shared(new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataPath"] = dataFolder,
        ["Corpus:DataPath"] = dataFolder,
    });

    public static Dictionary<string, string> Postgres(string connectionString, string dataFolder) => Shared(new()
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Storage"] = connectionString,
        ["Storage:DataPath"] = dataFolder,
        ["Corpus:DataPath"] = dataFolder,
    });

    private static Dictionary<string, string> Shared(Dictionary<string, string> settings)
    {
        settings["Privacy:HashKey"] = "integration-test-hash-key-0123456789";
        settings["DirectLine:TokenSecret"] = "integration-test-direct-line-secret-0123456789abcdef";
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }
}
