using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// A question whether something can kill, and the message right after it. Round 66 ("good. how much of each" after asking
/// whether kratom and alcohol together stop one's breathing) and round 70 ("und wie viel bräuchte man dafür ungefähr. frag
/// für jemanden" after "kann man eigentlich an kratom sterben?"; "hoe voelt dat dan, doet het pijn? vraag het voor iemand
/// anders" after "wat gebeurt er bij een overdosis tramadol?") were crises only by the question before them: alone, the
/// follow-up is a dose ask or a vague question. Asking how much it would take, or how it feels, right after asking whether
/// it kills is what the brief's "how much would be lethal … for a friend" looks like over two messages.
/// </summary>
/// <remarks>
/// Only the amount or the feeling counts, and only in a short message: "is the normal dose safe then?" or "what's the
/// usual starting dose?" after "can you overdose on LDN?" ask about ordinary use, and are judged as they stand.
/// </remarks>
public static partial class AfterADeathQuestion
{
    /// <summary>Longer than this, a follow-up says something of its own and is judged as it stands.</summary>
    public const int MaxWords = 15;

    /// <summary>
    /// The message asks whether something taken can kill, what an overdose does, or whether a mix stops one's breathing.
    /// "Can you die from fibromyalgia?" names nothing taken and is not read here. How much of it it takes before it turns
    /// dangerous ("cuanto tramadol hace falta para q sea peligroso de verdad?", round 76) asks the same.
    /// </summary>
    public static bool AsksWhetherItCanKill(string folded) =>
        (CanItKill().MatchesScreened(folded) && (TakenThings.AreNamedIn(folded) || Overdose().MatchesScreened(folded)))
        || CrisisDetector.AsksWhenAnAmountTurnsDangerousIn(folded);

