namespace FibroBot.BotFramework.Storage;

/// <summary>
/// An <see cref="IStorage"/> that knows when each document was last written, so retention rules can delete what has
/// not been touched for too long. The database back ends implement it; a feature that needs it does nothing
/// (and says so) on a storage that does not.
/// </summary>
public interface IExpiringStorage
{
    /// <summary>Deletes the documents whose key starts with <paramref name="keyPrefix"/> and that were last written before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken);
}
