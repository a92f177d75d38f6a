using FibroBot.BotFramework.Builder;

namespace FibroBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation bot (<see cref="IBot"/>) and what it keeps between turns. Needs the answer pipeline, storage,
    /// the turn log and the moderators' commands; state lives in IStorage, so every service here is a singleton.
    /// </summary>
    public static IHostApplicationBuilder AddConversationBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationStateStore>();
        builder.Services.AddSingleton<IFeedbackSink, TurnLogFeedbackSink>();
        builder.Services.AddSingleton<IBot, FibroEvidenceBot>();
        return builder;
    }
}
