namespace FibroBot.Answers;

public static class AnswerServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerPipeline(this IServiceCollection services, IConfiguration configuration) => services;
}
