namespace FibroBot.Hosting;

public static class RetrievalServiceCollectionExtensions
{
    public static IServiceCollection AddRetrievalEngine(this IServiceCollection services, IConfiguration configuration) => services;
}
