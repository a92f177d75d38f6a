using System.Text.Json.Nodes;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Teams;

/// <summary>One citation shown by Teams as a numbered reference on a message.</summary>
public sealed record Citation(int Position, string Name, string Abstract, string? Url = null, IReadOnlyList<string>? Keywords = null);

/// <summary>
/// Builds the schema.org <c>Message</c> entity with which Teams shows an "AI generated" label and citations.
/// Teams accepts at most 10 citations, positions from 1, and at most 3 keywords per citation.
/// </summary>
public static class AiMessageEntity
{
    public const int MaxCitations = 10;
    public const int MaxKeywords = 3;
    private const int MaxAbstractLength = 160;

    public static Entity Create(IEnumerable<Citation> citations)
    {
        var claims = new JsonArray();
        foreach (var citation in citations.Take(MaxCitations))
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = citation.Name,
                ["abstract"] = Truncate(citation.Abstract),
            };
            if (citation.Url is not null)
            {
                appearance["url"] = citation.Url;
            }

            if (citation.Keywords is { Count: > 0 } keywords)
            {
                appearance["keywords"] = new JsonArray([.. keywords.Take(MaxKeywords).Select(k => JsonValue.Create(k))]);
            }

            claims.Add(new JsonObject { ["@type"] = "Claim", ["position"] = citation.Position, ["appearance"] = appearance });
        }

        return new Entity
        {
            Type = "https://schema.org/Message",
            Properties = new JsonObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = string.Empty,
                ["additionalType"] = new JsonArray("AIGeneratedContent"),
                ["citation"] = claims,
            },
        };
    }

    private static string Truncate(string text) =>
        text.Length <= MaxAbstractLength ? text : string.Concat(text.AsSpan(0, MaxAbstractLength - 1), "…");
}
