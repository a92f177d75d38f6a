using System.Collections.Frozen;

namespace FibroBot.Retrieval.Corpus;

/// <summary>A primary topic of the corpus, from <c>topics.yaml</c>.</summary>
/// <param name="Id">The id documents name as their first topic.</param>
/// <param name="Name">How the bot names the topic in a reply.</param>
/// <param name="Synonyms">The words by which a message names the topic (see topics.yaml for the term syntax).</param>
/// <param name="Substance">Something one takes: it anchors follow-ups and keeps other substances' sources out.</param>
/// <param name="Disclaimer">The id of the reviewed disclaimer this topic brings, or null.</param>
public sealed record Topic(string Id, string Name, IReadOnlyList<string> Synonyms, bool Substance, string? Disclaimer);

/// <summary>
/// The one list of the corpus's primary topics, loaded and validated with the corpus. Everything that names a topic
/// (corpus validation, the bot's topic detection, follow-ups and disclaimers) reads it.
/// </summary>
public sealed class TopicRegistry
{
    private readonly FrozenDictionary<string, Topic> _byId;

    public TopicRegistry(IEnumerable<Topic> topics)
    {
        Topics = [.. topics];
        _byId = Topics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>No topics: for catalogs built in code without a corpus folder.</summary>
    public static TopicRegistry Empty { get; } = new([]);

    /// <summary>The topics in file order, which is also the order in which their synonyms are looked for.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public IEnumerable<string> Ids => Topics.Select(t => t.Id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public Topic? Find(string id) => _byId.GetValueOrDefault(id);

    public bool IsSubstance(string id) => Find(id) is { Substance: true };

    /// <summary>Loads <c>topics.yaml</c> or throws a <see cref="CorpusException"/> listing every problem.</summary>
    public static TopicRegistry Load(string path)
    {
        var problems = new List<CorpusProblem>();
        var registry = CorpusLoader.LoadTopics(path, problems);
        return problems.Count == 0 ? registry : throw new CorpusException(problems);
    }
}
