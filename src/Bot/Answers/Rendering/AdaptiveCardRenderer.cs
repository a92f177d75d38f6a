using System.Text.Json.Nodes;

namespace FibroBot.Answers.Rendering;

/// <summary>
/// Renders an answer as an Adaptive Card 1.5. The person's question is echoed in a RichTextBlock TextRun, which
/// Adaptive Cards never read as Markdown; disclaimers sit in an emphasised footer container.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    public const string FooterId = "disclaimers";
    private const int MaxLinkActions = 4;
    private const int MaxActionTitleLength = 40;

    public static JsonObject Render(Answer answer)
    {
        var body = new JsonArray();
        if (answer.Question is { Length: > 0 } question)
        {
            body.Add(new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["inlines"] = new JsonArray(
                    new JsonObject { ["type"] = "TextRun", ["text"] = FixedTexts.Card.QuestionLeadIn, ["weight"] = "bolder" },
                    new JsonObject { ["type"] = "TextRun", ["text"] = question }),
            });
        }

        foreach (var paragraph in answer.Paragraphs)
        {
            body.Add(Text(paragraph));
        }

        if (answer.InShort.Count > 0)
        {
            body.Add(Text($"**{FixedTexts.Evidence.InShortLeadIn}** {string.Join(' ', answer.InShort.Select(MarkdownRenderer.InShortSentence))}"));
        }

        if (answer.EvidenceSummary is { } summary)
        {
            body.Add(Text(summary, weight: "bolder"));
        }

        foreach (var passage in answer.Passages)
        {
            body.Add(PassageContainer(passage));
        }

        if (answer.Passages.Count == 0)
        {
            foreach (var source in answer.Sources)
            {
                body.Add(Text($"{MarkdownText.Link(source.Title, source.Url)} — {source.Evidence}", size: "small"));
            }
        }

        if (answer.Disclaimers.Count > 0)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["id"] = FooterId,
                ["style"] = "emphasis",
                ["separator"] = true,
                ["spacing"] = "large",
                ["items"] = new JsonArray([.. answer.Disclaimers.Select(d => Text(d.Text, size: "small"))]),
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };

        var links = LinkActions(answer);
        if (links.Count > 0)
        {
            card["actions"] = links;
        }

        return card;
    }

    private static JsonObject PassageContainer(CitedPassage passage)
    {
        var source = passage.Source;
        var items = new JsonArray
        {
            Text($"[{passage.Position}] {MarkdownText.Link(source.Title, source.Url)}", weight: "bolder"),
            Text(source.Evidence, size: "small", weight: "bolder", color: source.IsWeak ? "warning" : "accent"),
            Text(source.EvidenceExplanation, size: "small", subtle: true),
            Text(MarkdownText.SanitizeCorpus(passage.Text)),
        };

        if (source.IsWeak)
        {
            items.Add(Text(FixedTexts.Evidence.WeakSourceNote, size: "small", color: "warning"));
        }

        foreach (var disagreement in passage.Disagreements)
        {
            items.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "attention",
                ["items"] = new JsonArray(Text(MarkdownRenderer.DisagreementText(disagreement), size: "small")),
            });
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "medium", ["items"] = items };
    }

    private static JsonArray LinkActions(Answer answer)
    {
        var actions = new JsonArray();
        foreach (var passage in answer.Passages.DistinctBy(p => p.Source.Id).Take(MaxLinkActions))
        {
            if (MarkdownText.SafeUrl(passage.Source.Url) is { } url)
            {
                var title = $"[{passage.Position}] {passage.Source.Title}";
                actions.Add(new JsonObject
                {
                    ["type"] = "Action.OpenUrl",
                    ["title"] = title.Length <= MaxActionTitleLength ? title : string.Concat(title.AsSpan(0, MaxActionTitleLength - 1), FixedTexts.Card.LongTextEllipsis),
                    ["url"] = url,
                });
            }
        }

        return actions;
    }

    private static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}
