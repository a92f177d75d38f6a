using System.Text.Json;
using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

/// <summary>The frozen test set, written as the files ../shared/tools/score-sets.py reads, loses and changes nothing.</summary>
public sealed class ScoreSetExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "score-set-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_test_message_lands_once_in_the_set_for_its_label_with_the_fields_the_scorer_requires()
    {
        var test = TriageData.LoadTest(SharedModel.DataDirectory);
        Assert.Equal(0, ScoreSetExport.Run(test, _directory, TextWriter.Null));

        // score-sets.py refuses an item without these fields.
        var required = new Dictionary<string, string[]>
        {
            ["crisis"] = ["id", "text"],
            ["dosing"] = ["id", "text", "style"],
            ["benign"] = ["id", "text", "ambiguous"],
            ["offtopic"] = ["id", "text", "expect"],
        };
        var exported = new List<(string Set, JsonElement Item)>();
        foreach (var (set, fields) in required)
        {
            foreach (var line in File.ReadLines(Path.Combine(_directory, set + ".jsonl")))
            {
                var item = JsonDocument.Parse(line).RootElement.Clone();
                Assert.All(fields, field => Assert.True(item.TryGetProperty(field, out _), $"{set} item lacks '{field}': {line}"));
                exported.Add((set, item));
            }
        }

        Assert.Equal(test.Count, exported.Count);
        Assert.Equal(exported.Count, exported.Select(e => e.Item.GetProperty("id").GetString()).Distinct().Count());
        var expectedSet = new Dictionary<string, string> { ["crisis"] = "crisis", ["dosing"] = "dosing", ["question"] = "benign", ["offtopic"] = "offtopic", ["smalltalk"] = "offtopic" };
        Assert.Equal(
            test.Select(e => (expectedSet[e.Label], e.Text)).Order(),
            exported.Select(e => (e.Set, e.Item.GetProperty("text").GetString()!)).Order());
        Assert.All(exported.Where(e => e.Set == "offtopic"), e => Assert.Contains(e.Item.GetProperty("expect").GetString(), new[] { "noAnswer", "smalltalk" }));
    }

    [Fact]
    public void Crisis_scores_are_written_beside_each_item_only_when_given()
    {
        var dev = TriageData.LoadSplits(SharedModel.DataDirectory).Dev.Take(40).ToList();
        var scores = dev.Select((_, i) => i / 100.0).ToList();
        Assert.Equal(0, ScoreSetExport.Run(dev, _directory, TextWriter.Null, "own-dev", scores));

        var written = ReadAll().ToDictionary(item => item.GetProperty("id").GetString()!, item => item.GetProperty("crisisScore").GetDouble());
        Assert.Equal(dev.Count, written.Count);
        Assert.All(Enumerable.Range(0, dev.Count), i => Assert.Equal(scores[i], written[$"own-dev-{i + 1:D4}"]));

        Assert.Equal(0, ScoreSetExport.Run(dev, _directory, TextWriter.Null, "own-dev"));
        Assert.All(ReadAll(), item => Assert.False(item.TryGetProperty("crisisScore", out _)));
    }

    private IEnumerable<JsonElement> ReadAll() => new[] { "crisis", "dosing", "benign", "offtopic" }
        .SelectMany(set => File.ReadLines(Path.Combine(_directory, set + ".jsonl")))
        .Select(line => JsonDocument.Parse(line).RootElement.Clone());

    [Fact]
    public void A_conversation_item_carries_its_earlier_messages_as_the_scorers_context_in_order()
    {
        var conversations = TriageData.LoadConversations(SharedModel.DataDirectory, "test");
        Assert.Equal(0, ScoreSetExport.Run(conversations, _directory, TextWriter.Null, "own-conversation"));

        var exported = new[] { "crisis", "dosing", "benign" }
            .SelectMany(set => File.ReadLines(Path.Combine(_directory, set + ".jsonl")))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(item => item.GetProperty("text").GetString()!, item => item.GetProperty("context").EnumerateArray().Select(turn => turn.GetString()!).ToList());
        Assert.Equal(conversations.Count, exported.Count);
        Assert.All(conversations, example => Assert.Equal(example.Context!, exported[example.Text]));

        // A single message carries no context field at all, rather than an empty or null one.
        Assert.Equal(0, ScoreSetExport.Run(TriageData.LoadTest(SharedModel.DataDirectory).Take(3).ToList(), _directory, TextWriter.Null));
        Assert.All(File.ReadLines(Path.Combine(_directory, "crisis.jsonl")).Concat(File.ReadLines(Path.Combine(_directory, "dosing.jsonl"))),
            line => Assert.False(JsonDocument.Parse(line).RootElement.TryGetProperty("context", out _)));
    }
}
