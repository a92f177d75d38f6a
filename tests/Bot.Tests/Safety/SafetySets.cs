using FibroBot.Retrieval.Evaluation;
namespace FibroBot.Tests.Safety;

/// <summary>
/// The four labeled message sets kept in tests/data/safety: one message per line, blank lines and lines
/// starting with '#' ignored.
/// </summary>
public sealed record SafetySets(
    IReadOnlyList<string> DosingRequests,
    IReadOnlyList<string> BenignNearMisses,
    IReadOnlyList<string> Crisis,
    IReadOnlyList<string> CrisisNegatives)
{
    public const string DefaultRelativeDirectory = "tests/data/safety";

    public static SafetySets Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Safety sets folder not found: {directory}");
        }

        return new SafetySets(
            ReadSet(Path.Combine(directory, "dosing-requests.txt")),
            ReadSet(Path.Combine(directory, "benign-near-misses.txt")),
            ReadSet(Path.Combine(directory, "crisis.txt")),
            ReadSet(Path.Combine(directory, "crisis-negatives.txt")));
    }

    /// <summary>
    /// Finds tests/data/safety by walking up from <paramref name="startDirectory"/> (the working directory
    /// when null) and then from the application folder, so the eval verb and the tests work from a clone.
    /// </summary>
    public static string? FindDefaultDirectory(string? startDirectory = null) =>
        RepositoryPaths.FindUpwards(DefaultRelativeDirectory, startDirectory);

    public static IReadOnlyList<string> ReadSet(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Safety set not found: {path}", path);
        }

        return File.ReadLines(path)
            .Select(static line => line.Trim())
            .Where(static line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
    }
}
