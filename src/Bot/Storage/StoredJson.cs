using System.Text.Json;
using System.Text.Json.Nodes;

namespace FibroBot.Storage;

/// <summary>Parses JSON read back from a database, where a damaged record must not take down the rest.</summary>
internal static partial class StoredJson
{
    /// <summary>The parsed node, or null (after a warning) when the stored text is not a JSON value.</summary>
    public static JsonNode? TryParse(string text, string what, ILogger logger)
    {
        try
        {
            var node = JsonNode.Parse(text);
            if (node is null)
            {
                LogCorrupt(logger, what, "it is the JSON literal null");
            }

            return node;
        }
        catch (JsonException ex)
        {
            LogCorrupt(logger, what, ex.Message);
            return null;
        }
    }

    public static IReadOnlyList<string>? TryParseStrings(string text, string what, ILogger logger)
    {
        try
        {
            var values = JsonSerializer.Deserialize<List<string>>(text);
            if (values is null || values.Contains(null!))
            {
                LogCorrupt(logger, what, "it is not an array of strings");
                return null;
            }

            return values;
        }
        catch (JsonException ex)
        {
            LogCorrupt(logger, what, ex.Message);
            return null;
        }
    }

    public static string Strings(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {What}: its stored JSON is damaged ({Reason}).")]
    private static partial void LogCorrupt(ILogger logger, string what, string reason);
}
