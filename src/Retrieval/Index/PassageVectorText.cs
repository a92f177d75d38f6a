namespace FibroBot.Retrieval.Index;

/// <summary>
/// What a row is embedded as: title, heading and body, one per line. The title and heading carry the topic a
/// passage's own sentences often leave implicit ("It was a small trial…"), so they belong in its vector.
/// </summary>
public static class PassageVectorText
{
    public static string Of(IndexDocument document) =>
        string.Join('\n', new[] { document.Title, document.Heading, document.Body }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
