using FibroBot.Retrieval.Corpus;

namespace FibroBot.Answers;

/// <summary>What kind of reply an answer is; its contract name is the answerInfo <c>kind</c>.</summary>
public enum AnswerKind
{
    Answer,
    Refusal,
    Crisis,
    NoAnswer,
    SmallTalk,
    Help,
    Command,
}

public static class AnswerKinds
{
    public static string ContractName(this AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.Refusal => "refusal",
        AnswerKind.Crisis => "crisis",
        AnswerKind.NoAnswer => "noAnswer",
        AnswerKind.SmallTalk => "smalltalk",
        AnswerKind.Help => "help",
        AnswerKind.Command => "command",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>A source as a reader sees it: title, link and evidence label; seeds are weak sources.</summary>
public sealed record SourceReference(string Id, string Title, string? Url, EvidenceLabel Label, bool IsWeak)
{
    public string Evidence => EvidenceLabels.DisplayName(Label);

    public string EvidenceExplanation => EvidenceLabels.Explanation(Label);

    public static SourceReference From(SourceDocument source) =>
        new(source.Id, source.Title, source.Url, source.Label, source.Kind == SourceKind.Seed);
}

/// <summary>A vetted source's disagreement with a seed claim, shown beside the seed passage.</summary>
public sealed record Disagreement(string Note, IReadOnlyList<SourceReference> VettedSources);

/// <summary>One cited passage, already redacted, at its 1-based position in the answer.</summary>
public sealed record CitedPassage(int Position, SourceReference Source, string? Heading, string Text, IReadOnlyList<Disagreement> Disagreements);

/// <summary>
/// A reply independent of any channel. <see cref="Paragraphs"/> hold fixed texts (trusted Markdown);
/// <see cref="Question"/> is the person's own text and must be escaped by every renderer.
/// </summary>
public sealed record Answer(
    AnswerKind Kind,
    string? Question,
    IReadOnlyList<string> Paragraphs,
    string? EvidenceSummary,
    IReadOnlyList<CitedPassage> Passages,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<Disclaimer> Disclaimers,
    IReadOnlyList<string> SuggestedQuestions,
    int Redactions)
{
    /// <summary>A fixed reply with no sources.</summary>
    public static Answer Fixed(AnswerKind kind, IReadOnlyList<string> paragraphs, IReadOnlyList<Disclaimer>? disclaimers = null, IReadOnlyList<string>? suggestions = null) =>
        new(kind, null, paragraphs, null, [], [], disclaimers ?? [], suggestions ?? [], 0);

    /// <summary>The "In short": one or two sentences quoted from the top vetted passages, each with its passage's [n].</summary>
    public IReadOnlyList<QuotedSentence> InShort { get; init; } = [];
}
