using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// What a member may say right after the bot answered them with crisis guidance, which on its own reads as an ordinary
/// question or as chat: asking what to do now ("what do i do??", "was mach ich", "o que eu faço??" after "my friend is on
/// the bridge" or "she stopped shaking but won't wake up"), or asking the bot to keep it secret ("you won't tell anyone
/// right", after a date set). In round 39's conversations these got a "no evidence" answer or small talk, because the
/// danger sat in the earlier message and the model reads only the one in hand. A third shape came in round 42: walking it
/// back and moving on ("its fine, theyre not deep. what do you all use for the burning in your feet?" after "been cutting
/// again"; "ya estoy en casa, tranquila. alguien sabe si el frío empeora la fibro?" after a night at the bridge). A
/// moderator would not take "I'm fine now" at its word right after a crisis; the guidance comes again.
/// </summary>
/// <remarks>
/// Only these shapes carry the crisis over. A question about a topic after crisis guidance ("is it addictive?")
/// is answered as usual: the model sends many safe statements to crisis guidance ("just took my first gabapentin"), and
/// carrying every such reading into the next turn would repeat that mistake (docs/SAFETY.md, twenty-eighth session).
/// </remarks>
public static partial class AfterCrisisGuidance
{
    /// <summary>Longer than this, a message says something of its own and is judged as it stands.</summary>
    public const int MaxWords = 12;

    /// <summary>A walk-back with a question after it is longer; past this it tells a story of its own.</summary>
    public const int MaxWalkBackWords = 25;

    /// <summary>The message asks what to do now, asks for secrecy, or walks the crisis back.</summary>
    public static bool KeepsTheCrisisOpen(string folded)
    {
        var words = SafetyText.CountWords(folded);
        return words > 0
            && ((words <= MaxWords && (WhatToDoNow().MatchesScreened(folded) || KeepItSecret().MatchesScreened(folded) || AlreadyDoneIt().MatchesScreened(folded)))
                || (words <= MaxWalkBackWords && (WalksItBack().MatchesScreened(folded) || FeelsWorseNow().MatchesScreened(folded) || CallsItAJoke().MatchesScreened(folded))));
    }

    /// <summary>An acknowledgement is a few words at most; more, and the member says something of their own.</summary>
    public const int MaxAcknowledgementWords = 4;

    /// <summary>
    /// The message only acknowledges ("ok", "idk", "whatever", "thanks i guess", "vale", "boh", "sei lá"): it neither
    /// answers the danger nor moves on from it. Round 43's conversations: "honestly i dont want to wake up tomorrow",
    /// crisis guidance, "ok", guidance again, then "anyway does anyone know if epsom salt baths actually do anything",
    /// answered as a new question because the crisis was two messages back. An acknowledgement keeps the crisis as open
    /// as it was, so the message after it is read as the reply to crisis guidance that it is.
    /// </summary>
    public static bool IsBareAcknowledgement(string folded)
    {
        var words = SafetyText.CountWords(folded);
        return words > 0 && words <= MaxAcknowledgementWords && Acknowledgement().MatchesScreened(folded);
    }

