using FibroBot.BotFramework.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.DirectLine;

public static class DirectLineExtensions
{
    internal const string CorsPolicyName = "DirectLine";

    /// <summary>
    /// Registers the self-hosted Direct Line 3.0 channel. Needs an <c>IStorage</c> (conversations live there)
    /// and an <c>IBot</c> (without one, messages are stored but not answered).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateProblemsOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            var dataPath = configuration["Storage:DataPath"] is { Length: > 0 } path ? path : "data";
            var key = DirectLineTokenSecret.Load(options, Path.Combine(dataPath, DirectLineOptions.TokenSecretFileName));
            return new DirectLineTokenService(key, options.TokenLifetime, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new DirectLineRateLimiter(sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.RateLimit));
        services.AddSingleton<DirectLineConversationSignals>();
        services.AddSingleton(sp => new DirectLineConversationStore(
            sp.GetRequiredService<Storage.IStorage>(), sp.GetRequiredService<DirectLineConversationSignals>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DirectLineConversationStore>>(), sp.GetService<IDirectLineTranscriptFilter>()));
        services.AddSingleton<DirectLineTranscriptRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineTranscriptRetention>());
        services.AddSingleton(sp => new DirectLineAdapter(
            sp.GetRequiredService<DirectLineConversationStore>(), sp.GetRequiredService<DirectLineConversationSignals>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value));
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineTurnRunner>());
        services.AddSingleton<DirectLineStream>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicyName, policy =>
            {
                var origins = directLine.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins]);
                }

                // Tokens travel in the Authorization header, never in cookies, so no credentials mode is needed.
                policy.WithMethods("GET", "POST", "OPTIONS")
                    .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
                    .WithExposedHeaders("Retry-After")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        services.AddTransient<IStartupFilter, DirectLineStartupFilter>();
        return services;
    }

    /// <summary>Maps Direct Line 3.0 under <c>/v3/directline</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineEndpoints.BasePath);

        group.MapPost("/tokens/generate", DirectLineEndpoints.GenerateTokenAsync).WithAccess(DirectLineAccess.Anonymous);
        group.MapPost("/tokens/refresh", DirectLineEndpoints.RefreshToken).WithAccess(DirectLineAccess.Token);
        group.MapPost("/conversations", DirectLineEndpoints.StartConversationAsync).WithAccess(DirectLineAccess.Token);
        group.MapGet("/conversations/{conversationId}", DirectLineEndpoints.ReconnectAsync).WithAccess(DirectLineAccess.Conversation);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineEndpoints.GetActivitiesAsync).WithAccess(DirectLineAccess.Conversation);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineEndpoints.PostActivityAsync).WithAccess(DirectLineAccess.Conversation);
        group.Map("/conversations/{conversationId}/stream",
                (HttpContext context, string conversationId, string? watermark, DirectLineStream stream, CancellationToken cancellationToken)
                    => stream.AcceptAsync(context, conversationId, watermark, cancellationToken))
            .WithAccess(DirectLineAccess.Conversation);
        return endpoints;
    }

    private static RouteHandlerBuilder WithAccess(this RouteHandlerBuilder builder, DirectLineAccess access)
        => builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices;
            var filter = new DirectLineRequestFilter(
                access, services.GetRequiredService<DirectLineTokenService>(), services.GetRequiredService<DirectLineRateLimiter>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger<DirectLineRequestFilter>());
            return invocation => filter.InvokeAsync(invocation, next);
        });

    /// <summary>
    /// WebSockets and CORS preflights must be handled by middleware; a startup filter adds them for the Direct Line
    /// paths only, so the host's Program.cs stays composition only.
    /// </summary>
    private sealed class DirectLineStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath, StringComparison.OrdinalIgnoreCase),
                branch =>
                {
                    branch.UseCors(CorsPolicyName);
                    branch.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
                });
            next(app);
        };
    }
}
