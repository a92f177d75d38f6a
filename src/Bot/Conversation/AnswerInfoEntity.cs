using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.Schema;

namespace FibroBot.Conversation;

/// <summary>The machine-readable answer contract carried by every reply (see docs/ANSWERS.md).</summary>
public static class AnswerInfoEntity
{
    public const string Type = "answerInfo";

    public static Entity Create(Answer answer) => new()
    {
        Type = Type,
        Properties = new JsonObject
        {
            ["kind"] = answer.Kind.ContractName(),
            ["disclaimers"] = new JsonArray([.. answer.Disclaimers.Select(d => JsonValue.Create(d.Id))]),
            ["sources"] = new JsonArray([.. answer.Sources.Select(s => new JsonObject
            {
                ["id"] = s.Id,
                ["title"] = s.Title,
                ["url"] = s.Url,
                ["evidence"] = s.Evidence,
            })]),
            ["redactions"] = answer.Redactions,
        },
    };
}
