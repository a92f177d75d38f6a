namespace FibroBot.Retrieval.Evaluation;

/// <summary>
/// Finds the repository's evaluation data (tests/data/…) from wherever a verb or a test runs: walking up from the
/// working directory first, then from the app's own folder.
/// </summary>
public static class RepositoryPaths
{
    public static string? FindUpwards(string relativePath, string? startDirectory = null)
    {
        foreach (var origin in new[] { startDirectory ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
