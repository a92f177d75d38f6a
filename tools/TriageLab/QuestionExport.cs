using System.Text.Encodings.Web;
using System.Text.Json;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Index;

namespace FibroBot.TriageLab;

/// <summary>
/// <c>export-questions</c>: writes the plain in-scope questions this project already has as triage training data, so
/// the model learns what an ordinary member question looks like and not only the hard cases written around it. The
/// sources are the questions the vetted documents ask (headings and bold question lines, as the index reads them)
/// and the retrieval tuning sets with their off-topic messages. Sets kept for measuring (the frozen and held-out
/// question files, triage-dev) are never read here.
/// </summary>
public static class QuestionExport
{
    public const string FileName = "corpus-questions.jsonl";

    /// <summary>The retrieval question sets used for tuning, relative to the repository root.</summary>
    public static readonly string[] TuningSets =
    [
        "tests/data/questions.yaml",
        "bench/Retrieval.Bench/dev-questions.yaml",
        "bench/Retrieval.Bench/faq-tune-questions.yaml",
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string root, string trainingDirectory, TextWriter log)
    {
        var catalog = CorpusLoader.Load(new CorpusLocations(Path.Combine(root, "corpus"), Path.Combine(root, "seeds"), Path.GetTempPath()));
        var rows = new List<TriageExample>();
        rows.AddRange(IndexStore.Questions(catalog).Select(q => q.Text).Distinct(StringComparer.Ordinal)
            .Select(q => new TriageExample(q, "question", "en", "corpus_question")));
        foreach (var set in TuningSets.Select(path => QuestionSet.Load(Path.Combine(root, path))))
        {
            rows.AddRange(set.Questions.Select(q => new TriageExample(q.Question, "question", "en", "faq_question")));
            rows.AddRange(set.OffTopic.Select(q => new TriageExample(q, "offtopic", "en", "other_subject")));
        }

        // Lines already in another training file or in the frozen test set stay out.
        var existing = Directory.GetFiles(Path.Combine(trainingDirectory, "train"), "*.jsonl")
            .Where(f => Path.GetFileName(f) != FileName)
            .SelectMany(TriageData.ReadFile)
            .Concat(TriageData.LoadTest(trainingDirectory))
            .Select(e => TriageData.Key(e.Text))
            .ToHashSet(StringComparer.Ordinal);
        var kept = rows.DistinctBy(r => TriageData.Key(r.Text)).Where(r => !existing.Contains(TriageData.Key(r.Text))).ToList();

        var path = Path.Combine(trainingDirectory, "train", FileName);
        File.WriteAllLines(path, kept.Select(r => JsonSerializer.Serialize(new { text = r.Text, label = r.Label, lang = r.Lang, kind = r.Kind }, Json)));
        log.WriteLine($"export-questions: {kept.Count} lines to {path} ({kept.Count(r => r.Label == "question")} questions, {kept.Count(r => r.Label == "offtopic")} off-topic; {rows.Count - kept.Count} already present)");
        return 0;
    }
}
