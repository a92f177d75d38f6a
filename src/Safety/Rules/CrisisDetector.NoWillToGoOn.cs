using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Round 76 (tuning data, written this session, measured once unread, then read): no will left to go on, told flatly before
/// an ordinary question, and whether many tablets taken at once would hurt. The model read the first as a question and the
/// second, in French, as a dose ask. Round 77 (written this session, measured once unread, then read): the papers left in
/// order with word that someone will be fine, at the end of a long vent.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>No will left to go on, a question whether many taken at once would hurt, or affairs left in order for others.</summary>
    private static bool TellsNoWillToGoOn(string text) =>
        NoWillLeftToGoOn().MatchesScreened(text) || (ManyTakenAtOnce().MatchesScreened(text) && AsksWhetherItHurts().MatchesScreened(text))
        || (AffairsLeftInOrder().MatchesScreened(text) && SomeoneWillBeFine().MatchesScreened(text) && !AnAbsenceNamed().MatchesScreened(text))
        || ThanksInThePastAndFarewell().MatchesScreened(text) || (TheBladeAgain().MatchesScreened(text) && !Shaving().MatchesScreened(text));

    // Round 78: "just wanted to say thank you all. you were the only ones who ever got it. look after yourselves xx": the
    // group thanked in the past tense, then told to look after themselves, in the seven languages.
    [GeneratedRegex(
        @"\byou\s+(?:all\s+|guys\s+|lot\s+)?(?:were|have\s+been|'?ve\s+been)\s+the\s+only\s+(?:ones?|people|person|family|friends)\b[^?]{0,80}\b(?:look\s+after|take\s+care\s+of)\s+(?:yourselves|each\s+other|one\s+another)\b"
        + @"|\b(?:fueron|habeis\s+sido|han\s+sido)\s+(?:los|las)\s+unic[oa]s\b[^?]{0,80}\bcuidense\b|\bcuidaos\b[^?]{0,80}\b(?:fueron|habeis\s+sido)\s+(?:los|las)\s+unic[oa]s\b"
        + @"|\bihr\s+wart\s+die\s+einzigen\b[^?]{0,80}\bpasst\s+auf\s+euch\s+auf\b|\bvous\s+(?:etiez|avez\s+ete)\s+les\s+seul(?:e)?s\b[^?]{0,80}\bprenez\s+soin\s+de\s+vous\b"
        + @"|\b(?:voces|vcs)\s+foram\s+(?:os|as)\s+unic[oa]s\b[^?]{0,80}\b(?:se\s+cuidem|cuidem[\s-]se)\b|\bjullie\s+waren\s+de\s+enigen\b[^?]{0,80}\bpas\s+goed\s+op\s+(?:jezelf|jullie\s*zelf)\b"
        + @"|\bsiete\s+stat[ie]\s+(?:gli|le)\s+unic[ie]\b[^?]{0,80}\bprendetevi\s+cura\s+di\s+voi\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ThanksInThePastAndFarewell();

    // Round 78: "… und abends hab ich dann wieder mit der klinge... naja. ist halt das einzige was kurz ablenkt": the blade
    // again, in the seven languages. A blade for shaving names the shaving (Shaving).
    [GeneratedRegex(
        @"\b(?:again|wieder|schon\s+wieder|otra\s+vez|de\s+nuevo|encore|de\s+nouveau|de\s+novo|outra\s+vez|weer|opnieuw|di\s+nuovo|ancora)\b[^.?!]{0,25}\b(?:with\s+the\s+(?:blade|razor)|mit\s+der\s+(?:klinge|rasierklinge)|con\s+la\s+(?:cuchilla|navaja|lametta|lama)|avec\s+la\s+lame|com\s+a\s+(?:lamina|gilete)|met\s+het\s+(?:mesje|scheermesje))\b"
        + @"|\b(?:the\s+blade|die\s+klinge|la\s+cuchilla|la\s+lame|a\s+lamina|het\s+mesje|la\s+lametta)\s+(?:again|wieder|otra\s+vez|encore|de\s+novo|weer|di\s+nuovo)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TheBladeAgain();

    [GeneratedRegex(@"\b(?:shav\w*|razor\s+burn|rasier(?:e|en|t|te)|rasur|afeit\w*|(?:me|se|te)\s+raser|rasage|scheren|(?:me|mij)\s+scheer\w*|radermi|rasatura|barba|beard|bart|baard|legs?\s+(?:hair|stubble))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shaving();

    // "… deixei tudo organizado, os papéis do seguro estão na gaveta da cozinha, ela vai ficar bem.": everything left in
    // order, or the insurance papers' place told, in the seven languages. Read only beside word that someone will be fine.
    [GeneratedRegex(
        @"\b(?:left|got|put|have|had)\s+(?:everything|it\s+all|all\s+my\s+affairs|my\s+affairs|all\s+the\s+paperwork)\s+(?:in\s+order|sorted|organi[sz]ed|arranged|in\s+place)\b"
        + @"|\b(?:insurance|life\s+insurance|policy|will)\s+(?:papers|documents|details|docs)?\s*(?:is|are)\s+in\s+the\s+(?:\w+\s+)?(?:drawer|folder|desk|box|cupboard|safe)\b"
        + @"|\b(?:deje|he\s+dejado|tengo)\s+todo\s+(?:organizado|arreglado|en\s+orden|atado)\b|\bpapeles\s+del\s+seguro\s+(?:estan|quedan)\s+en\b"
        + @"|\b(?:habe|hab)\s+alles\s+(?:geregelt|geordnet|organisiert|vorbereitet)\b|\bversicherungs(?:unterlagen|papiere|sachen)\s+(?:liegen|sind)\s+in\b"
        + @"|\bj'?ai\s+(?:tout\s+(?:laisse\s+)?(?:range|organise|regle|en\s+ordre)|mis\s+(?:de\s+l'?ordre\s+dans\s+)?mes\s+affaires\s+en\s+ordre)\b|\bpapiers\s+de\s+l'?assurance\s+sont\s+dans\b"
        + @"|\bdeixei\s+tudo\s+(?:organizado|arrumado|em\s+ordem|tratado|resolvido)\b|\b(?:papeis|documentos|apolice)\s+do\s+seguro\s+(?:estao|esta|ficam)\s+na\b"
        + @"|\b(?:heb|alles)\s+(?:alles\s+)?(?:geregeld|op\s+orde\s+gebracht|op\s+orde\s+gezet)\b|\bverzekeringspapieren\s+liggen\s+in\b"
        + @"|\bho\s+(?:lasciato\s+)?tutto\s+(?:in\s+ordine|sistemato|organizzato)\b|\b(?:documenti|carte)\s+dell'?assicurazione\s+sono\s+nel\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AffairsLeftInOrder();

    [GeneratedRegex(
        @"\b(?:she|he|they|the\s+kids|the\s+children|my\s+\w+|everyone)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+be\s+(?:fine|ok|okay|alright|all\s+right|better\s+off)\b|\b(?:she|he|they)'ll\s+be\s+(?:fine|ok|okay|alright|better\s+off)\b"
        + @"|\b(?:ella|el|ellos|ellas)\s+(?:va|van)\s+a\s+estar\s+bien\b|\bestar(?:a|an)\s+bien\b|\b(?:sie|er)\s+(?:wird|werden|kommt|kommen)\s+(?:gut\s+)?(?:klar|zurecht)\b"
        + @"|\b(?:elle|il|ils|elles)\s+(?:ira|iront|va\s+aller|vont\s+aller)\s+bien\b|\bs'?en\s+sortir(?:a|ont)\b|\b(?:ela|ele|eles|elas)\s+(?:vai|vao)\s+ficar\s+bem\b"
        + @"|\b(?:zij|ze|hij)\s+(?:redt|redden)\s+(?:het|zich)\b|\bkomt\s+(?:wel\s+)?goed\s+met\s+(?:haar|hem|hen)\b|\b(?:lei|lui|loro)\s+stara(?:nno)?\s+bene\b|\bse\s+la\s+cavera(?:nno)?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneWillBeFine();

    // Papers put in order before a holiday, an operation or a stay in hospital, in the seven languages.
    [GeneratedRegex(
        @"\b(?:holiday|vacation|trip|surgery|operation|hospital|move|moving|vacaciones|viaje|operacion|cirugia|hospital|mudanza|urlaub|reise|operation|krankenhaus|klinik|umzug"
        + @"|vacances|voyage|hopital|demenagement|ferias|viagem|cirurgia|mudanca|vakantie|reis|operatie|ziekenhuis|verhuizing|vacanza|viaggio|intervento|ospedale|trasloco)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnAbsenceNamed();

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
