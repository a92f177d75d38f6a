using FibroBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// Decides whether an activity from an authenticated caller may be served now; the host registers one to rate-limit
/// by the activity's user and conversation. The adapter asks only after authentication succeeded, so requests
/// without valid credentials can never use up anyone's allowance.
/// </summary>
public interface IActivityAdmission
{
    /// <summary>Null to serve the activity; otherwise how long the caller should wait (answered 429 with Retry-After).</summary>
    TimeSpan? TryAdmit(Activity activity, HttpContext context);
}
