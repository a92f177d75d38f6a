using FibroBot.BotFramework.Builder;
using FibroBot.Conversation;
using FibroBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FibroBot.Answers;

public static class AnswerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer pipeline and the conversation bot as singletons (all stateless; state lives in IStorage).
    /// Needs the retrieval engine (IPassageSearch, CorpusCatalog), IStorage and TurnLogWriter (AddBotStorage) and ModeratorCommands (AddModeration).
    /// </summary>
    public static IServiceCollection AddAnswerPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSafetyTriage(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PassageRedaction>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<AnswerPipeline>();
        services.AddSingleton<ConversationStateStore>();
        services.TryAddSingleton<IFeedbackSink, TurnLogFeedbackSink>();
        services.AddSingleton<IBot, FibroEvidenceBot>();
        return services;
    }
}
