using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message takes leave of the group for an ordinary reason it names: a holiday or a trip, a new job,
/// another or a local group, a break from screens. Members say so often, and thank the group as they go.
/// </summary>
/// <remarks>
/// The learned model reads thanks and goodbyes as a farewell: in round 29, written by a helper who saw none of our data,
/// "Going on holiday to Portugal for two weeks, won't be on here much … Bye for now x" scored 0.93 as a crisis, and 8 of
/// its 20 such messages in the seven languages were sent crisis guidance. A reason alone does not make a goodbye safe, so
/// any word of permanence ("for good", "für immer", "not coming back", a last message) cancels the signal, the crisis
/// rules are read before it, and <see cref="SafetyTriage"/> lets it silence only the model, and only when nothing taken
/// is named.
/// </remarks>
public static partial class LeaveTaking
{
    /// <summary>Goodbyes are short; a long post that mentions a holiday on the way to something else is not one.</summary>
    private const int MostWords = 60;

    public static bool IsOrdinaryIn(string folded) =>
        (HolidayDeparture().MatchesScreened(folded) || GoodbyeForNow().MatchesScreened(folded) || BreakFromScreens().MatchesScreened(folded)
         || (LeavingTheGroup().MatchesScreened(folded) && OrdinaryReason().MatchesScreened(folded)))
        && !Permanence().MatchesScreened(folded) && !SomeoneElse().MatchesScreened(folded) && SafetyText.CountWords(folded) <= MostWords;

