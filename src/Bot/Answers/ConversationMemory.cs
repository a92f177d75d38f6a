using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// What a conversation remembers between turns: the topics and topic words of the last question that had
/// any, so that "does it have side effects?" is about the same thing; whether the welcome was sent; and whether the
/// member's last message was about something taken (named a medicine or substance, or asked for a dose), so that
/// safety reads "and for a beginner?" after it as the dosing follow-up it may be; or about an activity and nothing taken,
/// so that "and how many times a week?" after it is read as asking about that activity; and whether it got crisis
/// guidance (and on how strong a reading, and in which language), so that "what do i do??" after it is read as part of that
/// crisis and a one-word "vale" gets the guidance again in the language it was given in; and whether it was refused as a
/// dose ask, so that "just a number" after it is read as the same request again. No message text is kept.
/// </summary>
public sealed record ConversationMemory(IReadOnlyList<string> LastTopics, IReadOnlyList<string> LastTopicTerms, bool Welcomed, bool LastAboutSomethingTaken = false, bool LastAboutActivity = false, CrisisGuidance LastCrisisGuidance = CrisisGuidance.None, string? LastCrisisLanguage = null, bool LastRefusedADose = false, bool LastAskedWhetherItCanKill = false)
{
    public static ConversationMemory Empty { get; } = new([], [], false);

    /// <summary>What triage needs of the member's last message to judge the next one.</summary>
    public PreviousTurn PreviousTurn => new(LastAboutSomethingTaken, LastAboutActivity, LastCrisisGuidance, LastRefusedADose, LastAskedWhetherItCanKill);

    public ConversationMemory Remember(ResolvedQuery query) => query.TopicTerms.Count == 0
        ? this
        : this with { LastTopics = query.Topics, LastTopicTerms = query.TopicTerms };
}
