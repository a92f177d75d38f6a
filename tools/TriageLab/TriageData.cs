using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FibroBot.TriageLab;

/// <summary>One labelled message. <see cref="Kind"/> is the category or style the set reports by; <see cref="Ambiguous"/>
/// marks items a set excludes from its headline false-refusal rate. <see cref="Context"/> holds the member's earlier
/// messages of the same conversation, oldest first, when the example is a follow-up.</summary>
public sealed record TriageExample(string Text, string Label, string Lang, string Kind, bool Ambiguous = false, IReadOnlyList<string>? Context = null);

/// <summary>The two splits the trainer reads: <see cref="Train"/> to fit, <see cref="Dev"/> to choose thresholds and models.</summary>
public sealed record TriageSplits(IReadOnlyList<TriageExample> Train, IReadOnlyList<TriageExample> Dev);

/// <summary>
/// The project's own triage data (tests/data/triage): train and dev from one folder, split by hash, plus a folder that
/// is dev only; test frozen apart.
/// </summary>
public static class TriageData
{
    public const string DefaultDirectory = "tests/data/triage";

    /// <summary>The folders whose files decide the shipped model and its thresholds, in the order they are hashed.</summary>
    private static readonly string[] ModelFolders = ["train", "dev"];

    public static IReadOnlyList<TriageExample> LoadTrainingFolder(string directory) => LoadFolder(directory, "train");

    /// <summary>
    /// tests/data/triage/dev: messages that are only ever dev, never trained on. They were written from the kinds of
    /// message the issue names rather than from our model's errors, so thresholds chosen on them lean less on the
    /// contrast data the hashed dev split is full of.
    /// </summary>
    public static IReadOnlyList<TriageExample> LoadDevFolder(string directory) => LoadFolder(directory, "dev");

    /// <summary>Train: the training folder outside the dev hash. Dev: the training folder inside it, then the dev folder.</summary>
    public static TriageSplits LoadSplits(string directory)
    {
        var pooled = LoadTrainingFolder(directory);
        return new([.. pooled.Where(e => !IsDev(e))], [.. pooled.Where(IsDev), .. LoadDevFolder(directory)]);
    }

    private static IReadOnlyList<TriageExample> LoadFolder(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path) ? [.. Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)] : [];
    }

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

    /// <summary>
    /// The hash of the data as the trainer reads it: every file of the training folder, in name order, byte for byte,
    /// then those of the dev folder (named with their folder, so that a training folder alone hashes as it always did).
    /// </summary>
    public static string TrainingDataSha256(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in ModelFolders.Where(f => Directory.Exists(Path.Combine(directory, f))))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(directory, folder), "*.jsonl").Order(StringComparer.Ordinal))
            {
                var name = folder == "train" ? Path.GetFileName(file) : folder + "/" + Path.GetFileName(file);
                hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
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
