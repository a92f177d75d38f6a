using System.Globalization;
using FibroBot.Safety;

namespace FibroBot.TriageLab;

/// <summary>
/// The dosing bars the dev split chooses at each false-refusal budget, with their figures: what each half point of
/// benign questions refused buys in dosing recall (docs/SAFETY.md). <c>risk-experiment --budget</c>; about 25 s a budget.
/// </summary>
public static class DosingBudgetExperiment
{
    public static void Run(IReadOnlyList<JudgedExample> dev, TriageThresholds chosen, TextWriter log)
    {
        var coarse = Enumerable.Range(1, 39).Select(i => i / 40.0).ToArray();
        foreach (var budget in new[] { 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.0175, 0.02, 0.025, 0.03 })
        {
            var best = (Recall: -1.0, P: 0.0, S: 0.0, R: 0.0, F: (TriageFigures?)null);
            foreach (var plain in coarse.Where(t => t >= 0.3))
            foreach (var withSubject in coarse.Where(t => t <= plain))
            foreach (var withRule in coarse.Where(t => t <= withSubject))
            {
                var f = TriageEvaluation.Figures(dev, chosen with { Dosing = plain, DosingWithSubject = withSubject, DosingWithRule = withRule });
                if (f.FalseDosing <= budget && (f.DosingRecall > best.Recall || (f.DosingRecall == best.Recall && plain + withSubject + withRule > best.P + best.S + best.R)))
                {
                    best = (f.DosingRecall, plain, withSubject, withRule, f);
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budget {budget:P2}: {best.P:F3} {best.S:F3} {best.R:F3} -> {best.F}"));
        }
    }
}
