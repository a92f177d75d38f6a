using System.Text.Json;

namespace FibroBot.Bench.LoadGen;

/// <summary>One JSON object per line per measured level, so several runs (one per target) add up to one report.</summary>
internal static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A level with no answers has no percentiles (NaN); keep it readable rather than failing the run.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Append(string path, LevelResult result) =>
        File.AppendAllText(path, JsonSerializer.Serialize(result, Json) + Environment.NewLine);

    public static IReadOnlyList<LevelResult> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LevelResult>(line, Json)
                            ?? throw new InvalidDataException($"empty result line in {path}"))
            .ToArray();
}
