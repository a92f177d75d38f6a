using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace FibroBot.Hosting;

/// <summary>
/// Who sent an activity and where, read from the request body before the endpoint runs, so the rate limiter can
/// partition by user and conversation. Any field may be missing: the limiter then falls back to the client address.
/// </summary>
internal sealed record RateLimitingActivityIdentity(string? ChannelId, string? UserId, string? ConversationId)
{
    // Ids longer than this are hashed, so a hostile id cannot make the partition table hold megabytes of keys.
    private const int MaxKeyIdLength = 256;

    public static RateLimitingActivityIdentity Unknown { get; } = new(null, null, null);

    public string? UserKey => UserId is null ? null : $"{ChannelId}\n{Bounded(UserId)}";

    public string? ConversationKey => ConversationId is null ? null : $"{ChannelId}\n{Bounded(ConversationId)}";

    /// <summary>
    /// Reads up to <paramref name="maxBytes"/> of the body and rewinds it, so the endpoint still reads the whole
    /// body as sent. Bodies that are larger, unreadable or not JSON yield <see cref="Unknown"/>: the endpoint, not
    /// the limiter, turns them away with 400 or 413.
    /// </summary>
    public static async Task<RateLimitingActivityIdentity> PeekAsync(HttpRequest request, int maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength is > 0 and var declared && declared > maxBytes)
        {
            return Unknown;
        }

        // Read one byte past the cap to tell "exactly at the cap" from "over it"; keep it all in memory so peeking
        // never spills a request to a temporary file.
        var capacity = maxBytes + 1;
        request.EnableBuffering(bufferThreshold: capacity);
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } known ? (int)known + 1 : 16 * 1024);
        try
        {
            var length = 0;
            while (length < capacity)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(capacity, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, capacity) - length), cancellation);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return length > maxBytes ? Unknown : Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (request.Body.CanSeek)
            {
                request.Body.Position = 0;
            }
        }
    }

    internal static RateLimitingActivityIdentity Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        string? channelId = null, userId = null, conversationId = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Unknown;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("channelId"u8))
                {
                    channelId = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("from"u8))
                {
                    userId = ReadId(ref reader);
                }
                else if (reader.ValueTextEquals("conversation"u8))
                {
                    conversationId = ReadId(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a string that is not valid UTF-8 (GetString throws InvalidOperationException).
            return Unknown;
        }

        return new RateLimitingActivityIdentity(channelId, userId, conversationId);
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    // Reads { ..., "id": "…", ... } and leaves the reader on the object's end.
    private static string? ReadId(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return string.IsNullOrEmpty(id) ? null : id;
    }

    private static string Bounded(string id) =>
        id.Length <= MaxKeyIdLength ? id : "sha256:" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));
}
