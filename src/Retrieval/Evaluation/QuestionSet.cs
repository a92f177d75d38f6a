using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Evaluation;

/// <summary>A judged question: relevant hits are passages of the listed source ids.</summary>
public sealed record JudgedQuestion(string Id, string Question, IReadOnlyList<string> RelevantSourceIds);

/// <summary>
/// The project's retrieval question set (<c>tests/data/questions.yaml</c>): judged on-topic questions and
/// off-topic questions that must get no answer.
/// </summary>
public sealed record QuestionSet(IReadOnlyList<JudgedQuestion> Questions, IReadOnlyList<string> OffTopic)
{
    /// <summary>Reads the file; a malformed file is a <see cref="CorpusException"/> naming the entry and field.</summary>
    public static QuestionSet Load(string path)
    {
        var file = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new CorpusProblem(file, null, $"unreadable file: {ex.Message}"));
        }

        return Parse(text, file);
    }

    public static QuestionSet Parse(string yaml, string file = "questions.yaml")
    {
        var problems = new List<CorpusProblem>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
                ?? throw new CorpusException(new CorpusProblem(file, null, "must be a mapping with 'questions' and 'offtopic'"));
        }
        catch (YamlException ex)
        {
            throw new CorpusException(new CorpusProblem(file, $"line {ex.Start.Line}", $"bad YAML: {ex.Message.Split('\n')[0]}"));
        }

        var questions = new List<JudgedQuestion>();
        if (root.Children.TryGetValue(new YamlScalarNode("questions"), out var list) && list is YamlSequenceNode entries)
        {
            foreach (var (node, index) in entries.Children.Select((n, i) => (n, i)))
            {
                if (node is not YamlMappingNode entry)
                {
                    problems.Add(new CorpusProblem(file, $"questions entry {index + 1}", "must be a mapping"));
                    continue;
                }

                var before = problems.Count;
                var fields = new YamlFields(entry, file, $"questions entry {index + 1}: ", problems);
                var id = fields.RequiredString("id");
                var question = fields.RequiredString("question");
                var relevant = fields.RequiredList("relevant");
                if (problems.Count == before)
                {
                    questions.Add(new JudgedQuestion(id!, question!, relevant));
                }
            }
        }
        else
        {
            problems.Add(new CorpusProblem(file, "questions", "missing list"));
        }

        var offTopic = root.Children.TryGetValue(new YamlScalarNode("offtopic"), out var off) && off is YamlSequenceNode offList
            ? offList.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];

        return problems.Count == 0 ? new QuestionSet(questions, offTopic) : throw new CorpusException(problems);
    }
}
