using System.Text.RegularExpressions;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>The text to search and the topics it is about, after leaning on the previous turn where needed.</summary>
/// <param name="Substance">The substance the question is about, if any, for suggested follow-ups.</param>
public sealed record ResolvedQuery(string Text, IReadOnlyList<string> Topics, IReadOnlyList<string> TopicTerms, bool IsFollowUp, string? Substance);

/// <summary>
/// Rewrites a follow-up that names no substance of its own ("and what does the FDA say?") with the topic words
/// of the previous question, so that retrieval stays on that topic.
/// </summary>
public static partial class FollowUpResolver
{
    private const int ShortQuestionWords = 5;

    public static ResolvedQuery Resolve(string text, ConversationMemory memory, TopicVocabulary vocabulary)
    {
        var mentions = vocabulary.Find(text);
        var ownTopics = mentions.Select(m => m.Topic).Distinct().ToList();
        var namesSubstance = ownTopics.Any(vocabulary.IsSubstance);

        // "and how often should I exercise?" after an LDN question is about exercise: a message that names an activity
        // of its own is searched as it is.
        if (namesSubstance || memory.LastTopicTerms.Count == 0 || !LooksLikeFollowUp(text, mentions.Count) || HasASubjectOfItsOwn(text))
        {
            return new ResolvedQuery(text, ownTopics, [.. mentions.Select(m => m.Term)], false, ownTopics.FirstOrDefault(vocabulary.IsSubstance));
        }

        return OnPreviousSubject(text, mentions, memory, vocabulary);
    }

    /// <summary>
    /// The message read as a follow-up even without a cue, for a second search when it found nothing alone: "does the
    /// benefit last after the sessions stop?" after a question about CBT, "is the inflammation thing proven?" after one
    /// about LDN. Null when there is no previous subject, or when the message names a substance or an activity of its own.
    /// </summary>
    public static ResolvedQuery? WithPreviousSubject(string text, ConversationMemory memory, TopicVocabulary vocabulary)
    {
        var mentions = vocabulary.Find(text);
        if (memory.LastTopicTerms.Count == 0 || mentions.Any(m => vocabulary.IsSubstance(m.Topic)) || HasASubjectOfItsOwn(text))
        {
            return null;
        }

        return OnPreviousSubject(text, mentions, memory, vocabulary);
    }

    /// <summary>The message searched with the previous question's topic words in front, and both questions' topics.</summary>
    private static ResolvedQuery OnPreviousSubject(string text, IReadOnlyList<TopicMention> mentions, ConversationMemory memory, TopicVocabulary vocabulary)
    {
        var terms = memory.LastTopicTerms.Concat(mentions.Select(m => m.Term)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var topics = memory.LastTopics.Concat(mentions.Select(m => m.Topic)).Distinct(StringComparer.Ordinal).ToList();
        return new ResolvedQuery($"{string.Join(' ', memory.LastTopicTerms)} {text}", topics, terms, true, topics.FirstOrDefault(vocabulary.IsSubstance));
    }

    /// <summary>
    /// Whether the message points back at something said before: it opens with "and", "so", "what about"…, it says
    /// "it", "that", "they"…, it ends with "then", "too" or "as well" ("what are the side effects then"), or it speaks of "the trials", "the study"
    /// or "the research" as if the reader knew which. Shortness alone is not enough for a message the model reads as out of scope: "banana
    /// bread recipe please" after a question about LDN is not about LDN.
    /// </summary>
    public static bool PointsBack(string text) => FollowUpCue().IsMatch(text) && !Fragments.ChangesTheSubject(SafetyText.Normalize(text));

    /// <summary>
    /// The message names an activity of its own, or says that it changes the subject ("ok different thing, how long do i
    /// boil an egg", round 68): the previous question's subject is not lent to it.
    /// </summary>
    private static bool HasASubjectOfItsOwn(string text)
    {
        var folded = SafetyText.Normalize(text);
        return Activities.AreNamedIn(folded) || Fragments.ChangesTheSubject(folded);
    }

    private static bool LooksLikeFollowUp(string text, int topicMentions) =>
        FollowUpCue().IsMatch(text)
        || (topicMentions == 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortQuestionWords);

    [GeneratedRegex(@"^\W*(and|so|ok(ay)?|but|also|then|what\s+about|how\s+about|and\s+what)\b|\b(it|its|it's|that|this|they|them|those|these|the\s+same)\b|\b(then|too|as\s+well)\W*$|\bthe\s+(trials?|study|studies|research|results?|review|paper)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpCue();
}
