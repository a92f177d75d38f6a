using FibroBot.BotFramework.Authentication;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Configuration;
using FibroBot.BotFramework.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using IMiddleware = FibroBot.BotFramework.Builder.IMiddleware;

namespace FibroBot.BotFramework.Hosting;

public static partial class BotFrameworkChannelExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Registers the Bot Framework channel: options (root <c>MicrosoftApp*</c> keys and the <c>BotFramework</c> section),
    /// the inbound authenticator, the Connector client with its token provider (MSAL when an app id is set), the
    /// <see cref="BotFrameworkHttpAdapter"/> and the <see cref="ShowTypingMiddleware"/>. The bot itself registers
    /// <see cref="IBot"/> (and any further <see cref="IMiddleware"/>, which run after the typing indicator).
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // One section, split by the layer that reads it; the credentials keep Bot Framework's root keys.
        var section = configuration.GetSection(BotFrameworkOptions.SectionName);
        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options =>
            {
                section.Bind(options);
                options.MicrosoftAppType = configuration["MicrosoftAppType"];
                options.MicrosoftAppId = configuration["MicrosoftAppId"];
                options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
                options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
            })
            .ValidateProblemsOnStart();
        services.AddOptions<ConnectorOptions>().Bind(section);
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection(ConnectorRetryOptions.SectionName)).ValidateProblemsOnStart();
        services.AddOptions<TypingOptions>().Bind(section).ValidateProblemsOnStart();
        services.AddOptions<BotFrameworkOptions>().Bind(section).ValidateProblemsOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName);
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsDevelopmentMode
                ? new NoConnectorToken()
                : ActivatorUtilities.CreateInstance<MsalConnectorTokenProvider>(sp));
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<BotFrameworkHttpAdapter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, ShowTypingMiddleware>());
        services.AddHostedService<StartupReport>();
        return services;
    }

    /// <summary>Maps POST <c>/api/messages</c> to the adapter and HEAD to a quick 200 (the Agents Playground's probe).</summary>
    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, async (HttpContext context, BotFrameworkHttpAdapter adapter) =>
        {
            if (context.RequestServices.GetService<IBot>() is not { } bot)
            {
                await Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "No bot",
                    Detail = "The host has no IBot registered.",
                }).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }).DisableAntiforgery();
        endpoints.MapMethods(MessagesPath, [HttpMethods.Head], () => Results.Ok());
        return endpoints;
    }

    /// <summary>Says at start-up in which mode the channel runs, so nobody runs an open bot by accident.</summary>
    private sealed partial class StartupReport(IOptions<BotAuthenticationOptions> options, ILogger<BotFrameworkHttpAdapter> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var settings = options.Value;
            if (settings.IsDevelopmentMode)
            {
                LogDevelopmentMode(logger, MessagesPath);
            }
            else
            {
                LogAuthenticated(logger, MessagesPath, settings.IsSingleTenant ? "SingleTenant" : "MultiTenant");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: development mode. {Path} accepts requests without a token from loopback only and sends replies only to loopback service URLs.")]
        private static partial void LogDevelopmentMode(ILogger logger, string path);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Path} requires Bot Framework tokens ({AppType} app).")]
        private static partial void LogAuthenticated(ILogger logger, string path, string appType);
    }
}
