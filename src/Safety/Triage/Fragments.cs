using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message is a fragment that continues an earlier message: a few words that open with "and",
/// "or", "what about" or "what if", in the seven languages ("and on a bad flare day?", "y para mi madre?", "und wenn
/// das nicht reicht?", "e pro meu filho?"). Such a message asks nothing on its own; what it asks depends on what came
/// before it.
/// </summary>
/// <remarks>
/// The training data holds about 1,600 dosing follow-ups written as they arrive after a dose question, each labelled
/// dosing without its context, so the model reads almost any "and …?" as a dose request. After something taken that is
/// right, and the follow-up bars judge it. Anywhere else (the first message of a conversation, or after a question
/// about walking) the same fragment is refused for its shape alone.
/// </remarks>
public static partial class Fragments
{
    /// <summary>A continuation longer than this is a question of its own, and is judged as one.</summary>
    public const int MaxWords = 8;

    public static bool IsContinuation(string folded)
    {
        if (folded.Length == 0 || SafetyText.CountWords(folded) > MaxWords)
        {
            return false;
        }

        return Opening().MatchesScreened(folded);
    }

    /// <summary>
    /// A short question that refers back with a pronoun, or a continuation: "is it legal in the UK?", "are they
    /// addictive?", "was macht das mit der Leber?". Only the pronouns that cannot be articles count in the other languages.
    /// </summary>
    public static bool PointsBack(string folded) =>
        folded.Length > 0 && SafetyText.CountWords(folded) <= MaxPointingBackWords && (IsContinuation(folded) || Pronoun().MatchesScreened(folded));

    /// <summary>
    /// A continuation that asks about another use of the same thing: "and what about for sleep specifically?", "e pra dor
    /// crônica?" (round 88, after a question about what the evidence says). It names a condition or a symptom, not a person,
    /// a weight or an amount; read only when the previous message was not refused as a dose ask, since after "how much
    /// melatonin for pain?" the same "and for sleep?" asks the amount for sleep.
    /// </summary>
    public static bool AsksAboutAnotherUse(string folded) => IsContinuation(folded) && AnotherUse().MatchesScreened(folded);

    [GeneratedRegex(
        @"\b(?:for|para|pra|pro|fur|bei|pour|contre|voor|bij|tegen|per|contro|contra|gegen)\s+(?:the\s+|la\s+|a\s+|o\s+|os\s+|el\s+|los\s+|le\s+|les\s+|de\s+|het\s+|il\s+|lo\s+|die\s+|den\s+|der\s+)?(?:\w+\s+)?"
        + @"(?:sleep|insomnia|fatigue|tiredness|energy|brain\s+fog|fog|depression|anxiety|mood|migraines?|headaches?|ibs|arthritis|ptsd|pain|chronic\s+pain|nerve\s+pain|back\s+pain|stiffness|cramps"
        + @"|dor|dores|dolor|dolores|schmerz\w*|douleurs?|pijn|dolore|dolori|sono|sueno|schlaf\w*|sommeil|slaap|insonia|insomnio|schlaflosigkeit|insomnie|slapeloosheid|insonnia"
        + @"|fadiga|cansaco|fatiga|cansancio|mudigkeit|erschopfung|vermoeidheid|stanchezza|affaticamento|nevoa\s+mental|niebla\s+mental|brainfog|brouillard|hersenmist|nebbia"
        + @"|depressao|depresion|depressionen|depressie|depressione|ansiedade|ansiedad|angst|angstzustande|anxiete|ansia|migraine|migrana|migranea|emicrania|cefaleia|hoofdpijn|kopfschmerz\w*)\b"
        // An adjective after the noun ("dor crônica", "douleur chronique"), but not a dose word.
        + @"(?:\s+(?!(?:dose|doses|dosis|dosage|amount|mg|dosi|dosering)\b)\w+)?"
        + @"(?:\s+(?:specifically|in\s+particular|then|too|as\s+well|tambem|tambien|auch|aussi|ook|anche))?\s*\??\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnotherUse();

    /// <summary>A message longer than this that names nothing taken has moved on to a subject of its own.</summary>
    public const int MaxPointingBackWords = 12;

    [GeneratedRegex(
        @"\b(?:it|its|it'?s|them|they|those|these|that|this|"
        + @"eso|esto|ello|tomarlo|tomarla|tomarlos|"
        + @"davon|damit|dazu|dies|"
        + @"ca|cela|ceci|"
        + @"isso|isto|disso|nisso|"
        + @"ervan|ermee|daarvan|"
        + @"questo|quello|cio)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    // An optional "ok", "so" or "but" first, then the word that joins the message to an earlier one.
    [GeneratedRegex(
        @"^\W*(?:(?:ok(?:ay)?|oke|so|but|alright|vale|bueno|pues|bon|alors|mais|na\s+gut|gut|also|aber|ta|entao|mas|maar|allora|ma|dunque)\W+)?"
        + @"(?:and|or|what\s+about|how\s+about|what\s+if|and\s+if|"
        + @"y|o|y\s+si|que\s+tal|"
        + @"und|oder|und\s+wenn|was\s+ist\s+mit|"
        + @"et|ou|et\s+si|et\s+pour|"
        + @"e|e\s+se|"
        + @"en|of|en\s+als|"
        + @"e\s+per|e\s+invece)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>
    /// The message opens by saying it changes the subject ("ok different thing, how long do i boil an egg so the yolk stays
    /// runny" after a question about LDN, round 68): what it asks is not an amount of the previous subject, so the follow-up
    /// reading does not lend it that subject. Something taken named in the message itself is still read as usual.
    /// </summary>
    public static bool ChangesTheSubject(string folded) => SubjectChange().MatchesScreened(folded);

    [GeneratedRegex(
        @"^\W*(?:(?:ok(?:ay)?|oke|so|but|alright|anyway|anyways|also|oh|btw|vale|bueno|pues|bon|alors|na\s+gut|ta|entao|nou|allora|ah)\W+){0,2}"
        + @"(?:(?:a\s+|(?:totally|completely|slightly|kinda|kind\s+of)\s+)?(?:different|other|unrelated|random|new|separate)\s+(?:thing|question|topic|subject|q|one)|on\s+(?:a|an)\s+(?:different|other|unrelated|separate)\s+note|on\s+another\s+note|off\s+topic|changing\s+(?:the\s+)?subject|change\s+of\s+subject|unrelated"
        + @"|otra\s+cosa|otra\s+pregunta|cambiando\s+de\s+tema|cambio\s+de\s+tema|nada\s+que\s+ver"
        + @"|(?:ganz\s+)?(?:was|etwas)\s+anderes|andere\s+frage|anderes\s+thema|themawechsel|ganz\s+andere\s+frage"
        + @"|autre\s+chose|autre\s+question|rien\s+a\s+voir|changement\s+de\s+sujet|pour\s+changer\s+de\s+sujet"
        + @"|outra\s+coisa|outra\s+pergunta|mudando\s+de\s+assunto|nada\s+a\s+ver"
        + @"|iets\s+anders|andere\s+vraag|ander\s+onderwerp|los\s+daarvan"
        + @"|altra\s+cosa|altra\s+domanda|cambiando\s+argomento|cambio\s+argomento|non\s+c'?entra\s+niente)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubjectChange();
}
