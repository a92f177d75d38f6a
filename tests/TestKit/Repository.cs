namespace FibroBot.TestKit;

/// <summary>The repository the tests were built from: the folder holding Bot.sln, above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, from its parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Bot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
