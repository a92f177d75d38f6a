namespace FibroBot.BotFramework.Storage;

/// <summary>
/// An <see cref="IStorage"/> that can claim a key atomically: of several callers, on one instance or on several
/// sharing the database, exactly one gets the claim. Used to handle each delivered activity once; the database back
/// ends implement it with a unique key (<c>INSERT … ON CONFLICT</c>).
/// </summary>
public interface IClaimStorage
{
    /// <summary>
    /// Writes the marker document <paramref name="key"/> (an empty JSON object, written at <paramref name="now"/>)
    /// unless one written after <paramref name="now"/> − <paramref name="window"/> exists. True when this call holds
    /// the claim: it wrote the marker, took over an expired one, or repeats a claim of the same
    /// <paramref name="claimId"/> (a retry after a lost connection); false when someone else's claim holds. A claim
    /// is given up with <see cref="IStorage.DeleteAsync"/>; expired markers are removed with
    /// <see cref="IExpiringStorage.DeleteWrittenBeforeAsync"/>.
    /// </summary>
    Task<bool> TryClaimAsync(string key, string claimId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);
}
