using System.Reflection;
using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Runs every source-generated regex of the safety rules once. Each one's matcher is JIT-compiled on its first match,
/// which took 5–85 ms apiece and about 0.4 s for the first dose question after start-up; the host pays that while it
/// starts instead, along with the loosenings that screen the rules (<see cref="LinearPrefilter"/>). Found by reflection, so a rule added later is warmed without a list to keep.
/// </summary>
internal static class GeneratedRegexWarmUp
{
    /// <summary>Words that give most rules a place to start matching, in several of the seven languages.</summary>
    private const string Sample = "how much kratom should i take, i want to end my life, cuanto, wie viel, combien, quanto, hoeveel, 2 mg";

    internal static IReadOnlyList<Type> RuleTypes { get; } =
    [
        typeof(CrisisDetector), typeof(DosingRequestDetector), typeof(TakenThings), typeof(Activities), typeof(Fragments), typeof(Introductions),
        typeof(CommandWords), typeof(HiddenText), typeof(SafetyText), typeof(DoseLanguage),
    ];

    /// <summary>How many regexes were run: every generated one of the rule types.</summary>
    public static int Run()
    {
        var count = 0;
        foreach (var method in RuleTypes.SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)))
        {
            if (method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && method.IsDefined(typeof(GeneratedRegexAttribute)))
            {
                var rule = (Regex)method.Invoke(null, null)!;
                rule.IsMatch(Sample);
                // Builds the rule's linear-time loosening too, and runs it once.
                rule.IsMatchPrefiltered(Sample);
                count++;
            }
        }

        return count;
    }
}
