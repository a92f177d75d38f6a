using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Everyday talk in a pain group that the learned model reads as a crisis: would kill or die for something ordinary, who
/// else is awake in the night, and a pet that has died.
/// </summary>
/// <remarks>
/// Fresh probes written by helpers who saw none of our data kept finding these sent to crisis guidance by the model alone,
/// in every language: "ich würde sterben für ein heißes Bad gerade" (0.72, round 29), "3am again … anyone else awake?"
/// (0.12–0.35 in rounds 29–31, in five languages), "Onze hond is vanochtend overleden" (0.77). In our ~51,000 train, dev
/// and unused messages the idiom matches 19 safe questions, the night-time question 18 safe messages, and a pet's death 51;
/// none of the three matches a crisis. They silence only the model, and only when nothing taken is named
/// (<see cref="SafetyTriage"/>); the crisis rules are read first, and despair words beside a pet's death cancel it.
/// </remarks>
public static partial class EverydayTalk
{
    public static bool IsIn(string folded) =>
        WouldKillOrDieForSomething().IsMatch(folded) || AsksWhoElseIsAwake().IsMatch(folded) || WishesToHibernate().IsMatch(folded)
        || (MournsAPet().IsMatch(folded) && !Despair().IsMatch(folded));

    /// <summary>"I'd kill for a hot bath", "ich würde sterben für ein heißes Bad", "mataría por una noche de sueño".</summary>
    [GeneratedRegex(
        @"\b(?:would|'d|could|i'?d)\s+(?:literally\s+|honestly\s+|actually\s+)?(?:kill|die|murder)\s+for\s+(?:a|an|some|one|the|just\s+(?:one|a|an)|another|my)\b"
        + @"|\b(?:mataria|moriria|daria\s+la\s+vida)\s+por\s+(?:un|una|unos|unas|el|la|dormir)\b"
        + @"|\b(?:wurde|wuerde|konnte|koennte)\s+(?:\w+\s+){0,2}(?:sterben|morden|toten)\s+fur\s+(?:ein|eine|einen|einmal)\b"
        + @"|\bfur\s+(?:ein|eine|einen)\s+(?:\w+\s+){1,3}(?:wurde|konnte)\s+ich\s+(?:sterben|morden)\b"
        + @"|\b(?:wurde|konnte)\s+(?:ich\s+)?fur\s+(?:ein|eine|einen)\s+(?:\w+\s+){1,3}(?:sterben|morden)\b"
        + @"|\b(?:tuerais|mourrais|donnerais\s+ma\s+vie)\s+pour\s+(?:un|une|des|du)\b"
        + @"|\b(?:mataria|morreria|daria\s+a\s+vida)\s+por\s+(?:um|uma|uns|umas)\b"
        + @"|\b(?:een\s+moord\s+doen|sterven|doodgaan)\s+voor\s+(?:een|wat)\b"
        + @"|\b(?:ucciderei|morirei|darei\s+la\s+vita)\s+per\s+(?:un|una|uno|del|della)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WouldKillOrDieForSomething();

    /// <summary>"anyone else awake?", "¿alguien más despierta?", "iemand anders ook wakker?", "c'è qualcuno sveglio?".</summary>
    [GeneratedRegex(
        @"\b(?:any\s*(?:one|body)|anyone|some\s*one)\s+(?:else\s+)?(?:awake|up)\b(?=\s*(?:[?!.]|$|at\s+this|right\s+now|too|tonight|with\s+me))"
        + @"|\balguien\s+(?:mas\s+)?despiert[oa]s?\b|\balguem\s+(?:mais\s+)?acordad[oa]s?\b|\biemand\s+(?:anders\s+)?(?:ook\s+)?(?:nog\s+)?wakker\b"
        + @"|\bqualcun\w*\s+(?:altr[oa]\s+)?svegli[oa]\b|\b(?:jemand|wer)\s+(?:noch\s+|auch\s+|sonst\s+)*wach\b|\bquelqu'?un\s+(?:d'autre\s+)?(?:de\s+)?reveill[e]?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhoElseIsAwake();

    /// <summary>
    /// Sleeping until the flare or the winter is over (round 32: "wake me when the flare is over 😴", "Vorrei andare in
    /// letargo fino a marzo, come i ghiri"). "Wake me when it's over" names nothing and is not matched: it is said in crises.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:wake\s+me\s+(?:up\s+)?when|reveillez-moi\s+quand|reveille-moi\s+quand|weckt\s+mich,?\s+wenn|weck\s+mich,?\s+wenn|despiert[ae]n?me\s+cuando|me\s+acord(?:em|e)\s+quando|maak\s+me\s+wakker\s+als|svegliatemi\s+quando|svegliami\s+quando)\s+"
        + @"(?:\w+\s+){0,2}(?:flare|crise|schub|brote|crisis|crisi|opvlamming|winter|inverno|invierno|hiver|spring|primavera|printemps|fruhling|lente|march|marzo|ostern|easter)\b"
        + @"|\b(?:hibernat\w*|letargo|murmeltier|winterslaap|winterschlaf|like\s+a\s+bear|como\s+(?:los\s+)?osos?|igual\s+urso|come\s+i\s+ghiri)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WishesToHibernate();

    private const string Pet = @"(?:dog|cat|pup|puppy|kitten|perr[oa]|gat[oa]|hund|katze|kater|chien|chienne|chat|chatte|cachorr[oa]|hond|poes|kat|cane|gatt[oa])";
    private const string Died = @"(?:died|passed\s+away|put\s+(?:down|to\s+sleep)|murio|fallecio|gestorben|eingeschlafert|verstorben|morte?|endormir|euthanasi\w*|morreu|faleceu|despedir|overleden|ingeslapen|inslapen|morto|morta|addormentare)";

    [GeneratedRegex(@"\b" + Pet + @"\b[^.?!]{0,60}\b" + Died + @"\b|\b" + Died + @"\b[^.?!]{0,40}\b" + Pet + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MournsAPet();

    /// <summary>Despair beside a loss: the loss is then no longer only grief.</summary>
    [GeneratedRegex(
        @"\b(?:nothing\s+left|only\s+reason|no\s+reason|no\s+point|what'?s\s+the\s+point|can'?t\s+go\s+on|join\s+(?:him|her|them)|all\s+i\s+had|alone\s+now|"
        + @"nada\s+mas|no\s+tiene\s+sentido|unica\s+razon|nichts\s+mehr|einziger?\s+grund|sinnlos|plus\s+rien|seule\s+raison|mais\s+nada|unica\s+razao|sem\s+sentido|"
        + @"niks\s+meer|enige\s+reden|zinloos|niente\s+piu|unica\s+ragione|senza\s+senso)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Despair();
}