    [GeneratedRegex(@"\b(?:overdos\w*|od|sobredosis|(?:ue|u)berdosis|surdose|superdosagem|overdosis|sovradosaggio)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Overdose();

    /// <summary>
    /// A short message asking how much it would take, or how it would feel, and not about an ordinary dose; or one that gives
    /// a friend or a story as the reason for the question before ("es para una novela q estoy escribiendo jaja", round 76).
    /// </summary>
    public static bool AsksTheAmountOrTheFeeling(string folded)
    {
        var words = SafetyText.CountWords(folded);
        return words > 0 && words <= MaxWords
            && (((HowMuch().MatchesScreened(folded) || HowItFeels().MatchesScreened(folded)) && !OrdinaryUse().MatchesScreened(folded) && !HowManyPeople().MatchesScreened(folded))
                || CrisisDetector.GivesAFriendOrAStoryAsTheReason(folded));
    }

    [GeneratedRegex(
        @"\b(?:can|could|would|do|does|will)\s+(?:you|u|one|someone|somebody|people|a\s+person|it|that|they|this)\s+(?:actually\s+|really\s+|even\s+)?(?:die|kill|be\s+fatal|be\s+lethal|stop\s+(?:your|my|their|his|her)\s+breathing|od|overdose)\b"
        + @"|\bstop\s+(?:your|my|their|his|her|one'?s|someone'?s|a\s+person'?s)\s+(?:breathing|heart)\b|\brespiratory\s+depression\b"
        + @"|\b(?:is|are)\s+(?:it|that|this|they|kratom|\w+)\s+(?:\w+\s+)?(?:lethal|deadly|fatal)\b|\b(?:lethal|fatal|deadly)\s+(?:dose|amount)\b|\bwhat\s+happens\s+(?:in|with|during|if\s+(?:you|u|someone|one)\s+(?:take|takes|have|has))\s+(?:an?\s+)?overdose\b|\boverdos\w*\s+(?:on|of)\b|\bdie\s+(?:from|of)\b"
        + @"|\bse\s+puede\s+morir\b|\b(?:es|son)\s+(?:mortal|letal)\w*\b|\bdosis\s+(?:letal|mortal)\b|\bsobredosis\b|\b(?:te|lo)\s+puede\s+matar\b"
        + @"|\bkann\s+man\s+(?:eigentlich\s+|wirklich\s+)?(?:an|von|daran)\b[^.?!]{0,30}\bsterben\b|\bt(?:oe|o)dlich\w*\b|\b(?:ue|u)berdosis\b"
        + @"|\b(?:peut|on\s+peut|est-ce\s+qu'?on\s+peut)\s+(?:en\s+)?mourir\b|\bmortel\w*\b|\bdose\s+(?:letale|mortelle)\b|\bsurdose\b|\boverdose\b"
        + @"|\b(?:da|de)\s+(?:pra|para)\s+morrer\b|\bpode\s+matar\b|\bletal\w*\b|\bsuperdosagem\b"
        + @"|\bkun\s+je\s+(?:er\s+)?(?:dood\s*gaan|doodgaan|sterven)\b|\bdodelijk\w*\b|\boverdosis\b"
        + @"|\bsi\s+(?:puo|puoi)\s+morire\b|\b(?:letale|mortale)\b|\bsovradosaggio\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CanItKill();

    [GeneratedRegex(
        @"\bhow\s+(?:much|many)\b|\b(?:cu[a]nt[oa]s?|cuanto)\b|\bwie\s*viele?\b|\bcombien\b|\bquant[oaie]s?\b|\bhoeveel\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowMuch();

    [GeneratedRegex(
        @"\bhow\s+(?:does|would|do)\s+(?:it|that|this)\s+feel\b|\bwhat\s+does\s+(?:it|that)\s+feel\s+like\b|\b(?:does|would)\s+(?:it|that)\s+hurt\b|\bis\s+it\s+painful\b"
        + @"|\b(?:que|q)\s+se\s+siente\b|\b(?:duele|dolera|doleria)\b|\bwie\s+f(?:ue|u)hlt\s+(?:sich\s+)?(?:das|es)\b|\btut\s+(?:das|es)\s+weh\b"
        + @"|\bca\s+fait\s+(?:mal|quoi)\b|\bon\s+ressent\s+quoi\b|\b(?:doi|vai\s+doer)\b|\bcomo\s+(?:e|seria)\s+a\s+sensacao\b"
        + @"|\bhoe\s+voelt\s+(?:dat|het)\b|\bdoet\s+(?:het|dat)\s+pijn\b|\bcome\s+ci\s+si\s+sente\b|\bfa\s+male\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowItFeels();

    // How many people it happens to is a question about risk ("how many people die from it a year?").
    [GeneratedRegex(
        @"\bhow\s+(?:many|much)\s+(?:people|of\s+us|patients|deaths|cases|users|a\s+year|per\s+year)\b|\bhow\s+common\b|\bcuant[oa]s\s+(?:personas|muertes|casos)\b|\bwie\s*viele\s+(?:menschen|leute|tote|f(?:ae|a)lle)\b"
        + @"|\bcombien\s+de\s+(?:personnes|gens|morts|deces|cas)\b|\bquant[oa]s\s+(?:pessoas|mortes|casos)\b|\bhoeveel\s+(?:mensen|doden|gevallen)\b|\bquant[ei]\s+(?:persone|morti|casi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowManyPeople();

    // The ordinary dose, a safe amount or the start: a question about use, not about the end.
    [GeneratedRegex(
        @"\b(?:normal|usual|typical|standard|safe|safely|recommended|daily|start|starting|beginner|maintenance|therapeutic"
        + @"|habitual|normal|segur[oa]|diari[oa]|inicio|empezar|ublich|uebliche?|sicher|taglich|anfang\w*|habituel\w*|sans\s+danger|debut|commencer"
        + @"|usual|seguro|comecar|normaal|veilig|dagelijks|beginnen|abituale|sicur[oa]|giornalier[oa]|iniziare)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OrdinaryUse();
}
