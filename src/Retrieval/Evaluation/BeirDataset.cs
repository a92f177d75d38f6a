using System.Globalization;
using System.Text.Json;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Evaluation;

/// <summary>
/// A dataset in BEIR's format: <c>corpus.jsonl</c> ({_id, title, text}), <c>queries.jsonl</c> ({_id, text}) and
/// <c>qrels/test.tsv</c> (query-id, corpus-id, score, with a header line). Only judged queries are kept.
/// </summary>
public sealed record BeirDataset(
    IReadOnlyList<IndexDocument> Documents,
    IReadOnlyList<(string Id, string Text)> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgements)
{
    public static BeirDataset Load(string folder)
    {
        var qrelsPath = Path.Combine(folder, "qrels", "test.tsv");
        var judgements = ReadQrels(qrelsPath);
        var documents = ReadJsonLines(Path.Combine(folder, "corpus.jsonl"))
            .Select(d => new IndexDocument(Text(d, "_id"), Text(d, "title"), string.Empty, Text(d, "text")))
            .ToList();
        var queries = ReadJsonLines(Path.Combine(folder, "queries.jsonl"))
            .Select(q => (Id: Text(q, "_id"), Text: Text(q, "text")))
            .Where(q => judgements.ContainsKey(q.Id))
            .ToList();
        if (documents.Count == 0 || queries.Count == 0)
        {
            throw new InvalidDataException($"{folder}: no documents or no judged queries found");
        }

        return new BeirDataset(documents, queries, judgements);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            var parts = line.Split('\t');
            if (line.Length == 0 || (lineNumber == 1 && parts[0] == "query-id"))
            {
                continue;
            }

            if (parts.Length < 3 || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                throw new InvalidDataException($"{path}: line {lineNumber}: expected 'query-id<TAB>corpus-id<TAB>score'");
            }

            if (!byQuery.TryGetValue(parts[0], out var judged))
            {
                byQuery[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            judged[parts[1]] = score;
        }

        return byQuery.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            JsonElement element;
            try
            {
                using var document = JsonDocument.Parse(line);
                element = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}: line {lineNumber}: {ex.Message}", ex);
            }

            yield return element;
        }
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadLines(path) : throw new FileNotFoundException($"{path}: file not found", path);

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Number => value.GetRawText(),
            _ => string.Empty,
        } : string.Empty;
}
