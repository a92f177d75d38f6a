using System.Text.Json;

namespace FibroBot.TriageLab;

/// <summary>
/// Reads an independent evaluation folder laid out as ../shared/datasets/triage-dev (crisis, dosing, benign,
/// offtopic and faq JSON Lines) into triage examples. Measuring only: nothing read here is ever trained on.
/// </summary>
public static class IndependentSet
{
    public static IReadOnlyList<TriageExample> Load(string directory)
    {
        var examples = new List<TriageExample>();
        examples.AddRange(Read(directory, "crisis.jsonl", _ => "crisis", "category"));
        examples.AddRange(Read(directory, "dosing.jsonl", _ => "dosing", "style"));
        examples.AddRange(Read(directory, "benign.jsonl", _ => "question", "category"));
        examples.AddRange(Read(directory, "offtopic.jsonl", root => root.GetProperty("expect").GetString() == "smalltalk" ? "smalltalk" : "offtopic", "expect"));
        examples.AddRange(Read(directory, "faq.jsonl", _ => "question", "topic"));
        return examples;
    }

    private static IEnumerable<TriageExample> Read(string directory, string file, Func<JsonElement, string> label, string kindField)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            yield return new TriageExample(
                root.GetProperty("text").GetString() ?? string.Empty,
                label(root),
                root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "en" : "en",
                $"{Path.GetFileNameWithoutExtension(file)}:{(root.TryGetProperty(kindField, out var kind) ? kind.ToString() : "")}",
                root.TryGetProperty("ambiguous", out var ambiguous) && ambiguous.ValueKind == JsonValueKind.True);
        }
    }
}
