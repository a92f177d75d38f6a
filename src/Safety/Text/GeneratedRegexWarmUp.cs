using System.Reflection;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Runs every source-generated regex of the safety rules once. Each one's matcher is JIT-compiled on its first match,
/// which took 5–85 ms apiece and about 0.4 s for the first dose question after start-up; the host pays that while it
/// starts instead. Found by reflection, so a rule added later is warmed without a list to keep.
/// </summary>
internal static class GeneratedRegexWarmUp
{
    /// <summary>Words that give most rules a place to start matching, in several of the seven languages.</summary>
    private const string Sample = "how much kratom should i take, i want to end my life, cuanto, wie viel, combien, quanto, hoeveel, 2 mg";

    internal static IReadOnlyList<Type> RuleTypes { get; } =
    [
        typeof(CrisisDetector), typeof(DosingRequestDetector), typeof(TakenThings), typeof(Activities), typeof(Fragments), typeof(Introductions), typeof(PacingTalk), typeof(LeaveTaking), typeof(EverydayTalk), typeof(AfterCrisisGuidance), typeof(AfterDoseRefusal), typeof(ResearchQuestions), typeof(OutOfScopeAsks), typeof(AfterADeathQuestion), typeof(ConditionQuestions), typeof(MedicineWorries),
        typeof(CommandWords), typeof(HiddenText), typeof(SafetyText), typeof(DoseLanguage),
    ];

    /// <summary>How many regexes were run: every generated one of the rule types.</summary>
    public static int Run()
    {
        var rules = RuleTypes.SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.IsDefined(typeof(GeneratedRegexAttribute)))
            .Select(m => (Regex)m.Invoke(null, null)!)
            .ToList();
        // Each rule's JIT compilation is independent of the others'.
        Parallel.ForEach(rules, rule => rule.IsMatch(Sample));
        return rules.Count;
    }
}
