using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FibroBot.BotFramework.Schema;

/// <summary>
/// The one JSON convention of the wire: names read case-insensitively and written camelCase; nulls and empty
/// collections omitted (as the SDK's <c>NullValueHandling.Ignore</c> plus A2004), except where an empty list is
/// the message itself (<see cref="ExpectedReplies.Activities"/>).
/// </summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
            Converters = { new WireTimestampConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type == typeof(ExpectedReplies))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData || !typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
        }
    }

    /// <summary>Writes UTC times with <c>Z</c> as the channels do (A2021) and others with their offset; reads any ISO 8601 form.</summary>
    private sealed class WireTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.Offset == TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
