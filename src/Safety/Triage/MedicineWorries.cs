using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Two worries about a medicine that the model read as crises (round 85, read after it was measured unread): whether
/// something is safe in pregnancy ("is it safe to keep taking kratom while pregnant? just found out i'm 6 weeks", 0.52),
/// and whether a feeling is normal after stopping ("ho preso l'ultima pastiglia di duloxetina ieri e adesso mi gira tutto,
/// è normale quando si smette?", 0.985: the last pill, read as a swallowed one). Each asks about a medicine and a state of
/// the body; neither tells a danger. The crisis rules still read both first.
/// </summary>
public static partial class MedicineWorries
{
    /// <summary>Whether the message asks if something is safe, or risky, in pregnancy or while breastfeeding.</summary>
    public static bool AsksAboutPregnancy(string folded) => SafeInPregnancy().MatchesScreened(folded);

    /// <summary>
    /// Whether the message asks if what is felt is normal after stopping a medicine, which it names: "my mum … has stopped
    /// eating … is this normal for old people" (round 63) names none, and is a crisis.
    /// </summary>
    public static bool AsksWhetherNormalAfterStopping(string folded) => NormalAfterStopping().MatchesScreened(folded) && TakenThings.AreNamedIn(folded);

    [GeneratedRegex(
        @"\b(?:safe|ok|okay|harm\w*|risk\w*|dangerous|affect\w*)\b[^.?!]{0,60}\b(?:while|when|during|if\s+(?:i'?m|im|you'?re|youre|she'?s|shes))\s+(?:\w+\s+)?(?:pregnant|pregnancy|breast\s*feeding|nursing|trying\s+to\s+conceive|ttc)\b"
        + @"|\b(?:segur[oa]|riesgo\w*|peligros[oa]|malo)\b[^.?!]{0,60}\b(?:embarazada|embarazo|lactancia|dando\s+el\s+pecho)\b"
        + @"|\b(?:sicher|gefahrlich|risiko\w*|schadlich|ok)\b[^.?!]{0,60}\b(?:schwanger\w*|stillzeit|stillen)\b|\b(?:schwanger\w*|stillzeit)\b[^.?!]{0,60}\b(?:sicher|gefahrlich|schadlich|erlaubt|ok)\b"
        + @"|\b(?:sans\s+danger|dangereux|risque\w*|securitaire|ok)\b[^.?!]{0,60}\b(?:enceinte|grossesse|allaitement|allaite)\b|\b(?:enceinte|grossesse|allaitement)\b[^.?!]{0,60}\b(?:sans\s+danger|dangereux|risque\w*|compatible)\b"
        + @"|\b(?:segur[oa]|risco\w*|perigos[oa]|faz\s+mal)\b[^.?!]{0,60}\b(?:gravida|gravidez|amamenta\w*|gestante)\b|\b(?:gravida|gravidez|amamentando)\b[^.?!]{0,60}\b(?:segur[oa]|pode|faz\s+mal|risco)\b"
        + @"|\b(?:veilig|gevaarlijk|risico\w*|schadelijk)\b[^.?!]{0,60}\b(?:zwanger\w*|borstvoeding)\b|\b(?:zwanger\w*|borstvoeding)\b[^.?!]{0,60}\b(?:veilig|gevaarlijk|mag|schadelijk)\b"
        + @"|\b(?:sicur[oa]|rischi\w*|pericolos[oa]|fa\s+male)\b[^.?!]{0,60}\b(?:incinta|gravidanza|allatta\w*)\b|\b(?:incinta|gravidanza|allattamento)\b[^.?!]{0,60}\b(?:sicur[oa]|posso|rischi\w*|fa\s+male)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SafeInPregnancy();

    // "is it normal when you stop", "è normale quando si smette", in the seven languages; or "normal" after "stopped" or
    // "coming off".
    [GeneratedRegex(
        @"\b(?:is\s+(?:it|this|that)|is\s+feeling\s+\w+)\s+normal\s+(?:when|after|once)\s+(?:you\s+|u\s+|i\s+|people\s+)?(?:stop\w*|come\s+off|coming\s+off|quit\w*)\b"
        + @"|\b(?:stopped|quit|came\s+off|coming\s+off|stopping)\b[^?!]{0,80}\bis\s+(?:it|this|that)\s+normal\b"
        + @"|\bes\s+normal\s+(?:al\s+(?:dejar\w*|parar\w*|suspender\w*)|cuando\s+(?:se\s+deja|lo\s+dejas|dejas|paras))\b"
        + @"|\bist\s+(?:das|es)\s+normal\s+(?:beim\s+absetzen|wenn\s+man\s+(?:\w+\s+)?absetzt|nach\s+dem\s+absetzen)\b|\babgesetzt\b[^?!]{0,80}\bist\s+(?:das|es)\s+normal\b"
        + @"|\bc'?est\s+normal\s+(?:quand\s+on\s+arrete|a\s+l'?arret|apres\s+l'?arret|au\s+sevrage)\b|\barrete\b[^?!]{0,80}\bc'?est\s+normal\b"
        + @"|\be\s+normal\s+(?:ao\s+(?:parar|suspender|largar)|quando\s+(?:se\s+)?para)\b|\bparei\b[^?!]{0,80}\be\s+normal\b"
        + @"|\bis\s+(?:dat|het)\s+normaal\s+(?:als\s+je\s+stopt|na\s+het\s+stoppen|bij\s+het\s+afbouwen)\b|\bgestopt\b[^?!]{0,80}\bis\s+(?:dat|het)\s+normaal\b"
        + @"|\be\s+normale\s+(?:quando\s+si\s+smette|quando\s+smetti|dopo\s+(?:aver\s+smesso|la\s+sospensione))\b|\bsmesso\b[^?!]{0,80}\be\s+normale\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NormalAfterStopping();
}
