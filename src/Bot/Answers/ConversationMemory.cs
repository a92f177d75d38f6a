namespace FibroBot.Answers;

/// <summary>
/// What a conversation remembers between turns: the topics and topic words of the last question that had
/// any, so that "does it have side effects?" is about the same thing; and whether the welcome was sent.
/// </summary>
public sealed record ConversationMemory(IReadOnlyList<string> LastTopics, IReadOnlyList<string> LastTopicTerms, bool Welcomed)
{
    public static ConversationMemory Empty { get; } = new([], [], false);

    public ConversationMemory Remember(ResolvedQuery query) => query.TopicTerms.Count == 0
        ? this
        : this with { LastTopics = query.Topics, LastTopicTerms = query.TopicTerms };
}
