using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FibroBot.Integration.Fuzz;

/// <summary>A conversation the fuzzer really started, so it can also send requests that are almost right.</summary>
public sealed record DirectLineSession(string ConversationId, string Token);

/// <summary>
/// Seeded generator of Direct Line 3.0 requests: every route with missing, forged, tampered and cross-conversation
/// tokens, hostile conversation ids and watermarks, and malformed activity bodies.
/// </summary>
internal sealed class DirectLineFuzzer(Random random, IReadOnlyList<DirectLineSession> sessions)
{
    private const string Root = "/v3/directline";

    public FuzzRequest Next()
    {
        var (conversationId, token) = Target();
        var id = PercentEncode(conversationId);
        return random.Next(8) switch
        {
            0 => Request("tokens-generate", HttpMethod.Post, $"{Root}/tokens/generate", Body(), token),
            1 => Request("tokens-refresh", HttpMethod.Post, $"{Root}/tokens/refresh", random.Next(2) == 0 ? null : Body(), token),
            2 => Request("start-conversation", HttpMethod.Post, $"{Root}/conversations", Body(), token),
            3 => Request("reconnect", HttpMethod.Get, $"{Root}/conversations/{id}?watermark={PercentEncode(Watermark())}", null, token),
            4 or 5 => Request("get-activities", HttpMethod.Get, $"{Root}/conversations/{id}/activities?watermark={PercentEncode(Watermark())}", null, token),
            6 => Request("post-activity", HttpMethod.Post, $"{Root}/conversations/{id}/activities", Body(), token),
            _ => Request("stream-without-websocket", HttpMethod.Get, $"{Root}/conversations/{id}/stream?t={PercentEncode(token ?? "")}", null, null),
        };
    }

    private (string ConversationId, string? Token) Target()
    {
        var index = sessions.Count > 0 ? random.Next(sessions.Count) : -1;
        var session = index >= 0 ? sessions[index] : null;
        var other = sessions.Count > 1 ? sessions[(index + 1) % sessions.Count] : null;
        var conversationId = random.Next(8) switch
        {
            < 4 when session is not null => session.ConversationId,
            4 => Guid.NewGuid().ToString("N"),
            5 => random.Next(3) switch { 0 => "../../etc/passwd", 1 => "%00", _ => "" },
            6 => new string('c', random.Next(200, 5_000)),
            _ => HostileText.Junk(random, random.Next(1, 40)),
        };
        var token = random.Next(9) switch
        {
            < 3 when session is not null => session.Token,
            3 when other is not null => other.Token, // a real token for another conversation
            4 when session is not null => Tamper(session.Token),
            5 => null,
            6 => "eyJhbGciOiJub25lIn0.eyJjb252IjoiYW55In0.",
            7 => new string('t', random.Next(1, 10_000)),
            _ => PrintableJunk(random.Next(1, 50)),
        };
        return (conversationId, token);
    }

    // Header values must be printable ASCII for the client to send them at all; the junk stays within that.
    private string PrintableJunk(int length) =>
        string.Create(length, random, static (span, rng) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)rng.Next(0x21, 0x7F);
            }
        });

    // Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD), so any junk can go in a path or a query.
    internal static string PercentEncode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private string Tamper(string token)
    {
        var chars = token.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private string Watermark() => random.Next(9) switch
    {
        0 => "",
        1 => "0",
        2 => "-1",
        3 => "99999999999999999999999",
        4 => "abc",
        5 => "1e10",
        6 => random.Next(0, 50).ToString(CultureInfo.InvariantCulture),
        7 => new string('9', random.Next(20, 3_000)),
        _ => HostileText.Junk(random, random.Next(1, 20)),
    };

    private byte[]? Body()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = HostileText.Pick(random),
            ["from"] = new JsonObject { ["id"] = $"dl-user-{random.Next(20)}", ["name"] = "Web Chat user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"fuzz{random.Next():x}" },
        };
        var valid = Encoding.UTF8.GetBytes(activity.ToJsonString());
        return random.Next(6) switch
        {
            0 => null,
            1 => valid[..random.Next(valid.Length)],
            2 => Encoding.UTF8.GetBytes("{\"type\":42,\"from\":\"me\",\"text\":[]}"),
            3 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[", 10_000))),
            _ => valid,
        };
    }

    private FuzzRequest Request(string kind, HttpMethod method, string path, byte[]? body, string? token)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (token is not null)
        {
            headers.Add(KeyValuePair.Create("Authorization", random.Next(10) == 0 ? token : "Bearer " + token));
        }

        return new FuzzRequest("directline-" + kind, method, path, body, body is null ? null : "application/json", headers);
    }
}
