namespace FibroBot.Integration.Support;

/// <summary>The pinned npm clients (Agents Playground, manifest schemas) the tests drive.</summary>
public static class NpmClients
{
    /// <summary>Where test.sh installs the pinned npm clients (Agents Playground, manifest schemas).</summary>
    public static string ClientModules => Repository.Combine("tests", "Integration.Tests", "clients", "node_modules");

    /// <summary>A file the test needs from the npm clients, with the command that installs it when missing.</summary>
    public static string RequireClientFile(params string[] parts)
    {
        var path = Path.Combine([ClientModules, .. parts]);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: run ./test.sh, or `npm ci` in tests/Integration.Tests/clients.");
    }
}
