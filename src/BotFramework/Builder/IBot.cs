namespace FibroBot.BotFramework.Builder;

/// <summary>The bot's logic for one turn; shaped like Bot Builder's <c>IBot</c> so the SDK can be swapped in.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
