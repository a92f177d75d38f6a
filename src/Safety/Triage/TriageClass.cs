namespace FibroBot.Safety;

/// <summary>What a message is, as the learned triage model sees it. The names are the labels of the training data.</summary>
public enum TriageClass
{
    Crisis,
    Dosing,
    Question,
    SmallTalk,
    OffTopic,
}

public static class TriageClasses
{
    public static IReadOnlyList<TriageClass> All { get; } = Enum.GetValues<TriageClass>();

    /// <summary>The label a class has in the training files.</summary>
    public static string Label(this TriageClass triageClass) => triageClass switch
    {
        TriageClass.Crisis => "crisis",
        TriageClass.Dosing => "dosing",
        TriageClass.Question => "question",
        TriageClass.SmallTalk => "smalltalk",
        TriageClass.OffTopic => "offtopic",
        _ => throw new ArgumentOutOfRangeException(nameof(triageClass)),
    };

    public static TriageClass Parse(string label) =>
        All.FirstOrDefault(c => c.Label() == label) is var found && found.Label() == label
            ? found
            : throw new FormatException($"Unknown triage label '{label}'.");
}
