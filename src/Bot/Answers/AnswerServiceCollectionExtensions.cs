namespace FibroBot.Answers;

public static class AnswerServiceCollectionExtensions
{
    /// <summary>
    /// The answer pipeline (normalise → triage → retrieve → redact → compose) as stateless singletons. It has no
    /// settings of its own; it needs the safety triage and the retrieval engine, and nothing of the conversation bot,
    /// so the <c>ask</c> and <c>eval</c> verbs compose it without storage.
    /// </summary>
    public static IHostApplicationBuilder AddAnswerPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PassageRedaction>();
        builder.Services.AddSingleton<AnswerComposer>();
        builder.Services.AddSingleton<AnswerPipeline>();
        return builder;
    }
}
