using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Answers;

/// <summary>A topic named in a message, with the words that named it.</summary>
public sealed record TopicMention(string Topic, string Term);

/// <summary>
/// The words by which a message names one of the corpus's primary topics, read from the topic registry
/// (<c>corpus/topics.yaml</c>): its synonyms, whether it is a substance, its display name and its disclaimer.
/// </summary>
public sealed class TopicVocabulary
{
    // One compiled pattern per registry, built on first use.
    private static readonly ConditionalWeakTable<TopicRegistry, TopicVocabulary> Built = [];

    private readonly TopicRegistry _registry;
    private readonly Regex _terms;

    private TopicVocabulary(TopicRegistry registry)
    {
        _registry = registry;
        _terms = new Regex(Pattern(registry), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static TopicVocabulary For(TopicRegistry registry) => Built.GetValue(registry, r => new TopicVocabulary(r));

    public bool IsSubstance(string topic) => _registry.IsSubstance(topic);

    /// <summary>How the topic is named in a reply, such as in suggested follow-up questions.</summary>
    public string Subject(string topic) => _registry.Find(topic)?.Name ?? topic;

    /// <summary>The ids of the disclaimers the topics bring, as the registry assigns them.</summary>
    public IReadOnlySet<string> DisclaimerIds(IEnumerable<string> topics) =>
        topics.Select(_registry.Find).Select(t => t?.Disclaimer).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Every topic mention in the text, in order of appearance, one per distinct term.</summary>
    public IReadOnlyList<TopicMention> Find(string text)
    {
        var mentions = new List<TopicMention>();
        if (_registry.Topics.Count == 0)
        {
            return mentions;
        }

        foreach (Match match in _terms.Matches(text))
        {
            var topic = _registry.Topics[Enumerable.Range(0, _registry.Topics.Count).First(i => match.Groups[GroupName(i)].Success)].Id;
            if (!mentions.Any(m => string.Equals(m.Term, match.Value, StringComparison.OrdinalIgnoreCase)))
            {
                mentions.Add(new TopicMention(topic, match.Value));
            }
        }

        return mentions;
    }

    public IReadOnlyList<string> TopicsIn(string text) => [.. Find(text).Select(m => m.Topic).Distinct()];

    /// <summary>
    /// One alternation, topics in registry order, so that where two topics' terms could start at one place the
    /// earlier topic wins; within a topic the longer term is tried first.
    /// </summary>
    private static string Pattern(TopicRegistry registry)
    {
        var groups = registry.Topics
            .Select((topic, i) => (topic, i))
            .Where(x => x.topic.Synonyms.Count > 0)
            .Select(x => $"(?<{GroupName(x.i)}>{string.Join('|', x.topic.Synonyms.OrderByDescending(s => s.Length).Select(Term))})");
        var pattern = string.Join('|', groups);
        return pattern.Length == 0 ? "(?!)" : pattern;
    }

    private static string GroupName(int index) => $"t{index}";

    /// <summary>A term as a whole-word pattern: space or hyphen match any run of either, a dot is optional, a final '*' any ending.</summary>
    private static string Term(string term)
    {
        var open = term.EndsWith('*');
        var body = open ? term[..^1] : term;
        var pattern = new StringBuilder(@"\b");
        foreach (var c in body)
        {
            pattern.Append(c switch
            {
                ' ' or '-' => @"[\s-]*",
                '.' => @"\.?",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return pattern.Append(open ? @"\w*" : @"\b").ToString();
    }
}
