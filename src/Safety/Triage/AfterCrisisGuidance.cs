using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// What a member may say right after the bot answered them with crisis guidance, which on its own reads as an ordinary
/// question or as chat: asking what to do now ("what do i do??", "was mach ich", "o que eu faço??" after "my friend is on
/// the bridge" or "she stopped shaking but won't wake up"), or asking the bot to keep it secret ("you won't tell anyone
/// right", after a date set). In round 39's conversations these got a "no evidence" answer or small talk, because the
/// danger sat in the earlier message and the model reads only the one in hand.
/// </summary>
/// <remarks>
/// Only these two shapes carry the crisis over. A question about a topic after crisis guidance ("is it addictive?")
/// is answered as usual: the model sends many safe statements to crisis guidance ("just took my first gabapentin"), and
/// carrying every such reading into the next turn would repeat that mistake (docs/SAFETY.md, twenty-eighth session).
/// </remarks>
public static partial class AfterCrisisGuidance
{
    /// <summary>Longer than this, a message says something of its own and is judged as it stands.</summary>
    public const int MaxWords = 10;

    public static bool AsksWhatToDoOrForSecrecy(string folded) =>
        folded.Length > 0 && SafetyText.CountWords(folded) <= MaxWords && (WhatToDoNow().IsMatch(folded) || KeepItSecret().IsMatch(folded));

    [GeneratedRegex(
        @"\b(?:what\s+(?:do|should|can|shall)\s+i\s+(?:do|say|tell)|what\s+now|"
        + @"(?:que|what)\s+hago|que\s+le\s+digo|que\s+debo\s+hacer|"
        + @"was\s+(?:mach|tu|sag)\s+ich|was\s+soll\s+ich\s+(?:tun|machen|sagen)|"
        + @"(?:qu'est-ce\s+que\s+je\s+(?:fais|dois\s+faire|lui\s+dis)|je\s+fais\s+quoi|que\s+faire|je\s+lui\s+dis\s+quoi)|"
        + @"o\s+que\s+(?:eu\s+)?(?:faco|digo|devo\s+fazer)|"
        + @"wat\s+(?:moet|kan|zal)\s+ik\s+(?:doen|zeggen)|wat\s+doe\s+ik|"
        + @"(?:cosa|che)\s+(?:faccio|devo\s+fare|le\s+dico|gli\s+dico))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatToDoNow();

    [GeneratedRegex(
        @"\b(?:(?:you\s+)?(?:won'?t|wont|will\s+not|don'?t|dont)\s+tell\s+(?:anyone|anybody|no\s*one|my\s+\w+)|keep\s+(?:this|it)\s+(?:between\s+us|secret)|"
        + @"no\s+(?:se\s+lo\s+)?(?:digas|cuentes)\s+a\s+nadie|sag\s+(?:es\s+|das\s+)?(?:niemandem|keinem)|ne\s+(?:le\s+)?dis\s+(?:rien\s+)?a\s+personne|"
        + @"nao\s+(?:conta|conte|fala|diga)\s+(?:isso\s+)?(?:pra|para|a)\s+ninguem|(?:zeg|vertel)\s+het\s+(?:aan\s+|tegen\s+)?niemand|"
        + @"non\s+(?:dirlo|lo\s+dire)\s+a\s+nessuno)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeepItSecret();
}
