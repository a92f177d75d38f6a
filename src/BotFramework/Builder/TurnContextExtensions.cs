using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Builder;

public static class TurnContextExtensions
{
    /// <summary>The turn-state key under which a bot leaves the HTTP answer to an <c>invoke</c> activity.</summary>
    public const string InvokeResponseKey = "BotFramework.InvokeResponse";

    /// <summary>Sets the synchronous answer to an invoke; the adapter returns it as the HTTP response.</summary>
    public static void SetInvokeResponse(this ITurnContext turnContext, InvokeResponse response)
        => turnContext.TurnState[InvokeResponseKey] = response;

    public static InvokeResponse? GetInvokeResponse(this ITurnContext turnContext)
        => turnContext.TurnState.TryGetValue(InvokeResponseKey, out var value) ? value as InvokeResponse : null;
}
