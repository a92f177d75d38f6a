using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// A question about what a named study found. The model retrained in the thirtieth session read "what did the FINAL trial
/// find?" as small talk (0.54 against 0.46 for a question): "final" is mostly a word of farewells and match nights in its
/// training data. What a study, trial or review found is the question this bot exists to answer, so the model's small-talk
/// reading alone never declines it.
/// </summary>
public static partial class ResearchQuestions
{
    public static bool AsksWhatAStudyFound(string folded) => WhatAStudyFound().MatchesScreened(folded);

    [GeneratedRegex(
        @"\bwhat\s+(?:did|does|do)\s+(?:the|this|that|those|these)\s+(?:[\w-]+\s+){0,3}(?:trials?|study|studies|review|pilot|paper|survey|meta-?analysis|rct)\s+(?:find|found|show|conclude|say|report)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatAStudyFound();
}
