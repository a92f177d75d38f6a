namespace FibroBot.Integration.Fuzz;

/// <summary>
/// One generated HTTP request. <see cref="Kind"/> names how it was made (for the failure report);
/// <see cref="MayBeCutOff"/> marks bodies over the server's size limit, which the server may answer before it has
/// read them and then close the connection — the only case where a transport error is not a failure.
/// </summary>
public sealed record FuzzRequest(
    string Kind,
    HttpMethod Method,
    string Path,
    byte[]? Body,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool MayBeCutOff = false)
{
    public static IReadOnlyList<KeyValuePair<string, string>> NoHeaders { get; } = [];

    /// <summary>Whether the body still declares an invoke activity, which may be answered 501 when not implemented.</summary>
    public bool IsInvoke => Body is not null && System.Text.Encoding.UTF8.GetString(Body).Contains("\"type\":\"invoke\"", StringComparison.Ordinal);

    public override string ToString() =>
        $"{Kind}: {Method} {Truncate(Path, 120)} ({Body?.Length ?? 0} bytes{(ContentType is null ? "" : ", " + ContentType)})";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
