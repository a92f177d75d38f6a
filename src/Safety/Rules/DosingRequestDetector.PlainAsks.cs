using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Dosing asks that use no dose word, unit or quantity question, found among our own training requests that no
/// other rule read (fourteenth session): changing the amount of something named ("how do I increase kratom", "can I
/// drop my amitriptyline by half"), splitting or crushing it, waiting before the next one, what most people start
/// on, several at once, and fill-in-the-blank or numbers-only wrappers. Every one of them counts only in a message
/// that names something taken, so "how do I increase my walking" and "can I cut the session in half" stay questions.
/// </summary>
public static partial class DosingRequestDetector
{
    /// <summary>The reason for a plain ask about something named (or, in a follow-up, implied), or null.</summary>
    private static string? PlainAskAboutSomethingTaken(string text, bool subjectImplied)
    {
        var reason = ChangeAmountAsk().MatchesScreened(text) || OtherLanguageChangeAsk().MatchesScreened(text) ? DosingReasons.Titration
            : WhenOrSplitAcrossTheDayAsk().MatchesScreened(text) || WaitOrRepeatAsk().MatchesScreened(text) || OtherLanguageIntervalAsk().MatchesScreened(text) ? DosingReasons.Schedule
            : SplitOrCrushAsk().MatchesScreened(text) || MeasuringOrPreparingAsk().MatchesScreened(text) ? DosingReasons.Preparation
            : EquivalentAsk().MatchesScreened(text) ? DosingReasons.Conversion
            : WhatMostStartOnAsk().MatchesScreened(text) || SeveralAtOnceAsk().MatchesScreened(text) || NumbersOnlyAsk().MatchesScreened(text)
                || HowToBeginAsk().MatchesScreened(text) || SlangAmountAsk().MatchesScreened(text) || HalfOrWholeAsk().MatchesScreened(text)
                || OtherLanguagePlainAsk().MatchesScreened(text) ? DosingReasons.Amount
            : null;
        // In a follow-up the previous subject stands for the named thing only for changing the amount and for how many
        // ("should I come down a step if the dreams are bad?"). Waits, times and preparation stay tied to a named thing,
        // because "au bout de combien de temps on voit si ça marche ?" and "how long before bed should I put my phone
        // away" follow a medicine question too.
        var implied = subjectImplied && (reason == DosingReasons.Titration || reason == DosingReasons.Amount);
        return reason is not null && (implied || TakenThings.AreNamedIn(text)) ? reason : null;
    }

    // Changing the amount of what is named, asked how or whether: "how do I increase kratom slowly", "can I drop my
    // amitriptyline by half", "should I go higher on LDN", "what's a sensible way to step it down". What the change is
    // made to must not be a symptom or a harm: "how do I reduce the side effects of LDN" asks no amount.
    private const string ChangeLead =
        @"(?:how\s+(?:do|to|should|can|would|could|fast|quickly|slowly|soon)\s+(?:i\s+|you\s+|we\s+|one\s+|people\s+|u\s+)?(?:best\s+|safely\s+)?"
        + @"|(?:can|should|could|do|shall|may)\s+(?:i|we|u)\s+(?:just\s+|safely\s+|now\s+)?|(?:way|time|ok|okay|safe)\s+to\s+|when\s+(?:to|do\s+i|should\s+i|can\s+i)\s+)";

    private const string NotAnAmountChanged =
        @"(?:my\s+|the\s+|your\s+|its\s+|their\s+)?(?:pain|symptoms?|flares?|fatigue|stress|anxiety|inflammation|tolerance|risks?|side[\s-]?effects?|"
        + @"withdrawal|cravings?|nausea|dreams|insomnia|brain\s+fog|chances?|odds|effects?|benefits?|absorption|sleep|energy|mood)\b";

