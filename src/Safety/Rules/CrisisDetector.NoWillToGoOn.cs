using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Round 76 (tuning data, written this session, measured once unread, then read): no will left to go on, told flatly before
/// an ordinary question, and whether many tablets taken at once would hurt. The model read the first as a question and the
/// second, in French, as a dose ask.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>No will left to go on, or a question whether many taken at once would hurt.</summary>
    private static bool TellsNoWillToGoOn(string text) =>
        NoWillLeftToGoOn().MatchesScreened(text) || (ManyTakenAtOnce().MatchesScreened(text) && AsksWhetherItHurts().MatchesScreened(text));

    // "ik heb eigenlijk geen zin meer om verder te gaan. niet dramatisch bedoeld hoor. gewoon op.": no will or wish left to
    // go on or to live, in the seven languages. Going on with a diet, a course or a job is named after it and is not matched.
    [GeneratedRegex(
        @"\b(?:no|lost\s+(?:the|all|my)|don'?t\s+have\s+(?:the|any)|have\s+no)\s+(?:will|desire|wish|want)\s+(?:left\s+)?to\s+(?:go\s+on|keep\s+going|carry\s+on|live|keep\s+living)\b(?!\s+(?:with|at|in)\b)"
        + @"|\bgeen\s+zin\s+meer\s+(?:om\s+)?(?:verder\s+te\s+gaan|door\s+te\s+gaan|te\s+leven|in\s+het\s+leven|in\s+leven)\b(?!\s+(?:met|op)\b)"
        + @"|\b(?:keine\s+lust|kein\s+bock|keinen\s+willen|keine\s+kraft)\s+mehr\s+(?:weiterzumachen|zu\s+leben|auf\s+(?:das|dieses|mein)\s+leben)\b(?!\s+mit\b)"
        + @"|\b(?:no\s+tengo|sin|ya\s+no\s+tengo)\s+ganas\s+de\s+(?:seguir(?:\s+adelante|\s+viviendo)?|vivir)\s*(?:[.!,;]|$)"
        + @"|\b(?:plus|pas|aucune)\s+envie\s+de\s+(?:continuer(?:\s+a\s+vivre)?|vivre)\s*(?:[.!,;]|$)"
        + @"|\b(?:sem|nao\s+tenho\s+(?:mais\s+)?|perdi\s+a)\s*vontade\s+de\s+(?:continuar(?:\s+vivendo)?|viver|seguir\s+em\s+frente)\s*(?:[.!,;]|$)"
        + @"|\bnon\s+ho\s+piu\s+(?:voglia|la\s+forza)\s+di\s+(?:andare\s+avanti|vivere|continuare\s*(?:[.!,;]|$))",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoWillLeftToGoOn();

    // "et si on en prend genre 30 d'un coup ça fait quoi exactement? on souffre?": a few dozen taken or swallowed at once, or
    // a whole box, in the seven languages. Read only beside a question whether it would hurt; thirty squats at once are not
    // taken.
    [GeneratedRegex(
        @"\b(?:take|took|takes|taking|swallow\w*|downed|toma\w*|tomo|nehm\w*|nimmt|genommen|schluck\w*|prend\w*|pris|aval\w*|engol\w*|neem\w*|nam|slik\w*|prendi\w*|prendo|preso|ingoi\w*)\b"
        + @"[^.?!]{0,20}\b(?:\d{2,3}|(?:a|the)\s+(?:whole|full|entire)\s+(?:box|bottle|pack|packet|strip))\s+(?:\w+\s+){0,3}"
        + @"(?:at\s+once|in\s+one\s+go|all\s+at\s+once|at\s+the\s+same\s+time|de\s+golpe|de\s+una\s+vez|a\s+la\s+vez|auf\s+einmal|auf\s+einen\s+schlag|d'?un\s+(?:seul\s+)?coup"
        + @"|en\s+une\s+(?:seule\s+)?fois|de\s+uma\s+(?:so\s+)?vez|in\s+een\s+keer|ineens|tegelijk|in\s+una\s+volta|tutte\s+insieme|in\s+un\s+colpo)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ManyTakenAtOnce();

    [GeneratedRegex(
        @"\b(?:suffer|suffering|hurt|painful|painless|peaceful|feel\s+(?:it|anything)"
        + @"|sufre|sufres|sufriria|duele|doloros[oa]|sin\s+dolor|leidet\s+man|leiden|tut\s+(?:es|das)\s+weh|schmerzhaft|schmerzlos"
        + @"|souffre|souffrir|douloureu\w*|ca\s+fait\s+mal|sans\s+douleur|sofre|sofrer|doi|sem\s+dor"
        + @"|lijd\w*|pijnlijk|doet\s+(?:het|dat)\s+pijn|pijnloos|soffre|soffrire|fa\s+male|indolore)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhetherItHurts();
}
