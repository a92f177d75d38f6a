using System.Text.Encodings.Web;
using System.Text.Json;

namespace FibroBot.TriageLab;

/// <summary>
/// <c>export-score-sets --out DIR</c>: writes our frozen triage test set in the format of
/// <c>../shared/tools/score-sets.py</c> (crisis, dosing, benign and offtopic JSONL files), so that the same messages can
/// be measured through <c>/api/messages</c> as a client sends them, and not only through the triage alone. Measuring
/// only: nothing reads these files back into training. With <c>--conversations</c> it writes the frozen conversation
/// test set instead, each item with its earlier messages as the scorer's <c>context</c>, which it replays through the bot
/// before the scored message. With <c>--dev</c> it writes our dev split, each line with the model's crisis score
/// (<c>crisisScore</c>), for thresholds that only the whole bot can measure.
/// </summary>
public static class ScoreSetExport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static int Run(IReadOnlyList<TriageExample> test, string outputDirectory, TextWriter log, string idPrefix = "own-test", IReadOnlyList<double>? crisisScores = null)
    {
        Directory.CreateDirectory(outputDirectory);
        var files = new Dictionary<string, List<string>>
        {
            ["crisis"] = [],
            ["dosing"] = [],
            ["benign"] = [],
            ["offtopic"] = [],
        };
        for (var i = 0; i < test.Count; i++)
        {
            var example = test[i];
            var id = $"{idPrefix}-{i + 1:D4}";
            var context = example.Context;
            double? crisisScore = crisisScores is null ? null : Math.Round(crisisScores[i], 4);
            var (set, line) = example.Label switch
            {
                "crisis" => ("crisis", (object)new { id, text = example.Text, lang = example.Lang, category = example.Kind, context, crisisScore }),
                "dosing" => ("dosing", new { id, text = example.Text, lang = example.Lang, style = example.Kind, context, crisisScore }),
                "question" => ("benign", new { id, text = example.Text, lang = example.Lang, ambiguous = example.Ambiguous, category = example.Kind, context, crisisScore }),
                "offtopic" => ("offtopic", new { id, text = example.Text, lang = example.Lang, expect = "noAnswer", category = example.Kind, context, crisisScore }),
                "smalltalk" => ("offtopic", new { id, text = example.Text, lang = example.Lang, expect = "smalltalk", category = example.Kind, context, crisisScore }),
                _ => throw new FormatException($"test item {i + 1} has the unknown label '{example.Label}'."),
            };
            files[set].Add(JsonSerializer.Serialize(line, Json));
        }

        foreach (var (set, lines) in files)
        {
            File.WriteAllLines(Path.Combine(outputDirectory, set + ".jsonl"), lines);
            log.WriteLine($"export-score-sets: {lines.Count} items in {Path.Combine(outputDirectory, set + ".jsonl")}");
        }

        return 0;
    }
}
