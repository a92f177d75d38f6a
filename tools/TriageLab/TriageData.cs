using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FibroBot.TriageLab;

/// <summary>One labelled message. <see cref="Kind"/> is the category or style the set reports by; <see cref="Ambiguous"/>
/// marks items a set excludes from its headline false-refusal rate. <see cref="Context"/> holds the member's earlier
/// messages of the same conversation, oldest first, when the example is a follow-up.</summary>
public sealed record TriageExample(string Text, string Label, string Lang, string Kind, bool Ambiguous = false, IReadOnlyList<string>? Context = null);

/// <summary>The project's own triage data (tests/data/triage): train and dev from one folder, split by hash; test frozen apart.</summary>
public static class TriageData
{
    public const string DefaultDirectory = "tests/data/triage";

    public static IReadOnlyList<TriageExample> LoadTrainingFolder(string directory) =>
        [.. Directory.GetFiles(Path.Combine(directory, "train"), "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    public static IReadOnlyList<TriageExample> LoadTest(string directory) => [.. ReadFile(Path.Combine(directory, "test", "test.jsonl"))];

    /// <summary>
    /// Short conversations whose last message is judged after the earlier ones (tests/data/triage/conversations): the
    /// dev file chooses the follow-up dosing bar, the test file was frozen before that bar existed and is only measured.
    /// Nothing is trained on either.
    /// </summary>
    public static IReadOnlyList<TriageExample> LoadConversations(string directory, string split)
    {
        var path = Path.Combine(directory, "conversations", split + ".jsonl");
        return File.Exists(path) ? [.. ReadFile(path)] : [];
    }

    /// <summary>About a fifth of the training folder is the dev split, chosen by a hash of the text so it never moves.</summary>
    public static bool IsDev(TriageExample example) => SHA256.HashData(Encoding.UTF8.GetBytes(Key(example.Text)))[0] % 5 == 0;

    public static string Key(string text) => text.Trim().ToLowerInvariant();

    /// <summary>The hash of the training folder as the trainer reads it: every file, in name order, byte for byte.</summary>
    public static string TrainingDataSha256(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(Path.Combine(directory, "train"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static IEnumerable<TriageExample> ReadFile(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            TriageExample? example;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                example = new TriageExample(
                    root.GetProperty("text").GetString() ?? string.Empty,
                    root.GetProperty("label").GetString() ?? string.Empty,
                    root.GetProperty("lang").GetString() ?? "en",
                    root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? string.Empty : string.Empty,
                    Context: root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Array
                        ? [.. context.EnumerateArray().Select(turn => turn.GetString() ?? string.Empty)]
                        : null);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a triage example ({e.Message}).", e);
            }

            _ = FibroBot.Safety.TriageClasses.Parse(example.Label);
            yield return example;
        }
    }
}
