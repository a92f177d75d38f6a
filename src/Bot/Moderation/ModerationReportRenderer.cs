using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FibroBot.Moderation;

/// <summary>Renders a <see cref="ModerationReport"/> as Markdown (command line, web chat) and as an Adaptive Card 1.5 (Teams).</summary>
public static class ModerationReportRenderer
{
    public static string ToMarkdown(ModerationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Moderator report: the last {report.Days} day(s)** ({report.Since:yyyy-MM-dd} to {report.Until:yyyy-MM-dd}, UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Turns: {report.TotalTurns} · refusals: {report.Refusals} · crisis replies: {report.Crises}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Feedback: {report.FeedbackUp} up, {report.FeedbackDown} down{RatioText(report)}");
        AppendList(text, "By kind", report.ByKind.Select(c => $"{c.Name}: {c.Count}"));
        AppendList(text, "By topic", report.ByTopic.Select(c => $"{c.Name}: {c.Count}"));
        AppendList(text, "Top unanswered questions", report.TopUnanswered.Select(c => $"{Escape(c.Name)} ({c.Count})"));
        AppendList(text, "Recent feedback comments", report.RecentComments.Select(Escape));
        return text.ToString().TrimEnd();
    }

    public static JsonObject ToAdaptiveCard(ModerationReport report)
    {
        var body = new JsonArray
        {
            TextBlock($"Moderator report: the last {report.Days} day(s)", weight: "Bolder", size: "Medium"),
            TextBlock($"{report.Since:yyyy-MM-dd} to {report.Until:yyyy-MM-dd} (UTC)", isSubtle: true),
            Facts(
                ("Turns", report.TotalTurns.ToString(CultureInfo.InvariantCulture)),
                ("Refusals", report.Refusals.ToString(CultureInfo.InvariantCulture)),
                ("Crisis replies", report.Crises.ToString(CultureInfo.InvariantCulture)),
                ("Feedback", $"{report.FeedbackUp} up, {report.FeedbackDown} down{RatioText(report)}")),
        };
        AddSection(body, "By kind", report.ByKind.Select(c => (c.Name, c.Count.ToString(CultureInfo.InvariantCulture))));
        AddSection(body, "By topic", report.ByTopic.Select(c => (c.Name, c.Count.ToString(CultureInfo.InvariantCulture))));
        AddSection(body, "Top unanswered questions (the corpus's gaps)", report.TopUnanswered.Select(c => (c.Count.ToString(CultureInfo.InvariantCulture) + "×", Escape(c.Name))));
        if (report.RecentComments.Count > 0)
        {
            body.Add(TextBlock("Recent feedback comments", weight: "Bolder", separator: true));
            foreach (var comment in report.RecentComments)
            {
                body.Add(TextBlock(Escape(comment)));
            }
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
    }

    private static string RatioText(ModerationReport report) =>
        report.FeedbackPositiveRatio is { } ratio ? $" ({ratio.ToString("P0", CultureInfo.InvariantCulture)} positive)" : string.Empty;

    private static void AppendList(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{heading}**");
        if (items.Count == 0)
        {
            text.AppendLine("- none");
            return;
        }

        foreach (var line in items)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }
    }

    private static void AddSection(JsonArray body, string heading, IEnumerable<(string Title, string Value)> rows)
    {
        var facts = rows.ToArray();
        body.Add(TextBlock(heading, weight: "Bolder", separator: true));
        body.Add(facts.Length == 0 ? TextBlock("none", isSubtle: true) : Facts(facts));
    }

    private static JsonObject Facts(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    private static JsonObject TextBlock(string text, string? weight = null, string? size = null, bool isSubtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    /// <summary>Members' words are shown as text, never as markup: Markdown's active characters are escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '`' or '<' or '>' or '|' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