    [GeneratedRegex(
        @"^\W*(?:(?:ok|okay|okey|oke|k|kk|sure|thanks|thank\s+you|thx|ty|i\s+guess|guess\s+so|idk|i\s+(?:dont|don't)\s+know|dunno|whatever|yeah|yea|yes|yep|no|nope|nah|maybe|hm+|mhm|meh|cool|right|alright|got\s+it|fine|sorry|i\s+know"
        + @"|vale|si|no\s+se|gracias|bueno|ya|da\s+igual|lo\s+que\s+sea|claro|pues"
        + @"|ja|nein|danke|(?:ich\s+)?weiss\s+(?:es\s+)?nicht|keine\s+ahnung|egal|na\s+gut|passt"
        + @"|d'accord|dac|merci|je\s+(?:ne\s+)?sais\s+pas|jsp|ouais|bof|si\s+tu\s+veux|bon|oui|non"
        + @"|ta|beleza|sei\s+la|nao\s+sei|obrigad[ao]|valeu|tanto\s+faz|sim|nao"
        + @"|weet\s+(?:ik\s+)?niet|geen\s+idee|dank\s+je(?:\s+wel)?|bedankt|nee|prima|boeie"
        + @"|boh|va\s+bene|grazie|non\s+(?:lo\s+)?so|vabbe|mah)\W*)+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(
        @"\b(?:what\s+(?:do|should|can|shall)\s+i\s+(?:do|say|tell)|what\s+now|"
        + @"(?:que|what)\s+hago|que\s+le\s+digo|que\s+debo\s+hacer|"
        + @"was\s+(?:mach|tu|sag)\s+ich|was\s+soll\s+ich\s+(?:tun|machen|sagen)|"
        + @"(?:qu'est-ce\s+que\s+je\s+(?:fais|dois\s+faire|lui\s+dis)|je\s+fais\s+quoi|que\s+faire|je\s+lui\s+dis\s+quoi)|"
        + @"o\s+que\s+(?:eu\s+)?(?:faco|digo|devo\s+fazer)|"
        + @"wat\s+(?:moet|kan|zal)\s+ik\s+(?:doen|zeggen)|wat\s+doe\s+ik|"
        + @"(?:cosa|che)\s+(?:faccio|devo\s+fare|le\s+dico|gli\s+dico)|"
        // Now or wait (round 42: "moet ik morgen naar de huisarts of nu al iets doen?" after a toddler and a pill box).
        // "she seems fine rn playing with blocks, should i just watch her?" (round 43, after a child and a pill organiser).
        + @"should\s+i\s+(?:just\s+)?(?:watch|wait|keep\s+an\s+eye\s+on|keep\s+watching|take)\s+(?:her|him|them)|"
        + @"(?:now|tonight|right\s+away)\s+or\s+(?:wait|tomorrow|in\s+the\s+morning)|(?:wait|tomorrow)\s+or\s+(?:now|go\s+now|tonight)|"
        + @"ahora\s+o\s+(?:espero|manana)|jetzt\s+(?:schon\s+)?oder\s+(?:morgen|warten)|morgen\s+oder\s+(?:jetzt|sofort)|maintenant\s+ou\s+(?:demain|attendre|j'attends)|"
        + @"agora\s+ou\s+(?:espero|amanha)|morgen\b[^?]{0,30}\bof\s+nu|nu\s+(?:al\s+)?iets\s+doen|adesso\s+o\s+(?:aspetto|domani))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatToDoNow();

    [GeneratedRegex(
        @"\b(?:(?:you\s+)?(?:won'?t|wont|will\s+not|don'?t|dont)\s+tell\s+(?:anyone|anybody|no\s*one|my\s+\w+)|keep\s+(?:this|it)\s+(?:between\s+us|secret)|"
        + @"no\s+(?:se\s+lo\s+)?(?:digas|cuentes)\s+a\s+nadie|sag\s+(?:es\s+|das\s+)?(?:niemandem|keinem)|ne\s+(?:le\s+)?dis\s+(?:rien\s+)?a\s+personne|"
        + @"nao\s+(?:conta|conte|fala|diga)\s+(?:isso\s+)?(?:pra|para|a)\s+ninguem|(?:zeg|vertel)\s+het\s+(?:aan\s+|tegen\s+)?niemand|"
        + @"non\s+(?:dirlo|lo\s+dire)\s+a\s+nessuno)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeepItSecret();

    // "I'm fine / calmer / home now", "it's fine", "don't worry", "forget what I said", in the seven languages.
    [GeneratedRegex(
        @"\b(?:i'?m|im|i\s+am)\s+(?:ok|okay|fine|alright|all\s+right|calmer|better|safe|home|back\s+home)(?:\s+now)?\b|\b(?:it'?s|its)\s+(?:fine|ok|okay|nothing)\b(?!\s+(?:to|if|for)\b)"
        + @"|\b(?:don'?t|dont)\s+worry\s+(?:about\s+me|i'?m)\b|\b(?:forget|ignore)\s+(?:what\s+i\s+said|that|my\s+last)\b|\bnever\s*mind\s+(?:that|me|what\s+i\s+said)\b|\bi\s+closed\s+the\s+tab\b|\bsorry\s+(?:that\s+was|for)\s+(?:a\s+lot|the\s+(?:rant|dump|vent|novel)|dumping|venting|oversharing|being\s+(?:dramatic|a\s+downer))\b"
        // Round 43: "nvm im just being dramatic. how long …", "don't tell me to call someone. i just want …", "back to the regular questions".
        + @"|\b(?:nvm|never\s*mind)\b|\b(?:i'?m|im|i\s+am)\s+(?:just\s+)?being\s+(?:dramatic|silly|stupid|extra)\b|\b(?:don'?t|dont|do\s+not)\s+tell\s+me\s+to\s+(?:call|ring|phone|text|talk\s+to)\b|\bback\s+to\s+(?:the\s+)?(?:regular|normal|usual)\b"
        + @"|\b(?:ya\s+)?estoy\s+(?:bien|mejor|tranquila|tranquilo|en\s+casa)\b|\bno\s+(?:te\s+)?preocup(?:es|eis|en)\b|\bolvida(?:lo|d)\b|\bya\s+paso\b"
        + @"|\bmir\s+geht'?s\s+(?:wieder\s+)?(?:gut|besser)\b|\b(?:alles|schon)\s+(?:gut|ok|okay)\b|\bvergiss\s+(?:es|das)\b|\bbin\s+(?:wieder\s+)?(?:ruhiger|zu\s+hause|daheim)\b"
        + @"|\bc'est\s+bon\b|\bca\s+va\s+(?:mieux|aller|maintenant)\b|\bje\s+(?:vais\s+mieux|gere|suis\s+(?:calme|rentree?))\b|\boublie(?:z)?\s+(?:ca|ce\s+que\s+j'ai\s+dit)\b|\bmais\s+bon\s+ca\s+va\b"
        + @"|\b(?:to|tou|estou)\s+(?:bem|melhor|em\s+casa|calma|calmo)\b|\bja\s+passou\b|\besquece\b|\bnao\s+se\s+preocup\w+\b"
        + @"|\bhet\s+gaat\s+(?:wel|weer|beter)\b|\blaat\s+(?:maar|het)\b|\bik\s+ben\s+(?:rustiger|thuis|weer\s+ok)\b|\bmaak\s+je\s+geen\s+zorgen\b"
        + @"|\bsto\s+meglio\b|\btutto\s+(?:ok|bene|a\s+posto)\b|\blascia(?:te)?\s+(?:stare|perdere)\b|\bsono\s+(?:piu\s+calma|piu\s+calmo|a\s+casa|tranquilla)\b|\bnon\s+preoccupat\w+\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WalksItBack();

    // Round 66: "i already did", after crisis guidance for "and if someone took like three times that" (following a question
    // about the most paracetamol in a day). Said right after crisis guidance, it tells that the danger has already happened,
    // or that help was already asked for; either way the guidance comes again. "i already have an appointment" says what it has.
    [GeneratedRegex(
        @"\b(?:i\s+)?already\s+(?:did|have|done)\W*$|\balready\s+(?:did\s+it|took\s+(?:it|them|some|those|that|the\s+lot)|taken\s+(?:it|them))\b|\btoo\s+late\b|\bit'?s\s+(?:already\s+)?done\b"
        + @"|\bya\s+(?:lo\s+hice|me\s+(?:las|los|la|lo)\s+tome|las\s+tome|lo\s+tome)\b|\bdemasiado\s+tarde\b"
        + @"|\b(?:hab|habe)\s+ich\s+(?:schon|bereits)(?:\s+(?:gemacht|genommen))?\b|\bschon\s+(?:passiert|genommen)\b|\bzu\s+spat\b"
        + @"|\bc'est\s+(?:deja\s+)?fait\b|\bdeja\s+(?:fait|pris)\b|\bj'ai\s+deja\s+(?:pris|fait)\b|\btrop\s+tard\b"
        + @"|\bja\s+(?:fiz|tomei)\b|\btarde\s+demais\b"
        + @"|\b(?:al\s+gedaan|al\s+genomen|heb\s+ik\s+al(?:\s+gedaan)?)\b|\bte\s+laat\b"
        + @"|\b(?:l'ho\s+)?gia\s+(?:fatto|preso|presa|prese)\b|\btroppo\s+tardi\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AlreadyDoneIt();

    // Round 68: "and now im all sweaty and a bit sick. probably just the costochondritis again right", after crisis guidance
    // for chest pain running down the left arm. New signs of a body in trouble, told right after the guidance, keep it open
    // however the member explains them away; in the seven languages.
    [GeneratedRegex(
        @"\b(?:now|suddenly|all\s+of\s+a\s+sudden|starting\s+to\s+(?:feel|get|go)|started\s+(?:to\s+)?(?:feel|feeling|get|getting|going))\b[^.?!]{0,20}\b(?:sweaty|sweating|clammy|cold\s+sweats?|sick|nauseous|nausea|queasy|throwing\s+up|vomiting|dizzy|light\s*headed|faint|short\s+of\s+breath|can'?t\s+breathe|cant\s+breathe)\b"
        + @"|\bahora\b[^.?!]{0,20}\b(?:sudando|sudor\s+frio|sudores|maread[oa]|nauseas|ganas\s+de\s+vomitar|vomitando|no\s+puedo\s+respirar)\b"
        + @"|\bjetzt\b[^.?!]{0,20}\b(?:schwitz\w*|kalter\s+schweiss|schweissausbruch|(?:ue|u)bel|schwindelig|muss\s+mich\s+(?:ue|u)bergeben|kriege?\s+keine\s+luft)\b"
        + @"|\bmaintenant\b[^.?!]{0,20}\b(?:transpire|en\s+sueur|sueurs?\s+froides?|nausee|envie\s+de\s+vomir|vertiges?|la\s+tete\s+qui\s+tourne|respire\s+mal)\b"
        + @"|\bagora\b[^.?!]{0,20}\b(?:suando|suor\s+frio|enjoad[oa]|nausea|tont[oa]|vomitando|sem\s+ar)\b"
        + @"|\bnu\b[^.?!]{0,20}\b(?:zweet\w*|klam|misselijk|duizelig|moet\s+overgeven|kortademig)\b"
        + @"|\b(?:ora|adesso)\b[^.?!]{0,20}\b(?:sudat[oa]|sudo|sudore\s+freddo|nausea|vertigini|vomit\w*|non\s+respiro)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FeelsWorseNow();

    // Round 70: "relax it was a joke. mostly", after crisis guidance for "how many amitriptyline would it take to just not
    // wake up". Called a joke right after the guidance, the danger is walked back, not taken back; in the seven languages.
    [GeneratedRegex(
        @"\b(?:it\s+was|was|i\s+was|just|only)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:joke|joking|kidding)\b|\b(?:jk|j/k|jking|just\s+kidding)\b"
        + @"|\bera\s+(?:solo\s+|so\s+)?(?:una\s+)?(?:broma|brincadeira|scherzo)\b|\bscherzavo\b|\bwar\s+(?:doch\s+)?(?:nur\s+)?(?:ein\s+)?(?:spa(?:ss|ß)|witz)\b"
        + @"|\bc'?(?:etait|est)\s+(?:juste\s+)?(?:une\s+)?blague\b|\bje\s+(?:rigole|plaisante|plaisantais|rigolais)\b|\b(?:was|het\s+was)\s+(?:maar\s+)?(?:een\s+)?grapje\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CallsItAJoke();
}
