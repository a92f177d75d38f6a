using FibroBot.Answers;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Hosting;
using FibroBot.Conversation;
using FibroBot.Moderation;
using FibroBot.Storage;

namespace FibroBot.Hosting;

/// <summary>
/// The one composition root: the web host, every command-line verb and the tests' fixtures put the bot together
/// from these methods, one per layer, each registering only its own services and binding its own section.
/// </summary>
public static class FibroBotComposition
{
    /// <summary>Every service of the web host, in the order their start-up work must run (storage first).</summary>
    public static IHostApplicationBuilder AddFibroBot(this IHostApplicationBuilder builder)
    {
        builder.AddBotConversation();
        builder.AddTranscriptPrivacy();
        builder.AddProtocol();
        builder.AddWebChatPage();
        builder.AddBotRateLimiting();
        return builder;
    }

    /// <summary>
    /// The conversation bot and all it needs, without the HTTP channels: what a test drives turn by turn through
    /// <see cref="BotFramework.Builder.IBot"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotConversation(this IHostApplicationBuilder builder)
    {
        builder.ValidateServicesOnBuild();
        builder.AddBotStorage();
        builder.AddTurnLog();
        builder.AddModeration();
        builder.AddAnswering();
        builder.AddConversationBot();
        return builder;
    }

    /// <summary>The answer pipeline over the safety triage and the retrieval engine: the <c>ask</c> and <c>eval</c> verbs.</summary>
    public static IHostApplicationBuilder AddAnswering(this IHostApplicationBuilder builder)
    {
        builder.ValidateServicesOnBuild();
        builder.AddSentenceEncoder();
        builder.AddSafetyTriage();
        builder.AddCorpus();
        builder.AddRetrievalEngine();
        builder.AddAnswerPipeline();
        return builder;
    }

    /// <summary>The Bot Framework protocol layer: the <c>/api/messages</c> channel, de-duplication and Direct Line.</summary>
    public static IHostApplicationBuilder AddProtocol(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBotFrameworkChannel(builder.Configuration);
        builder.Services.AddActivityDeduplication(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Every composition checks, when the container is built, that each registered service can be constructed and
    /// that no singleton captures a scoped service; a missing registration then fails the build of the host, not a turn.
    /// </summary>
    public static IHostApplicationBuilder ValidateServicesOnBuild(this IHostApplicationBuilder builder)
    {
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder;
    }
}
