namespace FibroBot.Integration.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where test.sh installs the pinned npm clients (Agents Playground, manifest schemas).</summary>
    public static string ClientModules => Path.Combine(Root, "tests", "Integration.Tests", "clients", "node_modules");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A file the test needs from the npm clients, with the command that installs it when missing.</summary>
    public static string RequireClientFile(params string[] parts)
    {
        var path = Path.Combine([ClientModules, .. parts]);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: run ./test.sh, or `npm ci` in tests/Integration.Tests/clients.");
    }
}
