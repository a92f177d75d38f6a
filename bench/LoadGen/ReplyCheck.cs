using System.Text.Json;

namespace FibroBot.Bench.LoadGen;

/// <summary>
/// Decides whether a response is an answer: HTTP 200 and an ExpectedReplies body whose <c>activities</c> hold at
/// least one <c>message</c>. The same check runs against every target, so a target that answers with an empty
/// body or an error page earns no credit.
/// </summary>
internal static class ReplyCheck
{
    public static bool IsAnswer(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("activities"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                return reader.Read() && reader.TokenType == JsonTokenType.StartArray && ContainsMessage(ref reader);
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private static bool ContainsMessage(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("message"u8))
                    {
                        return true;
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }

        return false;
    }
}