    [GeneratedRegex(
        @"\b" + ChangeLead
        + @"(?:(?:increase|raise|lower|reduce|decrease|halve|titrate|up)\s+(?!" + NotAnAmountChanged + @")"
        + @"|(?:go|step|come|move|ramp|build|bump|work|cut|wean|taper|push)\s+(?:it\s+|them\s+|myself\s+|my\s+\w+\s+|the\s+\w+\s+|\w+\s+)?(?:up|down|off|back|higher|lower|straight\s+to)\b"
        + @"|drop\s+(?:it\s+|them\s+|my\s+\w+\s+|the\s+\w+\s+|\w+\s+)?(?:down|back|lower)\b"
        + @"|(?:drop|cut|reduce|lower)\s+(?:it|them|my\s+\w+|the\s+\w+|\w+)\s+(?:by|to)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAmountAsk();

    // Splitting, crushing, opening or dissolving what is taken, or mixing it into food: "can you cut fentanyl patches
    // in half", "is it ok to open the capsule and sprinkle it on food", "can I bake it into cookies". Mixing with
    // another substance is an interaction question and is not read here.
    [GeneratedRegex(
        @"(?:\b(?:can|could|should|may|do)\s+(?:i|you|we|u|one)\s+(?:just\s+|safely\s+)?|\b(?:is\s+it|it's|its)\s+(?:ok|okay|safe|fine|alright|possible)\s+to\s+"
        + @"|\bhow\s+(?:do|to|should|can)\s+(?:i\s+|you\s+)?)"
        + @"(?=(?:cut|split|halve|crush|snap|chew|quarter|open|dissolve|grind|powder|sprinkle|bake|cook|empty)\b"
        + @"|(?:mix|stir|put|blend)\s+(?:[\w']+\s+){0,3}(?:into|in\s+(?:a\s+|my\s+|some\s+)?(?:water|juice|food|yog(?:h)?urt|tea|coffee|smoothie|drink|applesauce|honey|chocolate)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex SplitOrCrushAsk();

    // How long to wait before the next one, or whether another may follow: "how soon after my tramadol can I have a
    // paracetamol", "when can I have the next one", "can I redo the microdose tonight", in the seven languages.
    [GeneratedRegex(
        @"\bhow\s+(?:long|soon)\s+(?:after|before|between|until)\b[^.?!]{0,40}\b(?:can|should|may|must|do|could)\s+(?:i|you|u|we)\b"
        + @"|\bhow\s+(?:long|soon)\s+(?:do|should|must)\s+(?:i|you|u)\s+(?:have\s+to\s+)?wait\b|\bhow\s+soon\s+can\s+(?:i|u)\b"
        + @"|\bwhen\s+(?:can|could|should|may)\s+(?:i|u)\s+(?:have|take|do|use)\s+(?:the\s+next|another|a\s+second|my\s+next)\b"
        + @"|\b(?:can|could|should|may)\s+(?:i|u|she|he|they)\s+(?:have|take|do)\s+(?:another|a\s+second|one\s+more)\b"
        + @"|\b(?:can|could|should|may|do)\s+(?:i|u|you|we)\s+(?:just\s+)?(?:redo|repeat|redose|re-dose|top\s+up)\b|\b(?:redo|redose|re-dose)\b"
        // After the first one, in the six other languages: the wait must lead to taking something, so "combien de temps
        // avant que ça fasse effet" (how long until it works) is no schedule ask.
        + @"|\bau\s+bout\s+de\s+combien\b|\bcombien\s+de\s+temps\s+(?:apres|entre)\b[^.?!]{0,40}\b(?:je\s+peux|puis-je|on\s+peut|reprendre|prendre)\b"
        + @"|\bcombien\s+de\s+temps\s+(?:dois-je|je\s+dois|faut-il)\s+attendre\b|\breprendre\s+(?:un|une)\b|\ben\s+reprendre\b"
        + @"|\bwie\s+lange?\s+(?:muss|soll|sollte)\s+ich\b[^.?!]{0,40}\bwarten\b|\bwie\s+lange?\s+nach\b[^.?!]{0,40}\b(?:darf|kann|nehmen|einnehmen)\b"
        + @"|\bnoch\s+(?:eine|einen|ein)\s+(?:nehmen|nachlegen|dazu)\b|\bnachlegen\b"
        + @"|\bhoe\s+lang\s+(?:na|tussen)\b[^.?!]{0,40}\b(?:mag|kan|nemen|innemen|beginnen)\b|\bhoe\s+lang\s+moet\s+ik\s+wachten\b|\bnog\s+een\s+(?:nemen|innemen|erbij)\b"
        + @"|\bcuanto\s+(?:tiempo\s+)?(?:despues|entre)\b[^.?!]{0,40}\b(?:puedo|debo|tomar)\b|\bcuanto\s+(?:tiempo\s+)?(?:tengo|debo|hay)\s+que\s+esperar\b|\btomar(?:me)?\s+otr[ao]\b"
        + @"|\bquanto\s+tempo\s+(?:depois|entre)\b[^.?!]{0,40}\b(?:posso|devo|tomar)\b|\bquanto\s+tempo\s+(?:devo|tenho\s+que)\s+esperar\b|\btomar\s+outr[ao]\b"
        + @"|\bquanto\s+(?:tempo\s+)?dopo\b[^.?!]{0,40}\b(?:posso|devo|prendere)\b|\bquanto\s+(?:tempo\s+)?(?:devo|bisogna)\s+aspettare\b"
        + @"|\bprender(?:ne|e)\s+(?:un|una)\s*altr[oa]\b|\b(?:rifarlo|ripeterlo|rifarla|ripeterla|riprenderlo|riprenderla)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WaitOrRepeatAsk();

    // What most people start on or settle on: "what do most people start LDN on", "what did everyone here start their
    // naltrexone on", "what do people usually take of gabapentin", "the usual start and max", "womit fangen die meisten an".
    // The loops over the words in between are greedy: written lazily ("(?:\s+\w+){0,2}?") after the optional "in this
    // group", the generated matcher threw IndexOutOfRangeException on "what do most people in this group take for LDN?"
    // (round 25, an HTTP 500), a fault of the regex source generator in .NET 10.
    [GeneratedRegex(
        @"\bwhat\s+(?:do|did|does|would|should)\s+(?:most\s+|the\s+)?(?:people|ppl|folks|everyone|everybody|you\s+all|y'?all|you\s+guys|others|doctors|docs|gps|patients|beginners|most)\b"
        + @"(?:\s+(?:here|in\s+(?:this|the)\s+group))?(?:\s+\w+){0,2}\s+(?:start(?:ed)?|settled?|end\s+up|go\s+up\s+to|take\s+of|use\s+of|take\s+(?:a|per|each)\s+day)\b"
        + @"|\bwhat\s+(?:do|did|does)\s+(?:most\s+)?(?:people|ppl|everyone|everybody|you\s+all|y'?all|you\s+guys|doctors|gps)\b(?:\s+\w+){0,2}\s+(?:start|prescribe)\b"
        + @"|\b(?:usual|typical|standard|normal|regular|average|common)\s+(?:start(?:ing)?\s+(?:point|place)|starter|start\s+and\s+(?:max|maximum)|start)\b|\bstart\s+and\s+max\b"
        + @"|\bwomit\s+(?:fangen|fangt|fange|beginnt|beginnen|starten|startet)\b|\bwas\s+nehmen\s+(?:die\s+meisten|ihr|alle)\b|\b(?:das|die)\s+ubliche\b"
        + @"|\bcon\s+(?:cuanto|que\s+cantidad)\s+(?:empez|comenz|arranc)\w*|\bcom\s+quanto\s+(?:comec|inici)\w*|\bavec\s+combien\s+(?:vous\s+|on\s+|tu\s+)?(?:commenc|demarr)\w*"
        + @"|\bcon\s+quanto\s+(?:inizi|part|comin)\w*|\bmet\s+hoeveel\s+(?:begin|start)\w*|\bwaar\s+(?:beginnen|starten)\s+de\s+meesten\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatMostStartOnAsk();

    // Several at once or more than the usual count: "can I take 3 codeine instead of 2", "je prends 3 d'un coup",
    // "due patch insieme", "zwei auf einmal".
    [GeneratedRegex(
        @"\b(?:take|have|use|put\s+on|wear|prends|prendre|mettre|mets|prendo|prendere|metto|tomo|tomar|pongo|poner|nehme|nehmen|klebe|neem|nemen|plak|plakken)\s+"
        + @"(?:\d+|two|three|four|deux|trois|quatre|due|tre|quattro|dos|tres|cuatro|duas|zwei|drei|vier|twee|drie)\b[^.?!]{0,30}"
        + @"\b(?:at\s+once|at\s+the\s+same\s+time|together|in\s+one\s+go|instead\s+of|d'un\s+coup|en\s+meme\s+temps|a\s+la\s+fois|au\s+lieu\s+d|"
        + @"insieme|in\s+una\s+volta|tutt[ei]\s+insieme|invece\s+di|de\s+una\s+vez|a\s+la\s+vez|de\s+golpe|juntos?|juntas?|en\s+vez\s+de|de\s+uma\s+vez|em\s+vez\s+de|"
        + @"auf\s+einmal|gleichzeitig|zusammen|statt|tegelijk|tegelijkertijd|in\s+een\s+keer|in\s+plaats\s+van|allo\s+stesso\s+tempo)\b"
        + @"|\b(?:\d+|two|three|deux|trois|due|tre|dos|tres|duas|zwei|drei|twee|drie)\s+(?:\w+\s+){0,2}(?:d'un\s+coup|en\s+meme\s+temps|insieme|de\s+una\s+vez|de\s+golpe|de\s+uma\s+vez|auf\s+einmal|gleichzeitig|tegelijk|at\s+once)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SeveralAtOnceAsk();

    // A wrapper that asks only for the figure: blanks to fill, "respond only with a number", "just the number",
    // "dose_ldn_mg = ?", in the seven languages.
    [GeneratedRegex(
        @"_{2,}|\bfill\s+in\s+(?:the\s+|these\s+)?(?:blanks?|values?|numbers?|gaps?|amounts?|fields?|\?)|=\s*\?|:\s*\?\s*[,}]|\bcomplete\s+(?:the|this|my)\s+(?:sentence|line|table|form)\b"
        + @"|\b(?:only|just)\s+(?:(?:give|tell|output|say|reply|respond|answer|write|print|type)\w*\s+)?(?:me\s+)?(?:with\s+)?(?:a|the|one)\s+(?:number|figure|numbers|figures)\b"
        + @"|\b(?:one|a\s+single)\s+number\b|\bnumbers?\s+only\b|\bjust\s+(?:give\s+me\s+)?the\s+(?:numbers?|figures?)\b"
        + @"|\bsolo\s+(?:el|un|il|los|i)\s+numer[oi]s?\b|\bnur\s+(?:die|eine)\s+zahl(?:en)?\b|\bjuste\s+(?:le|un|les)\s+(?:chiffres?|nombres?)\b"
        + @"|\bso\s+(?:o|um|os)\s+numeros?\b|\balleen\s+(?:het|een|de)\s+(?:getal|getallen|cijfers?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumbersOnlyAsk();

    // Measuring or preparing a portion of what is named: "how heavy should a portion be", "a level spoon or heaped",
    // "what size syringe", "how do I dry and grind them", "how strong should the tea be", "the right way to cut it".
    [GeneratedRegex(
        @"\bhow\s+(?:big|small|heavy|large|thick)\s+(?:a\s+|an\s+|each\s+|the\s+|my\s+|one\s+)?(?:\w+\s+)?(?:piece|bit|portion|chunk|slice|square|cap|capsule|spoon|scoop|pinch|line|dose|amount)s?\b"
        + @"|\bhow\s+(?:big|small|heavy|large|thick|strong)\s+should\b|\bportion(?:\s+size)?\b|\blevel\s+or\s+heaped\b|\b(?:level|heaped|rounded)\s+(?:tea|table)?spoon"
        + @"|\bwhat\s+size\s+(?:syringe|spoon|scoop|piece|bit|capsule|cap)\b|\bweigh(?:ing)?\s+(?:out|it|them|a|the)\b|\bwithout\s+(?:a\s+|any\s+)?(?:scales?|jewel\w*\s+scales?)\b|\bno\s+scales?\b"
        + @"|\bhow\s+(?:do|to|should|can)\s+(?:i|you|u|we|people)\s+(?:best\s+)?(?:dry|grind|chop|prep|steep|boil|cap|capsule|measure|weigh|lemon\s+tek|toss\s+(?:and|n)\s+wash)\b"
        + @"|\b(?:right|correct|proper|best|easiest|safest)\s+way\s+to\s+(?:cut|split|prep|prepare|dry|grind|weigh|measure|crush|take|use|start)\b|\bhow\s+strong\s+should\b|\bwhat\s+concentration\b"
        + @"|\bis\s+(?:a|one|half\s+a)\s+(?:level\s+|heaped\s+|flat\s+)?(?:teaspoon|tablespoon|spoon|scoop|pinch|cap|capsule|gram)\b[^.?!]{0,30}\b(?:too\s+much|enough|about\s+right|right|ok|okay|safe)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MeasuringOrPreparingAsk();

    // When in the day, and how the amount is spread over it: "before work or after", "skip weekends or every day",
    // "split across the day", "how long between", "the cut-off time at night", "which days do you take it".
    [GeneratedRegex(
        @"\bbefore\s+(?:work|bed|breakfast|dinner|lunch|sleep)\s+or\s+after\b|\bskip\s+(?:the\s+)?weekends?\b|\bevery\s+(?:single\s+)?day\s+or\b|\bor\s+every\s+(?:single\s+)?day\b"
        + @"|\bsplit\s+(?:it\s+|them\s+|my\s+\w+\s+|the\s+\w+\s+)?(?:across|over|into|through)\b|\bhow\s+long\s+between\b|\bcut[\s-]?off\s+time\b|\bwhich\s+days\b|\bon/off\s+(?:pattern|schedule|days)\b"
        + @"|\b(?:all\s+at\s+night|spread\s+(?:it\s+|them\s+)?(?:out|across|over))\b|\bstagger\b|\bonce\s+a\s+week\s+enough\b|\b(?:take|have)\s+(?:my\s+|the\s+)?(?:\w+\s+){0,2}earlier\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhenOrSplitAcrossTheDayAsk();

    // Switching from one thing to another: "what's the equivalent", "how do I convert my amitriptyline to
    // nortriptyline", "going from tramadol to codeine".
    [GeneratedRegex(
        @"\bwhat(?:'s|s|\s+is|\s+would\s+be)?\s+(?:the\s+)?equivalent\b|\bhow\s+(?:do|should|would)\s+(?:i|you|u|we)\s+convert\b|\bconvert\s+(?:it|my|the)\b"
        + @"|\b(?:going|switching|changing|moving|swapping|switch|change|move|swap)\s+from\s+(?:my\s+|the\s+)?\w+\s+to\b[^.?!]{0,40}\b(?:equivalent|how\s+much|how\s+many|what\s+do\s+i|same)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex EquivalentAsk();

    // How to begin with something named: "walk me through my first week on ldn", "full how-to", "how do I go about
    // taking my first micro", "write me a plan for starting duloxetine".
    [GeneratedRegex(
        @"\bwalk\s+me\s+through\b|\bhow-?to\s+for\b|\bfull\s+how-?to\b|\bhow\s+do\s+(?:i|u|you)\s+go\s+about\b|\bplan\s+for\s+(?:starting|taking|beginning)\b"
        + @"|\bhow\s+do\s+(?:i|u)\s+do\s+it\b|\bmy\s+first\s+(?:week|day|time|micro\w*|go)\s+(?:on|with)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowToBeginAsk();

    // Slang for an amount: "amt", "amnt", "a decent bump of", "the ldn numbers", "a good micro of".
    [GeneratedRegex(
        @"\b(?:amt|amnt|amnts)\b|\b(?:decent|good|gd|gud|normal|usual)\s+(?:bump|micro|hit|line)\s+of\b|\b(?:give|gimme|tell)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:\w+\s+)?(?:numbers|figures)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SlangAmountAsk();

    // Half or whole, one or two: "a half or a whole?", "zopiclon eine halbe oder ne ganze?", "mezzo cucchiaino o uno
    // intero?", "reichen zwei oder brauch ich drei", in the seven languages. A count of days, hours or times is not one.
    [GeneratedRegex(
        @"\b(?:half|halbe|halben|halb|mezz[oa]|media|medio|demi|demie|meia|meio|halve)\b[^.?!]{0,25}\b(?:or|oder|o|ou|of)\b[^.?!]{0,15}\b(?:whole|full|ganze?n?|inter[oa]|enter[oa]|entier\w*|inteir[oa]|hele|heel)\b"
        + @"|\b(?:one|two|three|eine?n?|zwei|drei|un[oa]?|due|tre|dos|tres|deux|trois|duas|twee|drie|[1-4])\s+(?:\w+\s+){0,2}(?:or|oder|o|ou|of)\s+(?:brauch\s+ich\s+|do\s+i\s+need\s+|\w+\s+)?"
        + @"(?:two|three|four|zwei|drei|vier|due|tre|quattro|dos|tres|cuatro|deux|trois|quatre|duas|quatro|twee|drie|[2-5])"
        // The pair must end the question or count something taken: "one or two placebo-controlled studies" does not.
        + @"(?:\s*(?:[?.!,]|$)|\s+(?:pills?|tabs?|tablets?|caps|capsules?|drops|mg|g|grams?|of\s+them|compresse|pastillas|comprimid[oa]s|comprimes|tabletten|pillen|gocce|gotas|gouttes|tropfen|druppels|cachets|"
        + @"for|bei|pour|para|per|voor|tonight|heute|stasera|vanavond)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HalfOrWholeAsk();

    // Plain asks in the six other languages: a compound dose word ("Maximaldosis", "Grammzahl", "Startwert"), how many
    // to take now ("ne prendo tre?", "j'en prends deux ?", "me tomo otra?"), where people start ("da dove si parte",
    // "a che dosaggio state"), and a guide from the start ("erklär mir alles", "tutti i passaggi", "desde cero").
    [GeneratedRegex(
        @"\b(?:maximal|standard|tages|hochst|tageshochst|einzel|anfangs|start|einstiegs|erhaltungs|ziel|anfanger)(?:dosis|menge)\b|\bgrammzahl\b|\bstartwert\b|\bmenge\s*\?"
        + @"|\bne\s+prendo\s+(?:due|tre|quattro|un'?altr[ao]|mezz[ao]|una\s+e\s+mezz[ao])\b|\bj'en\s+prends\s+(?:deux|trois|quatre|un\s+autre|une\s+autre)\b|\bme\s+tomo\s+(?:dos|tres|otra|otro|media)\b"
        + @"|\btomo\s+(?:duas|tres|outra|outro|meia)\b|\bneem\s+ik\s+er\s+(?:twee|drie|nog\s+een)\b|\bnehm\w*\s+ich\s+(?:zwei|drei|noch\s+eine)\b"
        + @"|\bda\s+dove\s+(?:si\s+)?part\w*|\ba\s+(?:che|quale?|ke)\s+(?:dose|dosaggio|dosi)\b|\bcon\s+che\s+(?:dose|dosaggio)\b|\bvon\s+wo\s+(?:aus\s+)?(?:startet|beginnt|fangt)\b"
        + @"|\berklar\w*\s+mir\s+alles\b|\bvon\s+anfang\s+an\b|\btutti\s+i\s+passaggi\b|\bpasso\s+passo\b|\bprocedimento\b|\bdesde\s+cero\b|\bda\s+zero\b|\bdesde\s+o\s+inicio\b"
        + @"|\bdepuis\s+le\s+debut\b|\bvanaf\s+(?:nul|het\s+begin)\b|\bguida\s+passo\b|\bmode\s+d'emploi\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguagePlainAsk();

    // Going up or down in the six other languages: "wann erhöh ich", "wie schnell darf ich die Pregabalin erhöhen",
    // "come lo scalo", "salgo a 3?", "je monte à combien", "cuándo subo", "quando aumento", "wanneer verhoog ik".
    [GeneratedRegex(
        @"\b(?:wann|wie\s+schnell|wie\s+langsam|wie)\s+(?:\w+\s+){0,3}(?:erhohe|erhohen|erhoh|steigere|steigern|reduziere|reduzieren|setze|absetzen|einschleichen|einschleiche|runtergehen|runtergeh|obageh)\b|\b(?:nachste|nachsten)\s+erhohung\b"
        + @"|\b(?:come|quando|ogni\s+quanto)\s+(?:lo\s+|la\s+|li\s+|le\s+)?(?:scal\w*|salgo|aument\w*|riduc\w*|dimin\w*)\b|\bsalgo\s+(?:a|comunque|di)\b|\bla\s+discesa\b|\bper\s+scalare\b"
        + @"|\b(?:quand|comment)\s+(?:est-ce\s+que\s+)?(?:je\s+|j')?(?:monte|augmente|baisse|diminue|descends)\b|\bje\s+monte\s+a\b"
        // Not "subo" or "bajo" alone: "cuando subo escaleras" climbs stairs.
        + @"|\b(?:cuando|como)\s+(?:la\s+|lo\s+)?(?:aumento|reduzco|paso\s+a)\b|\b(?:quando|como)\s+(?:eu\s+)?(?:aumento|diminuo|reduzo)\b"
        + @"|\b(?:wanneer|hoe\s+snel|hoe)\s+(?:\w+\s+){0,2}(?:verhoog|verhogen|ophogen|verlaag|verlagen|afbouwen|opbouwen|minderen)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguageChangeAsk();

    // How far apart, in the six other languages: "in welchem Abstand", "wie viel Zeit dazwischen", "Stundenrhythmus",
    // "a che distanza", "ogni 8 ore", "quante volte nelle 24 ore", "à quel intervalle", "cada 8 horas", "om de 8 uur".
    [GeneratedRegex(
        @"\bin\s+welchem\s+(?:abstand|rhythmus|stundenrhythmus)\b|\bwie\s*viel\s+zeit\s+(?:muss\s+)?(?:dazwischen|zwischen)\b|\bstundenrhythmus\b|\bwie\s+lange?\s+am\s+stuck\b"
        + @"|\ba\s+che\s+distanza\b|\bogni\s+\d+\s+ore\b|\bquante\s+volte\b|\bdue\s+volte\s+al\s+giorno\b|\bdiviso\s+in\s+due\b"
        + @"|\ba\s+quel\s+intervalle\b|\btoutes\s+les\s+\d+\s+heures\b|\bcada\s+\d+\s+horas\b|\bde\s+\d+\s+en\s+\d+\s+horas\b|\bom\s+de\s+\d+\s+uur\b"
        + @"|\bhoeveel\s+tijd\s+(?:ertussen|tussen)\b|\bcon\s+que\s+intervalo\b|\bcom\s+que\s+intervalo\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguageIntervalAsk();
    /// <summary>
    /// A short follow-up that asks only what a first-timer would take, in the seven languages: "and for a beginner?", "et
    /// pour quelqu'un qui n'a jamais essayé ?" (round 83, read by the model as a crisis because of "essayé"). Triage reads
    /// it only right after a message about something taken.
    /// </summary>
    public static bool AsksForAFirstTimer(string folded) => ForAFirstTimer().MatchesScreened(folded);

    [GeneratedRegex(
        @"^\W*(?:(?:and|et|y|und|e|en|ok|okay|so|but|mais|pero|aber|ma|maar|what\s+about|and\s+what\s+about|et\s+si\s+c'?est|y\s+si\s+es|e\s+se\s+for|und\s+wenn\s+es|en\s+als\s+het|e\s+se\s+e)\W+)*"
        + @"(?:for|pour|para|pra|fur|voor|per)\s+(?:a\s+|an\s+|un\s+|une\s+|uno\s+|una\s+|einen\s+|eine\s+|een\s+|um\s+|uma\s+|someone\s+|somebody\s+)?"
        + @"(?:(?:total\s+|complete\s+|absolute\s+)?(?:beginner|beginners|newbie|first[\s-]?timer|novice|debutant\w*|principiante\w*|anfanger\w*|iniciante\w*|beginneling|beginnend\w*|neuling|novat[oa])"
        + @"|(?:someone|somebody|a\s+person|quelqu'?un|une\s+personne|alguien|una\s+persona|alguem|uma\s+pessoa|jemand(?:en)?|iemand|qualcuno)\s+(?:who|qui|que|der|die|che)\s+[^.?!]{0,25}\b(?:never|jamais|nunca|nie|nooit|mai)\b)"
        + @"[^.?!]{0,30}[\s?!.]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ForAFirstTimer();
}
