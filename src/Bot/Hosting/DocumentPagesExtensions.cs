using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FibroBot.Answers;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Hosting;
using FibroBot.Moderation;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

/// <summary>
/// The privacy and terms-of-use pages the Teams app manifest links to. The pages' own prose is in
/// <c>wwwroot/privacy.html</c> and <c>wwwroot/terms.html</c>; the disclaimer, the dosing refusal and the crisis
/// guidance come from <see cref="FixedTexts"/>, so the pages say exactly what the bot says, and the retention
/// period from the running configuration.
/// </summary>
public static class DocumentPagesExtensions
{
    // No script, no frames, no outside resources: only the page and its inline style.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDocumentPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (HttpContext context, IWebHostEnvironment environment, IOptions<PrivacyOptions> privacy, IOptions<DirectLineOptions> directLine, IOptions<ActivityDeduplicationOptions> deduplication)
            => Page(context, environment, "privacy.html", privacy.Value, directLine.Value, deduplication.Value));
        endpoints.MapGet("/terms", (HttpContext context, IWebHostEnvironment environment, IOptions<PrivacyOptions> privacy, IOptions<DirectLineOptions> directLine, IOptions<ActivityDeduplicationOptions> deduplication)
            => Page(context, environment, "terms.html", privacy.Value, directLine.Value, deduplication.Value));
        return endpoints;
    }

    private static IResult Page(
        HttpContext context, IWebHostEnvironment environment, string file, PrivacyOptions privacy, DirectLineOptions directLine, ActivityDeduplicationOptions deduplication)
    {
        // The lifetime the transcript clean-up actually enforces, so the page cannot promise anything else.
        var transcriptHours = (int)(directLine.TranscriptLifetime ?? TimeSpan.FromDays(privacy.RetentionDays)).TotalHours;
        var html = WebRootFiles.ReadText(environment, file);
        var style = WebRootFiles.ReadText(environment, "document.css");
        if (html is null || style is null)
        {
            return Results.Problem($"The page {file} or its style is missing from wwwroot; rebuild the bot.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var encoder = HtmlEncoder.Default;
        html = html
            .Replace("{{style}}", style, StringComparison.Ordinal)
            .Replace("{{botName}}", encoder.Encode(FixedTexts.BotName), StringComparison.Ordinal)
            .Replace("{{retentionDays}}", privacy.RetentionDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{transcriptHours}}", transcriptHours.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{deduplicationMinutes}}", deduplication.WindowMinutes.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{generalDisclaimer}}", encoder.Encode(FixedTexts.Disclaimers.General.Text), StringComparison.Ordinal)
            .Replace("{{topicDisclaimers}}", string.Concat(FixedTexts.Disclaimers.All
                .Where(d => d.Id != FixedTexts.Disclaimers.GeneralId)
                .Select(d => $"<li>{encoder.Encode(d.Text)}</li>")), StringComparison.Ordinal)
            .Replace("{{dosingRefusal}}", encoder.Encode(FixedTexts.Refusal.Dosing), StringComparison.Ordinal)
            .Replace("{{crisisGuidance}}", MarkdownListToHtml(FixedTexts.Crisis.Guidance, encoder), StringComparison.Ordinal);

        PageSecurityHeaders.Apply(context.Response, ContentSecurityPolicy);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// The fixed texts are written for chat, in a small Markdown subset: paragraphs, "- " list items and **bold**.
    /// That subset, and nothing else, becomes HTML here; everything is encoded first.
    /// </summary>
    internal static string MarkdownListToHtml(string markdown, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.Trim();
            var isItem = trimmed.StartsWith("- ", StringComparison.Ordinal);
            if (inList && !isItem)
            {
                html.Append("</ul>");
                inList = false;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (isItem)
            {
                if (!inList)
                {
                    html.Append("<ul>");
                    inList = true;
                }

                html.Append("<li>").Append(Bold(encoder.Encode(trimmed[2..]))).Append("</li>");
            }
            else
            {
                html.Append("<p>").Append(Bold(encoder.Encode(trimmed))).Append("</p>");
            }
        }

        return inList ? html.Append("</ul>").ToString() : html.ToString();
    }

    // Encoded text keeps '*' as is, so pairs of "**" can be turned into <strong> safely.
    private static string Bold(string encoded)
    {
        var parts = encoded.Split("**");
        if (parts.Length < 3)
        {
            return encoded;
        }

        var html = new StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            var opens = i % 2 == 1 && i < parts.Length - 1;
            var closes = i % 2 == 0;
            html.Append(opens ? "<strong>" : closes ? "</strong>" : "**").Append(parts[i]);
        }

        return html.ToString();
    }
}
