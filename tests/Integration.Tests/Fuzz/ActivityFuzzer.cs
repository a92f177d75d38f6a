using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FibroBot.Integration.Fuzz;

/// <summary>
/// Seeded generator of requests to <c>POST /api/messages</c>: valid activities of every type, then the same
/// activities truncated, bit-flipped, with fields of the wrong type, missing, huge, deeply nested or full of junk,
/// plus wrong methods, content types and Authorization headers. The same seed always gives the same requests.
/// </summary>
internal sealed class ActivityFuzzer(Random random, string serviceUrl)
{
    public const string Path = "/api/messages";
    private const int BodyLimit = 256 * 1024;

    private static readonly string[] ActivityTypes =
        ["message", "message", "message", "conversationUpdate", "installationUpdate", "invoke", "typing", "messageReaction", "event", "endOfConversation", "deleteUserData", "handoff", "mystery"];

    private static readonly string[] Channels = ["msteams", "webchat", "emulator", "directline", "slack", "", "../../etc"];

    private static readonly string[] Fields =
        ["type", "id", "channelId", "serviceUrl", "from", "conversation", "recipient", "text", "deliveryMode", "entities", "attachments", "channelData", "value", "name", "membersAdded", "replyToId", "locale", "timestamp"];

    public FuzzRequest Next() => random.Next(100) switch
    {
        < 30 => Json("valid", Valid()),
        < 40 => Bytes("truncated", Truncate(Serialize(Valid()))),
        < 50 => Bytes("byte-mutated", MutateBytes(Serialize(Valid()))),
        < 60 => Json("wrong-type", WrongType(Valid())),
        < 68 => Json("missing-fields", MissingFields(Valid())),
        < 73 => Bytes("deep-nesting", DeepNesting()),
        < 78 => Huge(),
        < 85 => Json("unicode-junk", UnicodeJunk(Valid())),
        < 90 => Bytes("raw-junk", RawJunk()),
        < 95 => WrongEnvelope(),
        _ => BadAuthorization(),
    };

    private JsonObject Valid()
    {
        var type = ActivityTypes[random.Next(ActivityTypes.Length)];
        var channel = random.Next(4) == 0 ? Channels[random.Next(Channels.Length)] : "emulator";
        var user = $"fuzz-user-{random.Next(50)}";
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{random.Next():x}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = channel,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz member", ["role"] = "user" },
            ["conversation"] = Conversation(channel),
            ["recipient"] = new JsonObject { ["id"] = "fibrobot", ["name"] = "Fibro Evidence Bot", ["role"] = "bot" },
            ["locale"] = random.Next(5) == 0 ? "xx-INVALID" : "en-US",
            // Mostly expectReplies, so a reply that fails is seen in the response; the rest go to a connector that
            // is not there, which the bot must survive too.
            ["deliveryMode"] = random.Next(5) == 0 ? "normal" : "expectReplies",
        };
        switch (type)
        {
            case "message":
                activity["text"] = HostileText.Pick(random);
                if (random.Next(4) == 0)
                {
                    activity["entities"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "mention",
                        ["mentioned"] = new JsonObject { ["id"] = "fibrobot", ["name"] = "Fibro Evidence Bot" },
                        ["text"] = "<at>Fibro Evidence Bot</at>",
                    });
                }

