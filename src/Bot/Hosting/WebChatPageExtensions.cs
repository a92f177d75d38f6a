using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FibroBot.BotFramework.Configuration;
using FibroBot.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

/// <summary>
/// The web chat page: the official Web Chat bundle (pinned, installed from npm at build time, served from here),
/// talking to this bot's own Direct Line. Configured by the <c>WebChat</c> section of appsettings.json.
/// </summary>
public static class WebChatPageExtensions
{
    // Web Chat injects its styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles only; no script is inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; media-src 'self' blob: data:; base-uri 'none'; form-action 'none'";

    private static readonly Dictionary<string, (string File, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["app.js"] = ("webchat/app.js", "text/javascript; charset=utf-8"),
        ["app.css"] = ("webchat/app.css", "text/css; charset=utf-8"),
        ["lib/webchat.js"] = ("lib/webchat.js", "text/javascript; charset=utf-8"),
        ["lib/webchat.js.LICENSE.txt"] = ("lib/webchat.js.LICENSE.txt", "text/plain; charset=utf-8"),
    };

    public static IHostApplicationBuilder AddWebChatPage(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<WebChatPageOptions>()
            .Bind(configuration.GetSection(WebChatPageOptions.SectionName))
            .ValidateProblemsOnStart();
        builder.Services.PostConfigure<DirectLineOptions>(directLine =>
        {
            var botName = configuration[$"{WebChatPageOptions.SectionName}:{nameof(WebChatPageOptions.BotName)}"];
            directLine.BotName ??= string.IsNullOrWhiteSpace(botName) ? null : botName;
        });
        return builder;
    }

    /// <summary>Maps <c>/</c> (the page), <c>/embed</c> (the same for an iframe), <c>/embed.js</c> and <c>/webchat/*</c>.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, IWebHostEnvironment environment, IOptions<WebChatPageOptions> options)
            => Page(context, environment, options.Value, embedded: false));
        endpoints.MapGet("/embed", (HttpContext context, IWebHostEnvironment environment, IOptions<WebChatPageOptions> options)
            => Page(context, environment, options.Value, embedded: true));
        endpoints.MapGet("/embed.js", (HttpContext context, IWebHostEnvironment environment)
            => Asset(context, environment, "webchat/embed.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet("/webchat/config.json", (IOptions<WebChatPageOptions> options) => Results.Json(ClientConfig(options.Value)));
        endpoints.MapGet("/webchat/theme.css", (IOptions<WebChatPageOptions> options)
            => Results.Text(ThemeCss(options.Value.Colors), "text/css; charset=utf-8"));
        endpoints.MapGet("/webchat/{**asset}", (HttpContext context, string asset, IWebHostEnvironment environment)
            => Assets.TryGetValue(asset, out var file)
                ? Asset(context, environment, file.File, file.ContentType)
                : Results.NotFound());
        return endpoints;
    }

    private static IResult Page(HttpContext context, IWebHostEnvironment environment, WebChatPageOptions options, bool embedded)
    {
        var html = WebRootFiles.ReadText(environment, "index.html");
        if (html is null)
        {
            return Results.Problem("The web chat page is missing from wwwroot; rebuild the bot.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var encoder = HtmlEncoder.Default;
        html = html
            .Replace("{{lang}}", encoder.Encode(options.Locale), StringComparison.Ordinal)
            .Replace("{{title}}", encoder.Encode(options.Title), StringComparison.Ordinal)
            .Replace("{{botName}}", encoder.Encode(options.BotName), StringComparison.Ordinal)
            .Replace("{{disclaimer}}", encoder.Encode(options.Disclaimer), StringComparison.Ordinal)
            .Replace("{{welcome}}", encoder.Encode(options.WelcomeText), StringComparison.Ordinal)
            .Replace("{{bodyClass}}", embedded ? "embedded" : "standalone", StringComparison.Ordinal);

        var frameAncestors = embedded
            ? options.EmbedAllowedOrigins.Contains("*") ? "*" : string.Join(' ', options.EmbedAllowedOrigins)
            : "'self'";
        SetSecurityHeaders(context.Response, $"{ContentSecurityPolicy}; frame-ancestors {frameAncestors}");
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Asset(HttpContext context, IWebHostEnvironment environment, string path, string contentType)
    {
        var file = WebRootFiles.Find(environment, path);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return Results.NotFound();
        }

        SetSecurityHeaders(context.Response, null);
        context.Response.Headers.CacheControl = "no-cache";
        return Results.File(file.PhysicalPath, contentType, lastModified: file.LastModified,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(
                $"\"{file.LastModified.UtcTicks.ToString("x", CultureInfo.InvariantCulture)}-{file.Length.ToString("x", CultureInfo.InvariantCulture)}\""));
    }

    private static void SetSecurityHeaders(HttpResponse response, string? contentSecurityPolicy) =>
        PageSecurityHeaders.Apply(response, contentSecurityPolicy);

    private static object ClientConfig(WebChatPageOptions options) => new
    {
        options.Title,
        options.BotName,
        options.Locale,
        Colors = options.Colors.All().ToDictionary(c => char.ToLowerInvariant(c.Name[0]) + c.Name[1..], c => c.Value),
    };

    // Values were checked to be hex colours at start-up, so they cannot break out of the declarations.
    private static string ThemeCss(WebChatColors colors)
    {
        var css = new StringBuilder(":root {\n");
        foreach (var (name, value) in colors.All())
        {
            css.Append(CultureInfo.InvariantCulture, $"  --fibro-{name.ToLowerInvariant()}: {value};\n");
        }

        return css.Append("}\n").ToString();
    }
}
