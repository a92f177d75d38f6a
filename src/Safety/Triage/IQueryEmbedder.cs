namespace FibroBot.Safety;

/// <summary>
/// The sentence encoder as safety needs it: query vectors for extra windows of a long message. The first window's
/// vector is computed once per turn by the caller and shared with retrieval; this is only asked for the rest.
/// </summary>
public interface IQueryEmbedder
{
    float[][] EmbedQueries(IReadOnlyList<string> texts);
}
