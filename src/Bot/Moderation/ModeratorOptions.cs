using FibroBot.BotFramework.Schema;

namespace FibroBot.Moderation;

/// <summary>
/// Who may ask for reports and exports: Teams AAD object ids or channel user ids, from the root
/// <c>Moderators</c> list of appsettings.json.
/// </summary>
public sealed class ModeratorOptions
{
    public const string SectionName = "Moderators";

    public IReadOnlyList<string> Ids { get; set; } = [];

    public bool IsModerator(ChannelAccount? user) =>
        user is not null
        && Ids.Any(id => !string.IsNullOrWhiteSpace(id)
                         && (string.Equals(id, user.AadObjectId, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(id, user.Id, StringComparison.Ordinal)));
}
