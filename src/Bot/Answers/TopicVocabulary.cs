using System.Text.RegularExpressions;

namespace FibroBot.Answers;

/// <summary>A topic named in a message, with the words that named it.</summary>
public sealed record TopicMention(string Topic, string Term);

/// <summary>
/// The words by which a message names one of the corpus's primary topics, synonyms and slang included.
/// Substances (ldn, psychedelics, kratom) carry topic disclaimers and anchor follow-up questions.
/// </summary>
public static partial class TopicVocabulary
{
    public const string Ldn = "ldn";
    public const string Psychedelics = "psychedelics";
    public const string Kratom = "kratom";
    public const string Fibromyalgia = "fibromyalgia";
    public const string ChronicPain = "chronic-pain";

    public static IReadOnlyList<string> Substances { get; } = [Psychedelics, Kratom, Ldn];

    public static bool IsSubstance(string topic) => Substances.Contains(topic, StringComparer.Ordinal);

    /// <summary>Every topic mention in the text, in order of appearance, one per distinct term.</summary>
    public static IReadOnlyList<TopicMention> Find(string text)
    {
        var mentions = new List<TopicMention>();
        foreach (Match match in Terms().Matches(text))
        {
            var topic = match.Groups["ldn"].Success ? Ldn
                : match.Groups["psy"].Success ? Psychedelics
                : match.Groups["kratom"].Success ? Kratom
                : match.Groups["fibro"].Success ? Fibromyalgia
                : ChronicPain;
            if (!mentions.Any(m => string.Equals(m.Term, match.Value, StringComparison.OrdinalIgnoreCase)))
            {
                mentions.Add(new TopicMention(topic, match.Value));
            }
        }

        return mentions;
    }

    public static IReadOnlyList<string> TopicsIn(string text) => [.. Find(text).Select(m => m.Topic).Distinct()];

    [GeneratedRegex("""
        (?<ldn>\bl\.?d\.?n\b|\blow[\s-]*dose\s+naltrexone\b|\bnaltrexone\b)
        |(?<psy>\bpsychedelics?\b|\bmicro[\s-]*dos\w*|\bpsilocybin\b|\bpsilocin\b|\bshrooms?\b|\bmagic\s+mushrooms?\b|\bmushrooms?\b|\blsd\b|\bacid\b|\blysergic\b|\bayahuasca\b|\bdmt\b|\bentheogens?\b)
        |(?<kratom>\bkratom\b|\bketum\b|\bkratum\b|\bmitragyn\w*|\b7[\s-]*oh\b|\b7-hydroxymitragynine\b|\bmitragyna\b)
        |(?<fibro>\bfibro(myalgia)?\b|\bfms\b)
        |(?<pain>\bchronic\s+pain\b|\bpain\b)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Terms();
}
