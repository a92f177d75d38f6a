using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace FibroBot.Bench.LoadGen;

/// <summary>
/// Writes the Bot Framework <c>message</c> activities the load generator posts: one question per request, cycling
/// through the question list, from a pool of users who each talk in their own one-to-one conversation (as the
/// Emulator or a personal Teams chat would), always with <c>deliveryMode: expectReplies</c> so the replies come back
/// in the HTTP response and the latency measured is the whole turn.
/// </summary>
/// With <c>conversationPerRequest</c> every request opens a new conversation, so no follow-up memory carries over.
internal sealed class ActivityFactory(IReadOnlyList<string> questions, string channelId, int users, string runId, bool conversationPerRequest = false)
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    public int QuestionCount => questions.Count;

    public static IReadOnlyList<string> LoadQuestions(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"questions file not found: {path}", path);
        }

        var questions = File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
        return questions.Length > 0 ? questions : throw new InvalidDataException($"no questions in {path}");
    }

    /// <summary>The JSON body of request number <paramref name="sequence"/> (0-based, unique within a run).</summary>
    public byte[] Create(long sequence, ArrayBufferWriter<byte> scratch)
    {
        scratch.ResetWrittenCount();
        var user = (int)(sequence % users);
        var userId = string.Create(CultureInfo.InvariantCulture, $"loadgen-user-{user}");
        using (var json = new Utf8JsonWriter(scratch))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{runId}-{sequence}"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("localTimestamp", DateTimeOffset.UtcNow);
            json.WriteString("serviceUrl", ServiceUrl);
            json.WriteString("channelId", channelId);
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"Member {user}"));
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationPerRequest
                ? string.Create(CultureInfo.InvariantCulture, $"loadgen-conversation-{runId}-{sequence}")
                : string.Create(CultureInfo.InvariantCulture, $"loadgen-conversation-{user}"));
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "fibrobot");
            json.WriteString("name", "Fibro Evidence Bot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteString("textFormat", "plain");
            json.WriteString("locale", "en-US");
            json.WriteString("text", questions[(int)(sequence % questions.Count)]);
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteEndObject();
        }

        return scratch.WrittenSpan.ToArray();
    }
}
