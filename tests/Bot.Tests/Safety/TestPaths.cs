using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Finds the repository's data folders from the test output folder.</summary>
internal static class TestPaths
{
    public static string SafetySetsDirectory => SafetySets.FindDefaultDirectory(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("tests/data/safety not found above the test folder.");

    public static string Seeds
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "seeds");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("seeds/ not found above the test folder.");
        }
    }
}
