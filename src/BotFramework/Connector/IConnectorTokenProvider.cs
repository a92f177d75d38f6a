namespace FibroBot.BotFramework.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector; null when the bot runs without credentials.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Development mode: the Agents Playground and the Emulator accept replies without a token.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