                break;
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = user }, new JsonObject { ["id"] = "fibrobot" });
                break;
            case "installationUpdate":
                activity["action"] = random.Next(2) == 0 ? "add" : "remove";
                break;
            case "invoke":
                activity["name"] = random.Next(3) switch { 0 => "message/submitAction", 1 => "adaptiveCard/action", _ => "unknown/invoke" };
                activity["value"] = new JsonObject
                {
                    ["actionName"] = "feedback",
                    ["actionValue"] = new JsonObject { ["reaction"] = random.Next(2) == 0 ? "like" : "dislike", ["feedback"] = "{\"feedbackText\":\"" + HostileText.Pick(random) + "\"}" },
                };
                break;
            case "messageReaction":
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                break;
            case "event":
                activity["name"] = "webchat/join";
                activity["value"] = HostileText.Pick(random);
                break;
        }

        return activity;
    }

    private JsonObject Conversation(string channel) => channel == "msteams"
        ? new JsonObject
        {
            ["conversationType"] = random.Next(3) switch { 0 => "personal", 1 => "groupChat", _ => "channel" },
            ["id"] = $"fuzz-conversation-{random.Next(50)}",
            ["tenantId"] = "00000000-0000-0000-0000-000000000001",
            ["isGroup"] = random.Next(2) == 0,
        }
        : new JsonObject { ["id"] = $"fuzz-conversation-{random.Next(50)}" };

    private byte[] Truncate(byte[] body) => body[..random.Next(body.Length)];

    private byte[] MutateBytes(byte[] body)
    {
        var mutated = new List<byte>(body);
        for (var i = random.Next(1, 8); i > 0 && mutated.Count > 0; i--)
        {
            var at = random.Next(mutated.Count);
            switch (random.Next(4))
            {
                case 0:
                    mutated[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    mutated.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    mutated.RemoveRange(at, Math.Min(random.Next(1, 32), mutated.Count - at));
                    break;
                default:
                    mutated.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "{", "}", "[", "]", "\"", ",", ":", "\\u", "null", "-0e99999" }[random.Next(10)]));
                    break;
            }
        }

        return [.. mutated];
    }

    private JsonObject WrongType(JsonObject activity)
    {
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            activity[Fields[random.Next(Fields.Length)]] = WrongValue();
        }

        // Nested ids of the wrong type too: from.id, conversation.id.
        if (random.Next(2) == 0 && activity["from"] is JsonObject from)
        {
            from["id"] = WrongValue();
        }

        if (random.Next(2) == 0 && activity["conversation"] is JsonObject conversation)
        {
            conversation["id"] = WrongValue();
        }

        return activity;
    }

    private JsonNode? WrongValue() => random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => JsonValue.Create(-1.5e300),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray(1, "two", null),
        5 => new JsonObject { ["unexpected"] = new JsonObject() },
        6 => JsonValue.Create(""),
        7 => JsonValue.Create(long.MinValue),
        8 => new JsonArray(),
        _ => JsonValue.Create(HostileText.Junk(random, random.Next(1, 64))),
    };

    private JsonObject MissingFields(JsonObject activity)
    {
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            activity.Remove(Fields[random.Next(Fields.Length)]);
        }

        return activity;
    }

    private byte[] DeepNesting()
    {
        var depth = random.Next(64, 20_000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, random.Next(4) == 0 ? depth / 2 : depth));
        var field = random.Next(3) switch { 0 => "channelData", 1 => "value", _ => "entities" };
        return Encoding.UTF8.GetBytes(
            $"{{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"emulator\",\"serviceUrl\":\"{serviceUrl}\",\"from\":{{\"id\":\"deep\"}},\"conversation\":{{\"id\":\"deep\"}},\"deliveryMode\":\"expectReplies\",\"{field}\":{nested}}}");
    }

    private FuzzRequest Huge()
    {
        var activity = Valid();
        activity["type"] = "message";
        var over = random.Next(3) == 0;
        // Either just under the 256 KB limit (the bot must cope with a long question) or over it (413, never 500).
        var length = over ? random.Next(BodyLimit, 2 * 1024 * 1024) : random.Next(16_000, BodyLimit - 4_096);
        var text = random.Next(2) == 0 ? new string('x', length) : HostileText.Junk(random, length / 3);
        var field = random.Next(3) switch { 0 => "text", 1 => "id", _ => "locale" };
        if (field == "id" && activity["from"] is JsonObject from)
        {
            from["id"] = text;
        }
        else
        {
            activity[field] = text;
        }

        var body = Serialize(activity);
        return new FuzzRequest(over ? "huge-over-limit" : "huge-under-limit", HttpMethod.Post, Path, body, "application/json", FuzzRequest.NoHeaders, MayBeCutOff: body.Length > BodyLimit);
    }

    private JsonObject UnicodeJunk(JsonObject activity)
    {
        activity["text"] = HostileText.Junk(random, random.Next(1, 2_000));
        if (activity["from"] is JsonObject from)
        {
            from["id"] = HostileText.Junk(random, random.Next(1, 100));
        }

        if (random.Next(2) == 0 && activity["conversation"] is JsonObject conversation)
        {
            conversation["id"] = HostileText.Junk(random, random.Next(1, 100));
            // Such an id cannot travel in a connector URL (Kestrel, like the real service, refuses an encoded NUL
            // in a path), so these replies come back in the response instead of going through the connector.
            activity["deliveryMode"] = "expectReplies";
        }

        activity[HostileText.Junk(random, 8)] = HostileText.Junk(random, 32);
        return activity;
    }

    private byte[] RawJunk()
    {
        var bytes = new byte[random.Next(0, 4_096)];
        random.NextBytes(bytes);
        return random.Next(4) switch
        {
            0 => bytes,
            1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"bom\"}")],
            2 => Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "null" : "\"just a string\""),
            _ => [(byte)'{', (byte)'"', .. bytes],
        };
    }

    private FuzzRequest WrongEnvelope()
    {
        var body = Serialize(Valid());
        return random.Next(5) switch
        {
            0 => new FuzzRequest("wrong-method", HttpMethod.Get, Path, null, null, FuzzRequest.NoHeaders),
            1 => new FuzzRequest("wrong-method", random.Next(2) == 0 ? HttpMethod.Put : HttpMethod.Delete, Path, body, "application/json", FuzzRequest.NoHeaders),
            2 => new FuzzRequest("wrong-content-type", HttpMethod.Post, Path, body, random.Next(2) == 0 ? "text/plain" : "application/x-www-form-urlencoded", FuzzRequest.NoHeaders),
            3 => new FuzzRequest("no-content-type", HttpMethod.Post, Path, body, null, FuzzRequest.NoHeaders),
            _ => new FuzzRequest("odd-path", HttpMethod.Post, Path + random.Next(3) switch { 0 => "/", 1 => "?x=%00%ff", _ => "/../api/messages" }, body, "application/json", FuzzRequest.NoHeaders),
        };
    }

    private FuzzRequest BadAuthorization()
    {
        var token = random.Next(5) switch
        {
            0 => "Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":\"none\"}")) + ".e30.",
            1 => "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzZXJ2aWNldXJsIjoiaHR0cDovLzEyNy4wLjAuMTo5In0.c2lnbmF0dXJl",
            2 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")),
            3 => "Bearer " + new string('A', random.Next(1, 8_000)),
            _ => "Bearer",
        };
        return new FuzzRequest("bad-authorization", HttpMethod.Post, Path, Serialize(Valid()), "application/json", [KeyValuePair.Create("Authorization", token)]);
    }

    private static byte[] Serialize(JsonObject activity) => Encoding.UTF8.GetBytes(activity.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    private static FuzzRequest Json(string kind, JsonObject activity) => Bytes(kind, Serialize(activity));

    private static FuzzRequest Bytes(string kind, byte[] body) =>
        new(kind, HttpMethod.Post, Path, body, "application/json", FuzzRequest.NoHeaders);
}
