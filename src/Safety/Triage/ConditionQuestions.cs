using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message asks whether something is, or leads to, fibromyalgia ("killer headache + jaw ache every single
/// morning, could that be a fibro thing or something else", "can you get fibro after a car accident?", round 71), or simply
/// what something just named is ("what even is it?" after "they want me to try LDN"). The model read each of these as a weak
/// crisis (0.18 to 0.32): the words of pain and accident, not the question, carried its reading. The crisis rules are read
/// first; this only weighs the model's weak readings.
/// </summary>
public static partial class ConditionQuestions
{
    /// <remarks>
    /// A message that speaks of dying, of death or of harm is never one: "i think about dying constantly … is that a fibro
    /// thing" asks the question of a crisis.
    /// </remarks>
    public static bool AreIn(string folded) =>
        (AsksWhetherItIsFibro().MatchesScreened(folded) || AsksWhatItIs().MatchesScreened(folded)) && !SpeaksOfDyingOrHarm().MatchesScreened(folded);

    private const string Fibro = @"(?:fibro|fibromyalgia|fibromialgia|fibromyalgie|fm)";

    [GeneratedRegex(
        @"\bcould\s+(?:that|this|it|these|those|they|all\s+this|all\s+that)\s+(?:all\s+)?(?:be|come\s+from)\s+(?:a\s+|the\s+|my\s+|from\s+(?:the\s+|my\s+)?|part\s+of\s+(?:the\s+|my\s+)?|related\s+to\s+(?:the\s+|my\s+)?)?" + Fibro + @"\b"
        + @"|\b(?:is|are|was)\s+(?:this|that|it|these|those)\s+(?:a\s+|just\s+(?:a\s+)?|part\s+of\s+(?:the\s+|my\s+)?|from\s+(?:the\s+|my\s+)?|related\s+to\s+(?:the\s+|my\s+)?|caused\s+by\s+(?:the\s+|my\s+)?)?" + Fibro + @"\b"
        + @"|\b(?:a|one)\s+" + Fibro + @"\s+(?:thing|symptom|sign)\b|\b(?:symptoms?|signs?)\s+of\s+" + Fibro + @"\b"
        // Round 73: "sharp pain when i press on my ribs near the breastbone, is that costochondritis and does it go with fibro?"
        + @"|\b(?:does|do|can|could)\s+(?:it|this|that|they|these|those)\s+(?:go|come|happen)\s+(?:with|along\s+with|together\s+with|alongside)\s+(?:the\s+|my\s+)?" + Fibro + @"\b"
        + @"|\b(?:linked|connected|related|associated)\s+(?:to|with)\s+(?:the\s+|my\s+)?" + Fibro + @"\b"
        + @"|\bcan\s+(?:you|u|one|someone|a\s+person|people|kids|children|men)\s+(?:get|develop|have|be\s+diagnosed\s+with)\s+" + Fibro + @"\b"
        + @"|\b(?:does|can|could|do)\s+" + Fibro + @"\s+(?:cause|give\s+(?:you|u)|make\s+(?:you|u)|affect|mess\s+with|come\s+from|start\s+after)\b"
        + @"|\b(?:puede|podria|puedan)\s+ser\s+(?:de\s+la\s+|de\s+|por\s+la\s+|por\s+|la\s+|cosa\s+de\s+la\s+|parte\s+de\s+la\s+)?" + Fibro + @"\b|\b(?:es|son|sera)\s+(?:de|por)\s+la\s+" + Fibro + @"\b"
        + @"|\bse\s+puede\s+(?:tener|desarrollar|coger)\s+(?:la\s+)?" + Fibro + @"\b"
        + @"|\b(?:kann|k(?:oe|o)nnte)\s+das\s+(?:auch\s+)?(?:von\s+der\s+|die\s+|an\s+der\s+)?" + Fibro + @"\b|\b(?:ist|sind)\s+das\s+(?:die\s+|von\s+der\s+)?" + Fibro + @"\b"
        + @"|\bkann\s+man\s+(?:eine\s+|die\s+)?" + Fibro + @"\s+(?:bekommen|kriegen|entwickeln)\b"
        + @"|\b(?:c'est|ca\s+peut\s+etre|ca\s+pourrait\s+etre|est-ce\s+que\s+c'est|est-ce)\s+(?:la\s+|de\s+la\s+|du\s+a\s+la\s+|lie\s+a\s+la\s+)?" + Fibro + @"\b|\bpeut-on\s+(?:avoir|developper|attraper)\s+(?:une\s+|la\s+)?" + Fibro + @"\b"
        + @"|\b(?:pode|poderia)\s+ser\s+(?:da\s+|a\s+|coisa\s+da\s+|por\s+causa\s+da\s+)?" + Fibro + @"\b|\b(?:e|sera)\s+(?:da|a)\s+" + Fibro + @"\b|\bda\s+(?:pra|para)\s+(?:ter|desenvolver)\s+" + Fibro + @"\b"
        + @"|\b(?:kan|zou)\s+dat\s+(?:ook\s+)?(?:van\s+de\s+|door\s+de\s+|de\s+)?" + Fibro + @"\b|\b(?:is|zijn)\s+dat\s+(?:de\s+|van\s+de\s+)?" + Fibro + @"\b|\bkun\s+je\s+" + Fibro + @"\s+(?:krijgen|ontwikkelen)\b"
        + @"|\b(?:puo|potrebbe)\s+essere\s+(?:la\s+|colpa\s+della\s+|dovuto\s+alla\s+|per\s+la\s+)?" + Fibro + @"\b|\b(?:e|sono)\s+(?:la|della|per\s+la)\s+" + Fibro + @"\b|\bsi\s+puo\s+(?:avere|sviluppare|prendere)\s+(?:la\s+)?" + Fibro + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhetherItIsFibro();

    // "what even is it?", "what is ldn exactly?": what a thing is, asked on its own.
    [GeneratedRegex(
        @"^(?:(?:so|ok|okay|and|but|sorry|wait|um+|erm|hm+)\W+)?what\s+(?:even\s+|exactly\s+|actually\s+)?is\s+(?:it|that|this|ldn|kratom|naltrexone|microdosing|psilocybin|a\s+microdose)(?:\s+(?:even|exactly|actually))?\s*\?"
        + @"|^(?:(?:y|pero|vale)\W+)?(?:que|qu(?:e|é))\s+es\s+(?:eso|esto|la\s+ldn|el\s+kratom)(?:\s+exactamente)?\s*\?|^(?:(?:und|aber)\W+)?was\s+ist\s+(?:das|ldn|kratom)(?:\s+(?:(?:ue|u)berhaupt|genau|eigentlich))?\s*\?"
        + @"|^(?:(?:et|mais)\W+)?(?:c'est\s+quoi\s+(?:ca|ce\s+truc|le\s+ldn|le\s+kratom)|qu'est-ce\s+que\s+c'est)(?:\s+exactement)?\s*\?|^(?:(?:e|mas)\W+)?o\s+que\s+e\s+(?:isso|ldn|kratom)(?:\s+exatamente)?\s*\?"
        + @"|^(?:(?:en|maar)\W+)?wat\s+is\s+(?:dat|het|ldn|kratom)(?:\s+(?:eigenlijk|precies))?\s*\?|^(?:(?:e|ma)\W+)?(?:cos'?e|che\s+cos'?e)\s+(?:questo|quello|il\s+ldn|il\s+kratom)?(?:\s+esattamente)?\s*\?",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatItIs();

    [GeneratedRegex(
        @"\b(?:dying|die|died|dies|death|dead|deadly|lethal|overdos\w*|suicid\w*|kill\w*\s+(?:myself|me)|end\s+(?:it|it\s+all|my\s+life|things)|(?:not|never|don'?t|dont)\s+(?:want\s+to\s+)?wake\s+up|(?:not|don'?t|dont)\s+(?:want\s+to\s+)?be\s+here|better\s+off|give\s+up|giving\s+up|hopeless|hurt\w*\s+myself|harm\w*|cut\w*\s+myself|"
        + @"morir|muero|muerte|muerto|matarme|sterben|sterbe|tod|tot|umbringen|mourir|meurs|mort|morte|me\s+tuer|morrer|morro|me\s+matar|sterven|dood|mezelf\s+iets|morire|muoio|ammazzarmi|uccidermi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfDyingOrHarm();
}
