using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FibroBot.BotFramework.Schema;

/// <summary>
/// Reads and writes an <see cref="Entity"/> as one flat object. Written by hand because System.Text.Json
/// (.NET 10) nests a <see cref="JsonObject"/> extension-data property as an unnamed object, which is invalid JSON.
/// </summary>
internal sealed class EntityJsonConverter : JsonConverter<Entity>
{
    public override Entity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject properties)
        {
            throw new JsonException("An entity must be a JSON object.");
        }

        var typeKey = properties.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, "type", StringComparison.OrdinalIgnoreCase));
        string? type = null;
        if (typeKey is not null)
        {
            type = properties[typeKey] is JsonValue value && value.TryGetValue<string>(out var text)
                ? text
                : throw new JsonException("An entity's 'type' must be a string.");
            properties.Remove(typeKey);
        }

        return new Entity { Type = type, Properties = properties.Count > 0 ? properties : null };
    }

    public override void Write(Utf8JsonWriter writer, Entity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Type is not null)
        {
            writer.WriteString("type", value.Type);
        }

        foreach (var (name, node) in value.Properties ?? [])
        {
            if (string.Equals(name, "type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            writer.WritePropertyName(name);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }
}
