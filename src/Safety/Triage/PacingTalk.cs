using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded English message talks about pacing in its everyday idiom: overdoing it, having overdone it, "don't
/// overdo it!". In a chronic-pain group that is one of the commonest things people say about their days.
/// </summary>
/// <remarks>
/// The learned model sends it to crisis guidance: "I don't want to overdo it" scored 0.999 as a crisis, "try not to
/// overdo it this weekend" 0.97 (round 28), because its character n-grams cannot tell "overdo" from "overdose", and
/// 194 of the 264 training lines with "overd…" are crises. In our ~51,000 messages the idiom appears in 26 safe
/// questions, 15 dose requests and 2 crises, both of which name what was taken ("overdid it on the tramadol"), so the
/// signal counts only when nothing taken is named (<see cref="SafetyTriage"/>). Retraining with 240 pacing messages of
/// our own was tried and not shipped (docs/SAFETY.md, twenty-third session). The other languages' idioms ("me pasé",
/// "ho esagerato") are left out: our crises use the same words for taking too much.
/// </remarks>
public static partial class PacingTalk
{
    public static bool IsIn(string folded) => Idiom().MatchesScreened(folded);

    /// <summary>Whether the message weighs doing less against pushing through: a pacing question, never a dose ask on its own.</summary>
    public static bool WeighsDoingLess(string folded) => PushOnOrDoLess().MatchesScreened(folded);

    // Round 50 (tuning data): whether to do less or push through after an activity ("so should i do less next time or push
    // through it? how much is too much"). Pushing through a taper or a withdrawal names what is taken, and the policy then
    // ignores this signal.
    [GeneratedRegex(
        @"\b(?:do|doing)\s+less\b[^.?!]{0,40}\bor\s+(?:just\s+)?push\w*\s+through\b|\bpush\w*\s+through\b[^.?!]{0,40}\bor\s+(?:do|doing)\s+less\b"
        + @"|\b(?:should|do|can)\s+i\s+(?:just\s+)?(?:push\s+through|pace\s+myself|do\s+less)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PushOnOrDoLess();

    [GeneratedRegex(
        @"\b(?:overdo(?:es|ing)?|over-do(?:es|ing)?|overdid|overdone)\s+(?:it|things|stuff|myself)\b(?!\s+(?:on|with)\b)"
        + @"|\bwent\s+(?:a\s+bit\s+|way\s+|totally\s+|completely\s+)?overboard\s+(?:with|at|in|on\s+the)\s+(?:the\s+|my\s+)?(?:cleaning|spring\s+cleaning|housework|garden\w*|shopping|cooking|baking|meal\s+prep|walk\w*|gym|exercise|decorating|party|packing|work)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Idiom();
}
