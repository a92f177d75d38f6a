namespace FibroBot.Safety;

/// <summary>The model's probability for each class of one text.</summary>
public sealed record TriageScores(double Crisis, double Dosing, double Question, double SmallTalk, double OffTopic)
{
    public static TriageScores None { get; } = new(0, 0, 0, 0, 0);

    public double this[TriageClass triageClass] => triageClass switch
    {
        TriageClass.Crisis => Crisis,
        TriageClass.Dosing => Dosing,
        TriageClass.Question => Question,
        TriageClass.SmallTalk => SmallTalk,
        TriageClass.OffTopic => OffTopic,
        _ => throw new ArgumentOutOfRangeException(nameof(triageClass)),
    };

    public TriageClass Top => TriageClasses.All.MaxBy(c => this[c]);

    /// <summary>The strongest signal of several windows of one message: the maximum of each risk, so a crisis sentence anywhere counts.</summary>
    public static TriageScores Strongest(IEnumerable<TriageScores> windows)
    {
        var list = windows.ToList();
        return list.Count switch
        {
            0 => None,
            1 => list[0],
            _ => new(list.Max(s => s.Crisis), list.Max(s => s.Dosing), list.Min(s => s.Question), list.Min(s => s.SmallTalk), list.Min(s => s.OffTopic)),
        };
    }
}
