using System.Text.Json;
using System.Text.Json.Serialization;

namespace FibroBot.Safety;

/// <summary>
/// What ships beside the model file: the thresholds chosen on the dev split, the figures they gave there, and the
/// hash of the training data the model was fitted on, so a test can tell when the shipped model is stale.
/// </summary>
public sealed record TriageModelCard(
    string TrainingDataSha256,
    int Seed,
    int TrainingExamples,
    int DevExamples,
    TriageThresholds Thresholds,
    IReadOnlyDictionary<string, double> DevFigures)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static TriageModelCard Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<TriageModelCard>(File.ReadAllText(path), Json)
                ?? throw new SafetyModelException(path, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new SafetyModelException(path, $"it is not a valid model card ({e.Message})", e);
        }
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>
/// Probability thresholds of the decision policy. Crisis is chosen for recall; dosing is held to the false-refusal
/// budget, with a lower bar when the message names something that is taken (<see cref="DosingWithSubject"/>) and a
/// lower one still when a dosing rule also fired (<see cref="DosingWithRule"/>). <see cref="CrisisByLanguage"/> lowers
/// the crisis bar for a language whose crises the model reads less surely (never raises it). <see cref="DosingFollowUp"/>
/// is the bar for a short follow-up in a conversation whose previous message was about something taken.
/// <see cref="SureDoseAsk"/>, when set, lets a dose ask the model is sure of outrank a crisis reading it is unsure of.
/// </summary>
public sealed record TriageThresholds(
    double Crisis,
    double Dosing,
    double DosingWithSubject,
    double DosingWithRule,
    double SmallTalk,
    double OffTopic,
    IReadOnlyDictionary<string, double>? CrisisByLanguage = null,
    double? DosingFollowUp = null,
    double? DosingFollowUpWithRule = null,
    SureDoseAsk? SureDoseAsk = null)
{
    /// <summary>
    /// Whether the model's crisis reading, which reached the crisis bar, gives way to its dosing reading: only when a
    /// <see cref="SureDoseAsk"/> is set, the crisis score is under its ceiling and the dosing score at or over its floor.
    /// </summary>
    public bool DoseAskOutranksCrisis(TriageScores scores) =>
        SureDoseAsk is { } sure && scores.Crisis < sure.CrisisBelow && scores.Dosing >= sure.DosingAtLeast;

    /// <summary>
    /// The dosing bar for a message that follows one about something taken: <see cref="DosingFollowUp"/> when the card
    /// has one (chosen on the dev conversations), otherwise the bar for a message that names something taken itself.
    /// </summary>
    [JsonIgnore]
    public double DosingFollowUpBar => DosingFollowUp ?? DosingWithSubject;

    /// <summary>
    /// The dosing bar for a follow-up that a dosing rule reads as an ask once the previous message's subject is implied:
    /// <see cref="DosingFollowUpWithRule"/> when the card has one (chosen on the dev conversations), otherwise the lower
    /// of the follow-up bar and the bar for a message a rule fired on.
    /// </summary>
    [JsonIgnore]
    public double DosingFollowUpWithRuleBar => DosingFollowUpWithRule ?? Math.Min(DosingWithRule, DosingFollowUpBar);

    /// <summary>No per-language bar is ever set below this, so language detection is needed only above it.</summary>
    public const double LowestCrisisBar = 0.05;

    /// <summary>The crisis bar for a message in <paramref name="language"/>: the lower of the general and the language's own.</summary>
    public double CrisisFor(string? language) =>
        language is not null && CrisisByLanguage is not null && CrisisByLanguage.TryGetValue(language, out var own)
            ? Math.Min(Crisis, Math.Max(own, LowestCrisisBar))
            : Crisis;
}

/// <summary>
/// A dose request the model is sure of (dosing at least <see cref="DosingAtLeast"/>) whose crisis score reached the
/// crisis bar only weakly (under <see cref="CrisisBelow"/>): "pain at 9, I can't take it, how many paracetamol at once?".
/// The pair is chosen on dev so that no dev crisis is lost; a crisis rule is never outranked.
/// </summary>
public sealed record SureDoseAsk(double CrisisBelow, double DosingAtLeast);

/// <summary>The safety model is missing or unreadable: the bot must not start without it.</summary>
public sealed class SafetyModelException : Exception
{
    public SafetyModelException(string path, string problem, Exception? inner = null)
        : base($"The safety triage model file '{path}' cannot be used: {problem}. The bot does not run without its safety model; " +
               "restore the file from the repository or retrain it with 'dotnet run --project tools/TriageLab -- train-triage'.", inner)
    {
        Path = path;
    }

    public string Path { get; }
}
