using FibroBot.Safety;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Answers;

/// <summary>Builds the channel-independent <see cref="Answer"/> for each triage outcome from fixed texts and redacted passages.</summary>
public sealed class AnswerComposer(CorpusCatalog catalog)
{
    private readonly TopicVocabulary _topics = FixedTexts.Disclaimers.CheckAll(TopicVocabulary.For(catalog.Topics), catalog.Topics);

    /// <summary>Crisis guidance, in the member's language when it is one of the six others the bot reads (English follows).</summary>
    public Answer Crisis(string? language = null) => Answer.Fixed(AnswerKind.Crisis, [SafetyTexts.CrisisGuidanceFor(language)]);

    /// <summary>The dosing refusal, in the member's language when it is one of the six others the bot reads (English follows).</summary>
    public Answer Refusal(ResolvedQuery query, string? language = null) => Answer.Fixed(
        AnswerKind.Refusal,
        [SafetyTexts.DosingRefusalFor(language)],
        DisclaimersFor(query.Topics),
        FixedTexts.Refusal.FollowUps(query.Substance is { } s ? _topics.Subject(s) : null));

    public Answer NoAnswer(ResolvedQuery query, string text = FixedTexts.NoAnswer.Text) => Answer.Fixed(
        AnswerKind.NoAnswer,
        [text],
        DisclaimersFor(query.Topics),
        FixedTexts.SuggestedQuestions);

    /// <summary>The reply when reading the message failed inside the bot (<see cref="FixedTexts.NoAnswer.CouldNotRead"/>).</summary>
    public Answer CouldNotRead() => Answer.Fixed(AnswerKind.NoAnswer, [FixedTexts.NoAnswer.CouldNotRead], DisclaimersFor([]));

    public Answer Empty() => Answer.Fixed(AnswerKind.SmallTalk, [FixedTexts.SmallTalk.EmptyMessage], suggestions: FixedTexts.SuggestedQuestions);

    public Answer SmallTalk(string text) => Answer.Fixed(AnswerKind.SmallTalk, [text]);

    public Answer Help() => Answer.Fixed(AnswerKind.Help, [FixedTexts.Commands.Help], suggestions: FixedTexts.SuggestedQuestions);

    public Answer About() => Answer.Fixed(AnswerKind.Command, [FixedTexts.Commands.About, FixedTexts.Disclaimers.General.Text]);

    /// <summary>Every source, vetted and strongest evidence first.</summary>
    public Answer SourceList()
    {
        var sources = catalog.Sources.Values
            .OrderBy(s => s.Kind == SourceKind.Seed)
            .ThenBy(s => s.Label)
            .ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Select(SourceReference.From)
            .ToList();
        return Answer.Fixed(AnswerKind.Command, [FixedTexts.Commands.SourcesIntro]) with { Sources = sources };
    }

    public Answer Welcome() => Answer.Fixed(
        AnswerKind.SmallTalk,
        [FixedTexts.Welcome.Text],
        [FixedTexts.Disclaimers.General],
        FixedTexts.SuggestedQuestions);

    /// <summary>An answer citing the given passages in the order given, with summary, notes and disclaimers.</summary>
    public Answer Compose(NormalizedMessage message, ResolvedQuery query, IReadOnlyList<EvidencePassage> evidence, int echoRedactions, string echo)
    {
        var passages = evidence.Select((e, i) => new CitedPassage(
            i + 1,
            SourceReference.From(e.Hit.Source),
            e.Hit.Passage.Heading,
            e.Text,
            [.. e.Disagreements.Select(d => new Disagreement(d.Note, VettedReferences(d.Claim)))])).ToList();

        var sources = passages.Select(p => p.Source).DistinctBy(s => s.Id).ToList();
        var strongest = passages.Min(p => p.Source.Label);
        // Quoted from the unredacted excerpt, and only sentences the redactor would leave exactly as they are.
        var inShort = AnswerExcerpts.InShort(
            [.. evidence.Select((e, i) => (i + 1, e.Hit, AnswerExcerpts.Trim(e.Hit.Passage.Text, query.Text, e.Hit.Passage.Heading)))], query.Text,
            [.. _topics.Find(query.Text).Select(m => m.Term)]);
        // Topic disclaimers follow what the answer is about: the question's own topics and the topic of the passage it
        // leads with (or quotes), not every passage it touched; "what is fibromyalgia?" gets no psychedelics disclaimer.
        var leading = inShort.Select(q => q.Position).Append(1).Distinct();
        var sourceTopics = leading.Select(p => evidence[p - 1].Hit.Source.Topics.FirstOrDefault()).OfType<string>();
        var paragraphs = message.WasTruncated
            ? new[] { FixedTexts.SmallTalk.LongMessage, FixedTexts.Evidence.AnswerLead }
            : [FixedTexts.Evidence.AnswerLead];

        return new Answer(
            AnswerKind.Answer,
            echo,
            paragraphs,
            FixedTexts.Evidence.StrongestEvidence(strongest),
            passages,
            sources,
            DisclaimersFor(query.Topics.Concat(sourceTopics)),
            query.Substance is { } substance ? FixedTexts.Refusal.FollowUps(_topics.Subject(substance)) : [],
            evidence.Sum(e => e.Redactions) + echoRedactions)
        {
            InShort = inShort,
        };
    }

    private List<SourceReference> VettedReferences(SeedClaim claim) =>
        [.. claim.VettedSourceIds.Select(id => catalog.Sources.GetValueOrDefault(id)).OfType<SourceDocument>().Select(SourceReference.From)];

    /// <summary>The general disclaimer, then the one each touched topic brings (by the registry's disclaimer id), in the fixed order.</summary>
    private List<Disclaimer> DisclaimersFor(IEnumerable<string> topics)
    {
        var brought = _topics.DisclaimerIds(topics);
        return [.. FixedTexts.Disclaimers.All.Where(d => d.Id == FixedTexts.Disclaimers.GeneralId || brought.Contains(d.Id))];
    }
}
