using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// The HTTP endpoint's own settings from the <c>BotFramework</c> section. The section's other settings belong to the
/// layers that use them: <see cref="Authentication.BotAuthenticationOptions"/>, <see cref="Connector.ConnectorOptions"/>,
/// <see cref="Connector.ConnectorRetryOptions"/> and <see cref="Builder.TypingOptions"/>.
/// </summary>
public sealed class BotFrameworkOptions : IOptionsProblems
{
    public const string SectionName = "BotFramework";

    /// <summary>Larger request bodies are answered 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    public IEnumerable<string> Problems()
    {
        if (MaxRequestBodyBytes <= 0)
        {
            yield return $"{SectionName}:{nameof(MaxRequestBodyBytes)} must be positive, got {MaxRequestBodyBytes}.";
        }
    }
}
