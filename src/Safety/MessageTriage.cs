using System.Text.RegularExpressions;

namespace FibroBot.Safety;

public enum TriageOutcome
{
    Crisis,
    DosingRequest,
    Empty,
    Help,
    Sources,
    About,
    Greeting,
    Thanks,
    WhoAreYou,
    Question,
}

/// <summary>
/// Decides what a message is. Crisis is checked first, always, and on the whole message; then dosing
/// requests, so that no command, greeting or follow-up wording can carry a dose request past the refusal.
/// </summary>
public static partial class MessageTriage
{
    public const int SafetyWindowLength = 2000;

    /// <summary>Longer than any single sentence a detector needs to see whole.</summary>
    public const int SafetyWindowOverlap = 300;

    public static TriageOutcome Classify(NormalizedMessage message)
    {
        // Each window is folded once and read by both detectors.
        var windows = Windows(message.Full).Select(w => (Text: w, Folded: SafetyText.Normalize(w))).ToList();
        if (windows.Exists(w => CrisisDetector.ClassifyNormalized(w.Folded).IsCrisis))
        {
            return TriageOutcome.Crisis;
        }

        if (windows.Exists(w => DosingRequestDetector.ClassifyNormalized(w.Text, w.Folded).IsDosingRequest))
        {
            return TriageOutcome.DosingRequest;
        }

        if (!message.HasWords)
        {
            return TriageOutcome.Empty;
        }

        var bare = Bare(message.Text);
        return bare switch
        {
            "help" or "?" or "commands" => TriageOutcome.Help,
            "sources" or "source" or "list sources" or "your sources" or "what are your sources" => TriageOutcome.Sources,
            "about" => TriageOutcome.About,
            _ when Greeting().IsMatch(bare) => TriageOutcome.Greeting,
            _ when Thanks().IsMatch(bare) => TriageOutcome.Thanks,
            _ when WhoAreYou().IsMatch(bare) => TriageOutcome.WhoAreYou,
            _ => TriageOutcome.Question,
        };
    }

    /// <summary>
    /// The detectors may read only the start of a long text, so a long message is checked in overlapping windows:
    /// a cry for help at the end of a wall of text must still be seen.
    /// </summary>
    private static IEnumerable<string> Windows(string text)
    {
        if (text.Length <= SafetyWindowLength)
        {
            yield return text;
            yield break;
        }

        for (var start = 0; start < text.Length; start += SafetyWindowLength - SafetyWindowOverlap)
        {
            yield return text.Substring(start, Math.Min(SafetyWindowLength, text.Length - start));
            if (start + SafetyWindowLength >= text.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>Lower case without a command slash or trailing punctuation, so "/Help!" is "help".</summary>
    private static string Bare(string text) => text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ', ',').ToLowerInvariant() is { Length: > 0 } bare
        ? bare
        : text.Trim();

    [GeneratedRegex(@"^(hi|hello|hey|hiya|howdy|yo|hallo|hola|bonjour|hoi|ol[aá]|good\s+(morning|afternoon|evening|day))(\s+(there|bot|all|everyone|folks))?$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(ok(ay)?,?\s+)?(thanks?(\s+(a\s+lot|so\s+much|you|again))*|thank\s+you(\s+(so\s+much|very\s+much|again))?|thx|ty|cheers|much\s+appreciated|danke|gracias|merci|obrigad[oa]|bedankt|dank\s+je)$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(who|what)\s+are\s+you|^what\s+(can|do)\s+you\s+do|^are\s+you\s+(a\s+)?(bot|human|real|person|doctor)")]
    private static partial Regex WhoAreYou();
}
