using FibroBot.BotFramework.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = FibroBot.BotFramework.Builder.IMiddleware;

namespace FibroBot.BotFramework.Hosting;

public static class ActivityDeduplicationExtensions
{
    /// <summary>
    /// Registers <see cref="ActivityDeduplicationMiddleware"/> (the <c>Deduplication</c> section) as the first
    /// middleware of the Bot Framework channel, whatever was registered before, so a redelivery ends before anything
    /// else (the typing indicator included) runs; and the clean-up of expired records. Needs an <c>IStorage</c> that
    /// is an <c>IClaimStorage</c>. Uses the registered <see cref="IActivityKeyHasher"/>, else SHA-256.
    /// </summary>
    public static IServiceCollection AddActivityDeduplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActivityDeduplicationOptions>()
            .Bind(configuration.GetSection(ActivityDeduplicationOptions.SectionName))
            .ValidateProblemsOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IActivityKeyHasher, Sha256ActivityKeyHasher>();
        if (!services.Any(d => d.ServiceType == typeof(IMiddleware) && d.ImplementationType == typeof(ActivityDeduplicationMiddleware)))
        {
            var first = services.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.ServiceType == typeof(IMiddleware), (null!, services.Count)).i;
            services.Insert(first, ServiceDescriptor.Singleton<IMiddleware, ActivityDeduplicationMiddleware>());
        }

        services.TryAddSingleton<ActivityDeduplicationCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<ActivityDeduplicationCleanup>());
        return services;
    }
}
