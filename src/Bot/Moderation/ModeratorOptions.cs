using FibroBot.BotFramework.Authentication;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Teams;

namespace FibroBot.Moderation;

/// <summary>
/// Who may ask for reports and exports, from the root <c>Moderators</c> list of appsettings.json. Each entry is a
/// Teams user's AAD object id, either as <c>{tenantId}/{aadObjectId}</c> or bare; a bare id belongs to
/// <see cref="TenantId"/> (root <c>ModeratorTenantId</c>, else <c>MicrosoftAppTenantId</c>) and matches nobody
/// when neither is set.
/// </summary>
/// <remarks>
/// Only an identity that a verified channel vouched for can be a moderator: a Teams (<c>msteams</c>) activity that
/// arrived with a validated Bot Framework channel token, so that its AAD object id and tenant come from Teams and not
/// from the sender. Web chat (Direct Line) ids are chosen by the browser and are never moderators.
/// </remarks>
public sealed class ModeratorOptions
{
    public const string SectionName = "Moderators";
    public const string TenantSettingName = "ModeratorTenantId";

    public IReadOnlyList<string> Ids { get; set; } = [];

    /// <summary>The tenant of entries written without one.</summary>
    public string? TenantId { get; set; }

    /// <summary>True when some entries can match nobody because they name no tenant and no default is set.</summary>
    public bool HasEntriesWithoutTenant =>
        string.IsNullOrWhiteSpace(TenantId) && Ids.Any(id => !string.IsNullOrWhiteSpace(id) && !id.Contains('/', StringComparison.Ordinal));

    public bool IsModerator(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, TeamsActivityExtensions.ChannelId, StringComparison.Ordinal)
            || !string.Equals(activity.CallerId, AuthenticationOutcome.BotFrameworkChannelCallerId, StringComparison.Ordinal)
            || activity.From?.AadObjectId is not { Length: > 0 } aadObjectId
            || activity.GetTenantId() is not { Length: > 0 } tenantId)
        {
            return false;
        }

        return Ids.Select(Parse).Any(entry =>
            entry is { } moderator
            && string.Equals(moderator.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(moderator.TenantId, tenantId, StringComparison.OrdinalIgnoreCase));
    }

    private (string TenantId, string AadObjectId)? Parse(string entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return null;
        }

        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var tenant = entry[..slash].Trim();
            var id = entry[(slash + 1)..].Trim();
            return tenant.Length > 0 && id.Length > 0 ? (tenant, id) : null;
        }

        return string.IsNullOrWhiteSpace(TenantId) ? null : (TenantId.Trim(), entry.Trim());
    }
}