    /// <summary>"going on holiday", "me voy de vacaciones", "je pars en vacances", "ik ga op vakantie", "vado in vacanza".</summary>
    [GeneratedRegex(
        @"\b(?:on|going\s+on|off\s+on|away\s+on|de|en|in\s+den|in|op|em|nel|di)\s+(?:(?:a|my|our|la|le|il|mi|mis|mes|meine[nm]?|mijn|minhas?)\s+)?(?:\w+\s+)?(?:holiday|holidays|vacation|vacaciones|vacances|urlaub|ferias|vakantie|vacanza|vacanze|ferie|cruise|camping\s+trip)\b"
        // "off to my sister's for christmas, won't be online for 2 weeks" (round 30): away for a stated while.
        + @"|\bwon'?t\s+be\s+(?:on\s+here|online|around|on)\s+(?:much\s+)?for\s+(?:a|an|one|two|three|\d+|a\s+few|a\s+couple\s+(?:of\s+)?)\s+(?:days?|weeks?)\b"
        // Round 34: "won't be on for a bit", "my last post here for a while — moving to Spain".
        + @"|\b(?:won'?t\s+be\s+(?:on\s+here|online|around|on)|last\s+(?:post|message))\s+(?:here\s+|on\s+here\s+|in\s+here\s+)?(?:much\s+)?for\s+a\s+(?:bit|while)\b"
        + @"|\boff\s+to\s+(?:\w+\s+){0,3}for\s+(?:christmas|xmas|easter|new\s+year|the\s+holidays|the\s+weekend|a\s+week|a\s+few\s+days|\w+\s+weeks?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HolidayDeparture();

    /// <summary>
    /// A goodbye with a time to it (round 32: "Me despido por hoy, gracias por escucharme", "Vi saluto per stasera",
    /// "leaving now to catch the train, bye all, see you monday").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:bye|goodbye|good\s*night|night\s+all|signing\s+off|head(?:ing)?\s+off|logging\s+off|leaving|farewell|tchau|tschuss|ciao|me\s+despido|verabschiede\s+mich|je\s+vous\s+laisse|vou\s+sair|ik\s+ga\s+er\s+vandoor|vi\s+saluto)\b[^.!?]{0,80}?"
        + @"\b(?:for\s+now|for\s+today|for\s+tonight|for\s+the\s+night|for\s+a\s+few\s+days|until\s+(?:the|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)|see\s+you\s+(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|later|next)|talk\s+tomorrow|back\s+(?:next|on|in|soon|tomorrow)|"
        + @"por\s+hoy|por\s+esta\s+noche|hasta\s+manana|a\s+la\s+vuelta|fur\s+heute|bis\s+morgen|bis\s+bald|pour\s+ce\s+soir|a\s+demain|a\s+bientot|por\s+hoje|ate\s+amanha|voor\s+vanavond|tot\s+morgen|per\s+stasera|a\s+domani|a\s+presto|por\s+uns\s+dias)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GoodbyeForNow();

    /// <summary>A break from social media or screens ("Ich mach mal Pause von Social Media", "un mes de las redes").</summary>
    [GeneratedRegex(
        @"\b(?:break|pause|pauze|descanso|pausa)\s+(?:\w+\s+){0,3}(?:from|von|van|de|da|das|dos)\s+(?:den\s+|las\s+|les\s+|os\s+|i\s+)?(?:social\s*media|sozialen\s+medien|redes(?:\s+sociales|\s+sociais)?|reseaux\s+sociaux|social)\b"
        + @"|\b(?:desaparecer|sumir|disappear|verschwinden)\s+(?:\w+\s+){0,3}(?:de\s+las\s+redes|das\s+redes|from\s+social\s+media)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BreakFromScreens();

    /// <summary>Leaving this group, or stepping back from it, in the seven languages.</summary>
    [GeneratedRegex(
        @"\b(?:leav\w*|quit\w*|step\w*\s+back\s+from|break\s+from|verlasse\w*|verabschiede\s+mich|me\s+despido|verlaat|verlaten|dejo|dejar|salgo\s+del|quitte\w*|saio\s+do|sair\s+do|deixo|deixar|lascio|lasciare|esco\s+dal|stop\w*\s+(?:\w+\s+){0,2}met)\s+(?:\w+\s+){0,2}\w*(?:group|grupo|gruppe|groupe|gruppo|groep)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LeavingTheGroup();

    /// <summary>An ordinary reason to go, or a sign of coming back: a new job, another or a local group, a while.</summary>
    [GeneratedRegex(
        @"\b(?:new|nuevo|neue[nm]?|nouveau|nouvelle|novo|nova|nieuwe|nuovo|nuova)\s+(?:job|trabajo|stelle|arbeit|travail|boulot|poste|emprego|trabalho|baan|lavoro)\b"
        + @"|\b(?:local|other|another|in-person|otro|outro|andere[nm]?|autre|altro|lokale?)\s+(?:\w+\s+)?\w*(?:group|grupo|gruppe|groupe|gruppo|groep|one)\b"
        // Round 36: joining a group for another condition, or one found nearby ("going to join a lupus group instead",
        // "ne ho trovato uno a Bologna che si incontra di persona").
        + @"|\b(?:join|joining)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:group|one)\b|\b(?:found|trovato|encontre|encontrei|gefunden|trouve|gevonden)\s+(?:\w+\s+){0,2}(?:group|grupo|gruppe|groupe|gruppo|groep|uno|una)\b"
        + @"|\b(?:meet-?ups?|in\s+person|di\s+persona|in\s+my\s+area|vor\s+ort|presencial\w*|dal\s+vivo|della\s+mia\s+citta|in\s+de\s+buurt|pres\s+de\s+chez\s+moi|en\s+persona)\b"
        + @"|\b(?:for\s+a\s+(?:while|bit|few\s+weeks)|een\s+tijdje|por\s+un\s+tiempo|por\s+um\s+tempo|fur\s+eine\s+weile|eine\s+zeit\s*lang|pour\s+un\s+moment|pour\s+quelque\s+temps|per\s+un\s+po|per\s+qualche\s+tempo)\b"
        + @"|\b(?:social\s+media|screens|screen\s+time|digital\s+detox)\b"
        // Round 33: a new phone number, a move, studies, and a word of coming back ("me salgo del grupo que cambio de número",
        // "ziehe nach Graz", "a faculdade tá me consumindo … volto nas férias").
        + @"|\b(?:new|nuevo|neue|nouveau|novo|nieuw|nuovo|change|cambio\s+de|wechsle\s+die|change\s+de|mudo\s+de|troco\s+de|cambio)\s+(?:phone\s+|mobile\s+)?(?:number|numero|nummer|telefon\w*|movil|celular|telemovel)\b"
        + @"|\b(?:moving\s+(?:house|to|away|abroad)|ziehe\s+(?:nach|um)|umzug|me\s+mudo|me\s+mudo|vou\s+me\s+mudar|je\s+demenage|ik\s+verhuis|mi\s+trasferisco|trasloc\w*|mudanza)\b"
        + @"|\b(?:uni|university|college|exams?|dissertation|thesis|universidad|facultad|examenes|studium|prufungen|fac|partiels|examens|faculdade|provas|universiteit|tentamens|universita|esami|tesi)\b"
        + @"|\b(?:be\s+back|i'?ll\s+return|vuelvo|volvere|volto|voltarei|reviens|reviendrai|komme\s+(?:bald\s+)?wieder|kom\s+(?:snel\s+)?terug|torno|tornero)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OrdinaryReason();

    [GeneratedRegex(
        @"\b(?:forever|for\s+good|permanent\w*|never|last\s+(?:message|time|post|goodbye)(?!\s+(?:here\s+|on\s+here\s+|in\s+here\s+)?for\s+(?:a\s+(?:while|bit|few|couple)|now|today|tonight|the\s+(?:day|night|week|weekend)|\w+\s+(?:days|weeks)))|final(?!\s+(?:exams?|year|week))|one\s+way|not\s+coming\s+back|won'?t\s+be\s+(?:back|coming\s+back)|won'?t\s+need|"
        + @"para\s+siempre|nunca|no\s+volver\w*|no\s+vuelvo|non\s+torno|ne\s+reviens|fur\s+immer|nie\s+wieder|nicht\s+wieder\w*|pour\s+toujours|jamais|ne\s+reviendr\w*|para\s+sempre|nao\s+volt\w*|"
        + @"voor\s+altijd|nooit|niet\s+terug|per\s+sempre|mai\s+piu|non\s+torner\w*|better\s+place|at\s+peace|en\s+paz|in\s+pace|en\s+paix|in\s+frieden|in\s+vrede|"
        // "bye for now, or just bye", "this is goodbye not see you later", "if I don't reply after today, it's not your fault".
        + @"or\s+just\s+bye|not\s+wak\w*\s+up|nicht\s+(?:mehr\s+)?aufwach\w*|no\s+despertar|ne\s+pas\s+me\s+reveiller|nao\s+acordar|niet\s+(?:meer\s+)?wakker|non\s+svegliarmi|not\s+see\s+you|after\s+today|not\s+your\s+fault|take\s+it\s+personally|everything\s+else|"
        // "je pars bientôt, et pas en vacances": a holiday denied.
        + @"(?:not|pas|no|nicht|nao|niet|non)\s+(?:\w+\s+){0,2}(?:holiday|vacation|vacances|vacaciones|urlaub|ferias|vakantie|vacanza|vacanze)|"
        // Giving things away is a warning sign, whatever the reason given.
        + @"giv(?:e|ing|en)\s+(?:\w+\s+){0,3}away|gave\s+(?:\w+\s+){0,3}away|verschenk\w*|weggeven|weggegeven|donne\s+mes|regal\w*\s+(?:mis|todas?|todos)|testament\w*|testamento|will\s+is)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Permanence();

    /// <summary>A goodbye seen in another group is a report about someone else, who may be in danger.</summary>
    [GeneratedRegex(
        @"\b(?:someone|somebody|a\s+friend|my\s+friend|posted|alguien|un\s+amig[oa]|jemand|eine?\s+freund\w*|quelqu'?un|un\s+ami|une\s+amie|alguem|um\s+amigo|uma\s+amiga|iemand|een\s+vriend\w*|qualcuno|un\s+amic[oa]|una\s+amica)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneElse();
}
