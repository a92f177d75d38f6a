using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Corpus;

public static partial class CorpusLoader
{
    /// <summary>
    /// Reads <c>topics.yaml</c>, recording every problem: a missing or malformed field, a repeated id, or a synonym
    /// claimed by two topics (a message naming it would belong to either).
    /// </summary>
    internal static TopicRegistry LoadTopics(string path, List<CorpusProblem> problems)
    {
        const string file = CorpusLocations.TopicsFile;
        var topics = new List<Topic>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, index) in ReadYamlList(path, file, problems).Select((e, i) => (e, i)))
        {
            var fields = new YamlFields(entry, file, $"entry {index + 1}: ", problems);
            var id = Id(fields);
            var name = fields.RequiredString("name");
            var synonyms = fields.OptionalList("synonyms");
            var substance = fields.OptionalString("substance");
            var disclaimer = fields.OptionalString("disclaimer");
            fields.ReportUnknownFields();
            if (substance is not (null or "true" or "false"))
            {
                fields.Report("substance", $"'{substance}' must be true or false");
            }

            if (disclaimer is not null && !IdPattern().IsMatch(disclaimer))
            {
                fields.Report("disclaimer", $"'{disclaimer}' is not an id (lower-case letters, digits and hyphens)");
            }

            foreach (var synonym in synonyms)
            {
                if (!TermPattern().IsMatch(synonym))
                {
                    fields.Report("synonyms", $"'{synonym}' is not a term (letters, digits, spaces, hyphens, dots, and an optional final '*')");
                }
                else if (id is not null && !owners.TryAdd(synonym, id) && owners[synonym] != id)
                {
                    fields.Report("synonyms", $"'{synonym}' also names the topic '{owners[synonym]}'");
                }
            }

            if (id is null || name is null)
            {
                continue;
            }

            if (topics.Any(t => t.Id == id))
            {
                fields.Report("id", $"'{id}' is listed twice");
                continue;
            }

            topics.Add(new Topic(id, name, synonyms, substance == "true", disclaimer));
        }

        if (topics.Count == 0 && problems.Count == 0)
        {
            problems.Add(new CorpusProblem(file, null, "no topics: list at least the primary topic of every document"));
        }

        return new TopicRegistry(topics);
    }

    [GeneratedRegex(@"^[\p{L}\p{N}]([\p{L}\p{N} .-]*[\p{L}\p{N}])?\*?$")]
    private static partial Regex TermPattern();
}
