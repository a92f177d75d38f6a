using System.Text.Json;
using System.Text.Json.Serialization;

namespace FibroBot.BotFramework.Schema;

/// <summary>The one JSON convention of the wire: camelCase names, nulls omitted.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
