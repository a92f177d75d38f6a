namespace FibroBot.BotFramework.Authentication;

/// <summary>The result of checking who sent an activity.</summary>
/// <param name="IsAuthenticated">True when the request may be served.</param>
/// <param name="CallerId">The callerId to stamp on the activity (<c>urn:botframework:azure</c> for channel tokens).</param>
/// <param name="ServiceUrlVerified">True when a validated token vouched for the activity's serviceUrl.</param>
/// <param name="FailureReason">Why the request was refused; safe to log (holds no token or personal content).</param>
public sealed record AuthenticationOutcome(bool IsAuthenticated, string? CallerId, bool ServiceUrlVerified, string? FailureReason)
{
    /// <summary>
    /// The callerId the adapter stamps on an activity whose Bot Framework channel token it validated. The adapter
    /// overwrites whatever callerId the body carried, so a bot may trust this value as proof of the channel.
    /// </summary>
    public const string BotFrameworkChannelCallerId = "urn:botframework:azure";

    public static AuthenticationOutcome Anonymous { get; } = new(true, null, false, null);

    public static AuthenticationOutcome Channel { get; } = new(true, BotFrameworkChannelCallerId, true, null);

    public static AuthenticationOutcome Entra { get; } = new(true, null, false, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, null, false, reason);
}
