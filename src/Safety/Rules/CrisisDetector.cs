using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>The kind of crisis a message signals; <see cref="None"/> when it signals none.</summary>
public enum CrisisCategory
{
    None,
    Suicide,
    SelfHarm,
    Overdose,
    Emergency,
}

public sealed record CrisisAssessment(bool IsCrisis, CrisisCategory Category)
{
    public static CrisisAssessment NoCrisis { get; } = new(false, CrisisCategory.None);

    /// <summary>The category as it appears in logs and the answer contract: suicide, selfHarm, overdose, emergency.</summary>
    public string? CategoryName => Category switch
    {
        CrisisCategory.Suicide => "suicide",
        CrisisCategory.SelfHarm => "selfHarm",
        CrisisCategory.Overdose => "overdose",
        CrisisCategory.Emergency => "emergency",
        _ => null,
    };
}

/// <summary>
/// Recognises messages that need crisis guidance instead of an FAQ answer: suicidal thoughts (direct or
/// indirect), self-harm, an overdose or poisoning that has happened, and emergency symptoms, in English,
/// Spanish, German, French, Portuguese and Dutch.
/// </summary>
/// <remarks>
/// Recall matters more than precision here, so the rules lean towards guidance; they hold back only where a
/// message is plainly informational or idiomatic. Decisions, mirrored in tests/data/safety:
/// "this pain is killing me" (the pain is the subject) is pain talk, not a crisis; a question about overdose
/// risk is informational, "I overdosed" is a crisis; a research question about suicide rates is informational,
/// a request for a crisis line gets the crisis reply. Emergency symptoms count when they are happening to
/// someone, not when asked about in general ("does fibromyalgia cause chest pain?").
/// </remarks>
public static partial class CrisisDetector
{
    public static CrisisAssessment Classify(string? message) => ClassifyNormalized(SafetyText.Normalize(message));

    /// <summary>The same decision on text already folded by <see cref="SafetyText.Normalize"/>, so triage folds a message once.</summary>
    internal static CrisisAssessment ClassifyNormalized(string text) =>
        ClassifyNormalized(text, pastRemoved: false) is var assessment && assessment.Category == CrisisCategory.Overdose
            && OutOfScopeAsks.AsksAboutAnAnimal(text) && !TheyTookSomeToo().MatchesScreened(text)
            // "my dog just ate one of my pregabalin capsules off the floor, do i need to call the vet" (round 86): an animal's
            // mishap, for a vet; the overdose rules were written for people.
            ? CrisisAssessment.NoCrisis
            : assessment;

    [GeneratedRegex(@"\b(?:i|me)\s+(?:too|also|as\s+well)\b|\bi\s+(?:also\s+)?(?:took|swallowed|had|ate)\b|\bso\s+did\s+i\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheyTookSomeToo();

    private static CrisisAssessment ClassifyNormalized(string text, bool pastRemoved)
    {
        if (text.Length == 0)
        {
            return CrisisAssessment.NoCrisis;
        }

        // A crisis told as past and over: the rules read what is left (CrisisDetector.PastCrises), once. A mistake seen and
        // found fine may name no past time, and then what is left is the whole message.
        if (!pastRemoved && TellsAPastCrisisAsOver(text))
        {
            return ClassifyNormalized(WithoutThePast(text), pastRemoved: true);
        }

        var informational = InformationalFrame().MatchesScreened(text) && !FirstPersonEvent().MatchesScreened(text);
        // "not suicidal, just fed up" names the word to rule it out: the word alone then decides nothing, and the
        // learned model (which reads the whole message) still can.
        var wordCounts = SuicideWord().MatchesScreened(text) && !informational && !(AsksAboutTheWord().MatchesScreened(text) && !FirstPersonEvent().MatchesScreened(text))
            && SuicideWord().Count(text) > DeniedSuicideWord().Count(text);
        if (Suicide().MatchesAnyBranch(text) || OtherLanguageSuicide().MatchesAnyBranch(text) || PassiveIdeation().MatchesAnyBranch(text) || wordCounts
            || WelcomeAccident().MatchesAnyBranch(text) || TakingEverythingTonight().MatchesScreened(text) || NoOneWillHaveToWorry().MatchesScreened(text)
            || (Stockpiling().MatchesScreened(text) && TakenThings.AreNamedIn(text))
            || (GivingAwayTheirThings().MatchesScreened(text) && WorryOrThanksForEverything().MatchesScreened(text))
            || (AnAmountAskedOrSaved().MatchesScreened(text) && Finality().MatchesScreened(text))
            || (ReasonWithheld().MatchesScreened(text) && (TakenThings.AreNamedIn(text) || DangerWord().MatchesScreened(text)))
            || ElectricalApplianceInTheBath().MatchesScreened(text) || AnAttemptThatFailed().MatchesScreened(text) || CrashingTheCarOnPurpose().MatchesScreened(text)
            || AGentleWayToGo().MatchesScreened(text) || OnTheRoofOrABridgeNow().MatchesScreened(text) || GoodbyeForever().MatchesScreened(text) || AFarewellWithItsTime().MatchesScreened(text)
            || AMeansMadeReady().MatchesScreened(text) || AFloorHighEnough().MatchesScreened(text) || NoOneThereToStopThem().MatchesScreened(text)
            || LettersLeftForAfter().MatchesScreened(text) || HowLongBeforeOneGoes().MatchesScreened(text) || NotWakingWouldBeFine().MatchesScreened(text)
            || UnderATrain().MatchesScreened(text) || (JumpingFromAHeight().MatchesScreened(text) && PainOrExhaustion().MatchesScreened(text)) || LettingThePainKillThem().MatchesScreened(text) || OnlyThingKeepingThemHere().MatchesScreened(text) || IfIDieAtLeast().MatchesScreened(text) || LookingForAHighPlace().MatchesScreened(text)
            || TellsAMeansAPlanOrAMoment(text))
        {
            return new CrisisAssessment(true, CrisisCategory.Suicide);
        }

        if ((SelfHarm().MatchesAnyBranch(text) || HurtsThemselvesOnPurpose().MatchesScreened(text) || GoesWithoutFoodOrWaterOnPurpose().MatchesScreened(text)) && !informational)
        {
            return new CrisisAssessment(true, CrisisCategory.SelfHarm);
        }

        // "two years ago my toddler swallowed one of my capsules, poison control said low risk" is a story told calmly; the
        // model still reads it whole.
        var pastAndResolved = ResolvedSince().MatchesScreened(text) && LongAgo().MatchesScreened(text);
        if (pastAndResolved)
        {
            return CrisisAssessment.NoCrisis;
        }

        if (Overdose().MatchesScreened(text) || OverdoseFeeling().MatchesScreened(text) || SwallowedMedicine().MatchesScreened(text)
            || (SwallowedAllOrSome().MatchesScreened(text) && TakenThings.AreNamedIn(text))
            || (SlowedDown().MatchesScreened(text) && TakenThings.AreNamedIn(text)) || SwallowedAnUnknownNumber().MatchesScreened(text) || AChildAndPillsMissing().MatchesScreened(text)
            || (AChildGotIntoItPartEmpty().MatchesScreened(text) && TakenThings.AreNamedIn(text)))
        {
            return new CrisisAssessment(true, CrisisCategory.Overdose);
        }

        // A question about the symptom in general silences the rule only when nothing is happening now.
        if ((Emergency().MatchesAnyBranch(text) && !((GeneralQuestion().MatchesScreened(text) || AsksWhatCanCauseIt().MatchesScreened(text)) && !HappeningNow().MatchesScreened(text)))
            || BelievesTheyCanFly().MatchesScreened(text))
        {
            return new CrisisAssessment(true, CrisisCategory.Emergency);
        }

        return CrisisAssessment.NoCrisis;
    }

    // Round 38 (crises beside look-alikes, short messages, English conversations): thinking of driving into a tree; a
    // painless way "to go"; on a roof or a bridge now; goodbye for ever in the seven languages; a farewell that names its
    // time ("tonight's the night. love you all x", "plan is set for friday. love u all").
    [GeneratedRegex(
        @"\b(?:think\w*|thought|fantasi[sz]\w*|imagin\w*|tempted|want\w*)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:driving|crashing|swerving|steering|veering)\s+(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:a|the)\s+"
        + @"(?:tree|wall|lorry|truck|bridge|river|oncoming|barrier|cliff|lake|motorway|pillar)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CrashingTheCarOnPurpose();

    [GeneratedRegex(
        @"\b(?:painless|peaceful|gentle|quick|easy)\s+way\s+(?:to\s+go|to\s+end\s+(?:it|things)|out)\b(?!\s+(?:to|of\s+(?:the|this)\s+(?:house|building|car|bath)|for\s+(?:the|a)\s+day))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AGentleWayToGo();

    [GeneratedRegex(
        @"\b(?:i'?m|im|i\s+am)\s+(?:up\s+)?on\s+(?:the|a|an)\s+(?:roof|rooftop|bridge|ledge|overpass)\b(?!\s+(?:terrace|garden|bar|deck))"
        // Round 39: "estoy arriba del puente de la costanera", "tô em cima do viaduto da marginal agora".
        + @"|\b(?:estoy|toy)\s+(?:en\s+(?:la\s+|el\s+)?|arriba\s+de(?:l|\s+la)\s+|encima\s+de(?:l|\s+la)\s+)(?:azotea|cornisa|puente|viaducto)\b"
        + @"|\b(?:ich\s+)?(?:steh\w*|sitz\w*|bin)\s+(?:gerade\s+)?auf\s+(?:dem|der)\s+(?:dach|\w*brucke)\b|\bje\s+suis\s+sur\s+(?:le\s+toit|le\s+pont|la\s+corniche|le\s+viaduc)\b"
        + @"|\b(?:estou|to|tou)\s+(?:no|na|em\s+cima\s+d[oa])\s+(?:telhado|terraco\s+do\s+predio|ponte|viaduto)\b|\bik\s+(?:sta|zit)\s+op\s+(?:het\s+dak|de\s+brug|het\s+viaduct)\b"
        + @"|\bsono\s+(?:sul\s+tetto|sul\s+ponte|sul\s+cornicione|sul\s+viadotto)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OnTheRoofOrABridgeNow();

    [GeneratedRegex(
        @"\b(?:tschuss|tschau|servus|ciao|adios|adeus|tchau|au\s+revoir|adieu|salut|doei|dag|bye|goodbye|farewell)\s+(?:\w+\s+)?(?:fur\s+immer|para\s+siempre|para\s+sempre|pour\s+toujours|voor\s+altijd|per\s+sempre|forever)\b"
        // "adiós para siempre a los tacones" says goodbye to something.
        + @"(?!\s+(?:a|to|al|aux|an|aan|ai|alle|ao|aos|as|la|le|les|el|los|las|den|die|der|dem|het|de|il|lo|gli|i|o|os|my|mi|mes)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex GoodbyeForever();

    [GeneratedRegex(
        @"\b(?:tonight'?s\s+the\s+night|(?:the\s+)?plan\s+is\s+(?:set|made|ready|in\s+place)|it'?s\s+decided|this\s+is\s+it|i'?ve\s+(?:made\s+up\s+my\s+mind|decided)"
        // Round 41: "ready to go. love u all"; ready to go somewhere or out is not a farewell.
        + @"|(?:i'?m\s+|im\s+)?ready\s+to\s+go(?!\s+(?:to|out|on|for|home|back|in|into|shopping|now\s+to)\b))\b"
        + @"[^?]{0,60}\b(?:love\s+(?:you|u|ya)\s+all|goodbye|bye\s+(?:all|everyone)|thank\s+you\s+for\s+everything|thanks\s+for\s+everything)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AFarewellWithItsTime();

    // Round 41 (English and six other languages, crises beside look-alikes): the means and the note made ready ("tablets and
    // letter are ready", "bought a rope today. telling you so someone knows").
    [GeneratedRegex(
        @"\b(?:pills|tablets|meds|tabs|capsules)\s+(?:and|&|\+)\s+(?:the\s+|my\s+)?(?:letter|letters|note|notes)\s+(?:are\s+|all\s+)?(?:ready|sorted|written|done|laid\s+out)\b"
        + @"|\b(?:letter|letters|note|notes)\s+(?:and|&|\+)\s+(?:the\s+|my\s+)?(?:pills|tablets|meds|tabs|capsules)\s+(?:are\s+|all\s+)?(?:ready|sorted|laid\s+out)\b"
        + @"|\b(?:bought|got|buying|ordered)\s+(?:a|some|the)\s+rope\b(?!\s+(?:for|to|swing|ladder|light|lights|toy|bag|basket)\b)(?=[^.?!]{0,15}(?:[.?!]|$|\s+(?:today|yesterday|tonight|now)\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AMeansMadeReady();

    // Years or months ago, in the seven languages (round 42: a past scare told calmly).
    [GeneratedRegex(
        @"\b(?:\d+|a\s+few|two|three|four|five|six|several|many)\s+(?:years?|months?)\s+ago\b|\blast\s+(?:year|summer|winter|spring|autumn)\b"
        + @"|\bhace\s+(?:\w+\s+)?(?:anos|meses)\b|\bil\s+y\s+a\s+(?:\w+\s+)?(?:ans|mois)\b|\bvor\s+(?:\w+\s+)?(?:jahren|monaten)\b|\b(?:ha|faz)\s+(?:\w+\s+)?(?:anos|meses)\b"
        + @"|\b(?:jaar|maanden)\s+geleden\b|\b(?:anni|mesi)\s+fa\b|\bvorig\s+jaar\b|\bl'anno\s+scorso\b|\bl'annee\s+derniere\b|\bletztes\s+jahr\b|\bel\s+ano\s+pasado\b|\bano\s+passado\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LongAgo();

    // And it ended well: "low risk", "she was fine", "rien de grave", "tutto a posto".
    [GeneratedRegex(
        @"\b(?:low\s+risk|(?:she|he|they|i|we)\s+(?:was|were)\s+(?:fine|ok|okay)|all\s+(?:fine|clear|ok)|nothing\s+serious|turned\s+out\s+(?:fine|ok)"
        + @"|rien\s+de\s+grave|nada\s+grave|ninguna\s+secuela|nichts\s+passiert|alles\s+gut\s+gegangen|alles\s+(?:is|ging)\s+goed"
        + @"|nao\s+foi\s+nada|tutto\s+a\s+posto|niente\s+di\s+grave)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ResolvedSince();

    // Letters left for the family with a will or "for when it's time" (round 42, buried in a long first post: "wrote a letter
    // to each of them and put them in the drawer with my will so they're easy to find when it's time").
    [GeneratedRegex(
        @"\b(?:wrote|written|writing|write|left)\s+(?:a\s+|the\s+)?(?:letter|letters|note|notes)\s+(?:to|for)\s+(?:each\s+of\s+them|my\s+(?:kids|children|son|sons|daughter|daughters|husband|wife|partner|family|mum|mom|mam|dad|parents|sister|brother|girls|boys|grandkids)|every\s*one|the\s+kids|them\s+all)\b(?!')"
        + @"[^?]{0,100}\b(?:with\s+my\s+will|when\s+it'?s\s+time|when\s+i'?m\s+gone|for\s+after|just\s+in\s+case|be\s+(?:ok|okay|fine|better)\s+without\s+me|in\s+case\s+i\s+(?:don'?t|dont|do\s+not|never)\s+wake\s+up|so\s+(?:they'?d|they\s+would|they'?ll|they\s+will)\s+understand(?:\s+after\w*)?|(?:they'?ll|they'?d)\s+understand\s+after\w*)\b"
        // The will first, then notes tucked in for the family (round 43: "i wrote my will today and tucked notes in with
        // the kids' birthday cards for this year. feel weirdly calm").
        + @"|\b(?:wrote|made|signed|finished|did)\s+my\s+will\b[^?]{0,80}\b(?:notes?|letters?)\b[^?]{0,60}\b(?:kids|children|family|husband|wife|partner|son|daughter|grandkids)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LettersLeftForAfter();

    // Round 50 (tuning data): not waking up tomorrow would be fine, said in passing in a long vent that goes on to a question
    // ("si mañana no me despierto tampoco pasaría nada, al menos dejaría de doler 😂"). Not waking in time ("if i don't wake
    // up at 7 the day is gone") names no welcome and is not matched. Round 87: spoken French drops the "ne" ("si demain je me
    // réveille pas ce serait un soulagement").
    private const string NotWaking =
        @"(?:if\s+i\s+(?:just\s+|simply\s+)?(?:don'?t|dont|didn'?t|didnt|do\s+not|did\s+not|never|wouldn'?t)\s+wake\s+up(?!\s+(?:at|in\s+time|on\s+time|early|before|till|until|for))"
        + @"|si\s+(?:manana\s+|un\s+dia\s+)?no\s+(?:me\s+)?(?:despierto|despertara|despertase|desperto)|se\s+(?:eu\s+)?(?:amanha\s+)?nao\s+(?:acordar|acordasse)"
        + @"|wenn\s+ich\s+(?:morgen\s+|einfach\s+)?nicht\s+(?:mehr\s+)?aufwach(?:e|en\s+w(?:u|ue)rde)|si\s+(?:demain\s+)?je\s+(?:ne\s+)?me\s+reveill(?:e|ais)\s+(?:pas|plus)"
        + @"|als\s+ik\s+(?:morgen\s+|gewoon\s+)?niet\s+(?:meer\s+)?wakker\s+(?:word|zou\s+worden|werd)|se\s+(?:domani\s+)?non\s+mi\s+svegli(?:o|assi|ero))";

    // Waking in time or early: "si no me despierto temprano", "wenn ich nicht rechtzeitig aufwache".
    private const string NotInTime =
        @"(?!\s+(?:a\s+tiempo|temprano|a\s+las|cedo|a\s+tempo|as\s+\d|rechtzeitig|fruh|um\s+\d|a\s+temps|tot|a\s+\d|op\s+tijd|vroeg|om\s+\d|in\s+tempo|presto|alle\s+\d|too\s+early|early|in\s+time|on\s+time|at\s+\d|before|until|till))";

    private const string WouldBeFine =
        @"(?:(?:would|'d|will|it'?d)\s+(?:be\s+)?(?:ok|okay|fine|alright|all\s+right|a\s+relief|a\s+blessing|no\s+(?:big\s+)?(?:deal|loss))|wouldn'?t\s+(?:mind|care|be\s+(?:so\s+)?bad)|nothing\s+would\s+(?:happen|change)|who\s+would\s+(?:care|notice)"
        + @"|(?:no|tampoco)\s+pasaria\s+nada|me\s+daria\s+igual|(?:estaria|seria)\s+(?:bien|un\s+alivio)|no\s+me\s+importaria|nadie\s+(?:lo\s+)?notaria"
        + @"|(?:nao|nem)\s+(?:ia\s+)?(?:fazer|faria)\s+(?:falta|diferenca)|(?:nem|nao)\s+ia\s+achar\s+ruim|tudo\s+bem|seria\s+um\s+alivio|nao\s+me\s+importaria|tanto\s+faz"
        + @"|w(?:a|ae)re\s+(?:es\s+)?(?:auch\s+)?(?:ok|okay|nicht\s+schlimm|egal|in\s+ordnung|eine\s+erlosung)|w(?:a|ae)re\s+mir\s+(?:egal|recht)|(?:wurde|wuerde)\s+(?:das\s+)?(?:keiner|niemand)\s+merken"
        + @"|(?:ce\s+ne\s+serait|ce\s+serait|ca\s+serait)\s+pas\s+(?:si\s+)?grave|(?:ce\s+serait|ca\s+serait)\s+(?:un\s+soulagement|une\s+delivrance)|tant\s+pis|ca\s+m'?irait|ca\s+me\s+derangerait\s+pas|personne\s+ne\s+(?:s'en\s+)?(?:rendrait\s+compte|remarquerait)"
        + @"|(?:is|zou|was)\s+(?:het\s+)?(?:ook\s+)?(?:niet\s+erg|prima|goed|ok)|maakt\s+(?:het\s+)?(?:me\s+)?niet\s+(?:zoveel\s+)?uit"
        + @"|(?:non\s+)?(?:sarebbe|importerebbe|cambierebbe)\s+(?:niente|nulla|un\s+sollievo|grave)|non\s+sarebbe\s+(?:un\s+)?(?:male|dramma)|pazienza|andrebbe\s+bene)";

    [GeneratedRegex(@"\b" + NotWaking + NotInTime + @"\b[^.?!]{0,50}\b" + WouldBeFine + @"(?:\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NotWakingWouldBeFine();

    // Round 50 (tuning data): lying down or throwing oneself in front of or under a train, in the seven languages ("lol als
    // deze flare nog een week duurt ga ik gewoon voor de trein liggen 😂"). Jumping in front of something is in Suicide.
    [GeneratedRegex(
        @"\b(?:lie|lay|lying|laying)\s+(?:down\s+)?(?:(?:in\s+front\s+of|under)\s+(?:a|the)\s+(?:train|bus|truck|lorry)|on\s+the\s+(?:tracks|railway|rails))\b"
        + @"|\bthrow\w*\s+myself\s+(?:in\s+front\s+of|under)\s+(?:a|the)\s+(?:train|bus|truck|lorry)\b"
        + @"|\b(?:tirarme|echarme|lanzarme|botarme)\s+(?:a|al|delante\s+del?|debajo\s+del?|bajo)\s+(?:un\s+|el\s+)?(?:tren|metro|camion|autobus)\b"
        + @"|\bvor\s+(?:den|einen)\s+(?:zug|bus|lkw|laster)\s+(?:werfen|springen|legen|schmeissen|laufen)\b|\b(?:mich|ich\s+mich)\s+vor\s+(?:den|einen)\s+(?:zug|bus|lkw)\b"
        + @"|\b(?:me\s+jeter|sauter|m'?allonger|me\s+coucher)\s+(?:sous|devant)\s+(?:un|le)\s+(?:train|metro|camion|bus)\b"
        + @"|\b(?:me\s+jogar|pular|deitar)\s+(?:na\s+frente\s+d[oe]|debaixo\s+d[oe]|embaixo\s+d[oe]|para\s+debaixo\s+d[oe])\s+(?:um\s+)?(?:trem|comboio|metro|onibus|caminhao)\b"
        + @"|\bvoor\s+(?:de|een)\s+(?:trein|bus|vrachtwagen)\s+(?:gaan\s+)?(?:liggen|springen|lopen|gooien)\b"
        + @"|\b(?:buttarmi|gettarmi|lanciarmi|sdraiarmi|mi\s+(?:butto|getto|lancio|sdraio|butterei|getterei))\s+(?:sotto|davanti\s+a)\s+(?:un|il|al)\s+(?:treno|metro|camion|autobus|tram)\b"
        // Round 64: "mi butto sotto un treno", "me tiro/me echo a las vías", "je me jette sous un train" in the present.
        + @"|\b(?:me\s+(?:tiro|echo|lanzo|boto)\s+(?:a|al|delante\s+del?|debajo\s+del?|bajo)\s+(?:un\s+|el\s+)?(?:tren|metro|camion|autobus)|je\s+me\s+(?:jette|couche)\s+(?:sous|devant)\s+(?:un|le)\s+(?:train|metro|camion|bus)|eu\s+me\s+jogo\s+(?:na\s+frente|debaixo|embaixo)\s+d[oe]\s+(?:um\s+)?(?:trem|comboio|metro|onibus))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnderATrain();

    // Round 52 (tuning data): jumping from a balcony, a roof, a bridge or a window in the six other languages ("haha als
    // deze flare nog een week duurt spring ik van het balkon 🙃"); English has "jump off" in Suicide. The same words are a
    // joke about a neighbour's drill or an alarm clock in our dev and unused data ("als die buurman nog 1x gaat boren spring
    // ik van het balkon 🙄 haha"), so the rule counts only beside the pain or exhaustion that drives it (PainOrExhaustion).
    [GeneratedRegex(
        @"\bspring\w*\s+(?:ik\s+|je\s+)?(?:gewoon\s+|wel\s+|maar\s+)?(?:van|vanaf|uit)\s+(?:het|de|een|mijn)\s+(?:balkon|dak|flat|brug|raam|toren)\b"
        + @"|\b(?:tirarme|lanzarme|aventarme|botarme|saltar)\s+(?:(?:del|de\s+un|desde\s+el|desde\s+un|por\s+el|por\s+la)\s+)(?:balcon|puente|edificio|techo|tejado|azotea|ventana|quinto|piso)\b"
        + @"|\b(?:spring\w*|stuerz\w*|sturz\w*)\s+(?:ich\s+)?(?:mich\s+)?(?:einfach\s+)?(?:vom|von\s+der|von\s+einer|von\s+einem|aus\s+dem)\s+(?:balkon|brucke|bruecke|dach|hochhaus|fenster|turm)\b"
        + @"|\b(?:sauter|sauterai|saute|me\s+jeter|me\s+jetterai|me\s+balancer)\s+(?:du|d'un|d'une|par\s+la|de\s+la|depuis\s+le)\s+(?:balcon|pont|toit|fenetre|immeuble|falaise)\b"
        + @"|\b(?:pular|pulo|me\s+jogar|me\s+jogo|me\s+atirar)\s+(?:da|do|de\s+uma|de\s+um|pela)\s+(?:varanda|ponte|predio|janela|sacada|telhado|viaduto)\b"
        + @"|\b(?:buttarmi|mi\s+butto|gettarmi|mi\s+getto|lanciarmi|saltare)\s+(?:giu\s+)?(?:dal|da\s+un|dalla|da\s+una|dal\s+mio)\s+(?:balcone|ponte|tetto|finestra|palazzo|terrazzo|viadotto)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex JumpingFromAHeight();

    [GeneratedRegex(
        @"\b(?:pain|flare\w*|fibro\w*|pijn|dolor\w*|schmerz\w*|douleur\w*|dor|dores|dolore|dolori|kan\s+niet\s+meer|no\s+puedo\s+mas|kann\s+nicht\s+mehr"
        + @"|n'?en\s+peux\s+plus|nao\s+aguento|non\s+ce\s+la\s+faccio|can'?t\s+(?:take|do)\s+(?:it|this)\s+any\s*more"
        // Round 53: not knowing what to do any more ("nee serieus ik weet het echt niet meer").
        + @"|weet\s+het\s+(?:echt\s+)?niet\s+meer|weis{1,2}\s+(?:echt\s+)?nicht\s+mehr\s+weiter|ya\s+no\s+se\s+que\s+hacer|(?:je\s+)?(?:ne\s+)?sais\s+plus\s+quoi\s+faire"
        + @"|nao\s+sei\s+mais\s+o\s+que\s+fazer|non\s+so\s+piu\s+cosa\s+fare|don'?t\s+know\s+what\s+to\s+do\s+any\s*more)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PainOrExhaustion();

    // Round 53 (tuning data): the idiom taken at its word ("this pain is killing me lol. no but actually i think im going to
    // have to let it, nothing works"). Letting it go, be or heal is the idiom's ordinary end.
    [GeneratedRegex(
        @"\bkilling\s+me\b[^?]{0,100}\b(?:let|letting)\s+it\b(?!\s+(?:go|be|rest|heal|pass|settle|out|slide|happen|win\s+today|get\s+to\s+me))",
        RegexOptions.CultureInvariant)]
    private static partial Regex LettingThePainKillThem();

    // Round 53 (tuning data): the one thing still keeping someone here or alive ("de kat is nog het enige dat me hier houdt en
    // die is 17"). What keeps someone going, or coffee that keeps them alive before ten (our unused data), is an idiom and
    // is not matched.
    [GeneratedRegex(
        @"(?<!\b(?:coffee|tea|caffeine|chocolate|cake|wine|netflix|spite|sugar)\b[^.?!]{0,20})\b(?:only|one|last)\s+(?:thing|reason|one)\b[^.?!]{0,30}\bkeep\w*\s+me\s+(?:here|alive|around|in\s+this\s+world)\b(?!\s+(?:before|until|till|in\s+the\s+morning|at\s+work|during|through))"
        + @"|\bhet\s+enige\s+(?:dat|wat)\s+me\s+(?:nog\s+)?(?:hier\s+houdt|in\s+leven\s+houdt|hier\s+nog\s+houdt)\b"
        + @"|\blo\s+unico\s+que\s+me\s+(?:mantiene|retiene|tiene|ata)\s+(?:aqui|con\s+vida|viv[oa]|a\s+la\s+vida)\b"
        + @"|\bdas\s+einzige,?\s+(?:was|das)\s+mich\s+(?:noch\s+)?(?:hier|am\s+leben)\s+h(?:a|ae)lt\b"
        + @"|\b(?:la\s+seule\s+chose|le\s+seul|la\s+seule)\s+qui\s+me\s+(?:retient|garde|tient)\s+(?:encore\s+)?(?:ici|en\s+vie)\b"
        + @"|\ba\s+unica\s+coisa\s+que\s+me\s+(?:mantem|segura|prende)\s+(?:aqui|viv[oa])\b"
        + @"|\bl'?unica\s+cosa\s+che\s+mi\s+(?:tiene|trattiene)\s+(?:ancora\s+)?(?:qui|in\s+vita|viv[oa])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OnlyThingKeepingThemHere();

    // Round 51 (tuning data): dying named as the way the pain would stop ("se muoio almeno smetto di avere male. tanto
    // vale"), in the seven languages. "If I die, at least..." with the pain or relief after it; "if i die of boredom" is
    // not a death wish and names no "at least".
    [GeneratedRegex(
        @"\bif\s+i\s+(?:die|died|were\s+dead|was\s+dead|was\s+gone|were\s+gone)\b[^.?!]{0,20}\bat\s+least\b"
        + @"|\bsi\s+(?:me\s+)?(?:muero|muriera|muriese)\b[^.?!]{0,20}\b(?:al\s+menos|por\s+lo\s+menos)\b"
        + @"|\bse\s+eu\s+(?:morrer|morresse)\b[^.?!]{0,20}\b(?:pelo\s+menos|ao\s+menos)\b"
        + @"|\bwenn\s+ich\s+(?:sterbe|tot\s+bin|tot\s+w(?:a|ae)re|sterben\s+w(?:u|ue)rde)\b[^.?!]{0,20}\b(?:wenigstens|zumindest|immerhin)\b"
        + @"|\bsi\s+je\s+(?:meurs|mourais|creve|crevais)\b[^.?!]{0,20}\b(?:au\s+moins|du\s+moins)\b"
        + @"|\bals\s+ik\s+(?:doodga|dood\s+ga|sterf|dood\s+ben|dood\s+zou\s+gaan)\b[^.?!]{0,20}\b(?:tenminste|ten\s+minste|in\s+ieder\s+geval|dan\s+(?:is|ben)\s+(?:de\s+pijn|ik)\b)"
        + @"|\bse\s+(?:muoio|morissi|morivo)\b[^.?!]{0,20}\balmeno\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex IfIDieAtLeast();

    // Round 51 (tuning data): looking up tall bridges or high places nearby ("my pain scale has a new top level: 'googling
    // tall bridges near me' 😂 jk. mostly."), and the French idioms for driving into a lorry or a tree ("je vais aller faire
    // un câlin à un 38 tonnes 😅").
    [GeneratedRegex(
        @"\b(?:googl\w*|search\w*|look\w*\s+up|looking\s+(?:up|for)|check\w*\s+out)\s+(?:the\s+)?(?:tall|high|highest|tallest)\s+(?:bridges?|buildings?|cliffs?|car\s*parks?|multi-?stor(?:e)?y\w*|rooftops?)\b"
        + @"|\b(?:tall|high|highest|tallest)\s+(?:bridges?|buildings?|cliffs?)\s+(?:near\s+me|nearby|around\s+here)\b"
        // Round 65: "googling bridges near me ✔ 😂", in a list of the day's troubles.
        + @"|\b(?:googl\w*|search\w*|look\w*\s+up|looking\s+(?:up|for))\s+(?:for\s+)?bridges?\s+(?:near\s+me|nearby|around\s+here|in\s+(?:town|the\s+area))\b"
        + @"|\b(?:faire\s+un\s+calin\s+a|embrasser|me\s+prendre)\s+(?:un|une|le|la)\s+(?:38\s*tonnes|camion|poids\s+lourd|semi|platane|arbre|pile\s+de\s+pont)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LookingForAHighPlace();

    // How long without food and water "before someone just goes" (round 42).
    [GeneratedRegex(
        @"\b(?:how\s+(?:many\s+days|long)|cuantos\s+dias|wie\s+viele\s+tage|combien\s+de\s+jours|quantos\s+dias|hoeveel\s+dagen|quanti\s+giorni)\b[^?]{0,60}"
        + @"\b(?:before\s+(?:someone|you|i|a\s+person|one)\s+(?:just\s+)?(?:goes|go|dies|die|slips\s+away|passes)|hasta\s+(?:morir|que\s+uno\s+se\s+muere)|bis\s+man\s+stirbt|avant\s+de\s+mourir|ate\s+morrer|voordat\s+je\s+doodgaat|prima\s+di\s+morire)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowLongBeforeOneGoes();

    // Going without food or water on purpose, in the seven languages (round 45: "¿cuántos días se puede estar sin tomar agua?
    // llevo tres sin beber a propósito"): harm done to oneself by leaving something out.
    [GeneratedRegex(
        @"\b(?:haven'?t|have\s+not|hasn'?t|not\s+been|stopped|quit)\s+(?:eaten|eating|drunk|drinking|had\s+(?:any\s+)?(?:water|food|a\s+drink|anything\s+to\s+(?:eat|drink)))\b"
        // Leaving out coffee, alcohol or sugar is a diet, not harm.
        + @"(?!\s+(?:any\s+|my\s+)?(?:coffee|caffeine|alcohol|booze|wine|beer|soda|cola|fizzy|energy|sugar|sweets|dairy|gluten|meat|junk|tea|milk)\b)[^.?!]{0,40}\b(?:on\s+purpose|deliberately|intentionally)\b"
        + @"|\b(?:on\s+purpose|deliberately|intentionally)\s+(?:not\s+|stopped\s+)(?:eating|drinking)\b"
        + @"|\bsin\s+(?:comer|beber|tomar\s+agua)\s+a\s+proposito\b|\bdej[eo]\s+de\s+(?:comer|beber|tomar\s+agua)\s+a\s+proposito\b"
        + @"|\bsem\s+(?:comer|beber)\s+de\s+proposito\b|\bparei\s+de\s+(?:comer|beber)\s+de\s+proposito\b"
        + @"|\bsans\s+(?:manger|boire)\s+(?:expres|volontairement)\b|\bje\s+ne\s+(?:mange|bois)\s+plus\s+(?:rien\s+)?(?:expres|volontairement)\b"
        + @"|\b(?:nichts\s+(?:mehr\s+)?(?:gegessen|getrunken)|esse\s+nichts\s+mehr|trinke\s+nichts\s+mehr)\b[^.?!]{0,30}\b(?:absichtlich|mit\s+absicht)\b|\b(?:absichtlich|mit\s+absicht)\s+nichts\s+(?:mehr\s+)?(?:gegessen|getrunken)\b"
        + @"|\b(?:niet|niks)\s+(?:meer\s+)?(?:gegeten|gedronken)\b[^.?!]{0,30}\bexpres\b|\bexpres\s+(?:niet|niks)\s+(?:meer\s+)?(?:gegeten|gedronken|eten|drinken)\b"
        + @"|\bsenza\s+(?:mangiare|bere)\s+(?:apposta|di\s+proposito)\b|\bnon\s+(?:mangio|bevo)\s+(?:piu\s+)?(?:apposta|di\s+proposito)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GoesWithoutFoodOrWaterOnPurpose();

    // Hurting oneself on purpose, in the six other languages ("je me brule exprès avec la bouillotte").
    [GeneratedRegex(
        @"\b(?:je\s+me\s+(?:brule|coupe|scarifie|griffe|frappe|suis\s+brulee?|suis\s+coupee?)|me\s+(?:quemo|corto|queme|corte|queimo|cortei|queimei)|mi\s+(?:brucio|taglio|sono\s+(?:bruciata|tagliata))|"
        + @"(?:ich\s+)?(?:verbrenne|schneide|ritze)\s+mich|(?:ik\s+)?(?:brand|snij)\s+(?:mezelf|mij))\b[^.?!]{0,40}\b(?:expres|volontairement|a\s+proposito|adrede|de\s+proposito|absichtlich|mit\s+absicht|met\s+opzet|apposta|di\s+proposito)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HurtsThemselvesOnPurpose();

    // Whether a floor is high enough, in the seven languages ("abito al quinto piano, secondo voi e abbastanza alto?").
    [GeneratedRegex(
        @"\b(?:floor|storey|story|flat|balcony)\b[^.?!]{0,50}\bhigh\s+enough\b|\bhigh\s+enough\b[^.?!]{0,20}\b(?:floor|storey|story)\b"
        + @"|\b(?:piso|planta)\b[^.?!]{0,50}\b(?:(?:suficientemente|bastante|lo\s+bastante)\s+alto|alto\s+(?:suficiente|bastante))\b"
        + @"|\b(?:stock|stockwerk|etage)\b[^.?!]{0,50}\bhoch\s+genug\b|\betage\b[^.?!]{0,50}\bassez\s+haut\b|\bassez\s+haut\b[^.?!]{0,20}\betage\b"
        + @"|\b(?:andar|predio)\b[^.?!]{0,50}\b(?:alto\s+o?\s*suficiente|suficientemente\s+alto)\b|\b(?:verdieping|etage|flat)\b[^.?!]{0,50}\bhoog\s+genoeg\b"
        + @"|\bpiano\b[^.?!]{0,50}\b(?:abbastanza\s+alto|alto\s+abbastanza)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AFloorHighEnough();

    // Nobody at home to stop it: "dan is mn man weg en kan niemand me tegenhouden", "once he's at work nobody can stop me".
    [GeneratedRegex(
        @"\b(?:weg|away|gone|out|at\s+work|asleep|niet\s+thuis|not\s+home|fuera|fora|weg\s+ist|absent\w*|via|partito|partita|sair|salga|ausente)\b[^?]{0,60}"
        + @"\b(?:(?:no\s*one|nobody|noone)\s+(?:can|will|could)\s+stop\s+me|(?:niemand\s+(?:kan|zal)|(?:kan|zal)\s+niemand)\s+(?:me|mij)\s+tegenhouden|(?:niemand\s+(?:kann|wird)\s+mich|(?:kann|wird)\s+mich\s+niemand)\s+aufhalten"
        + @"|nadie\s+(?:me\s+)?(?:puede|podra|va\s+a)\s+(?:parar|detener|frenar)|personne\s+ne\s+(?:peut|pourra|va)\s+m'(?:arreter|empecher)"
        + @"|ninguem\s+(?:vai|pode|podera)\s+me\s+(?:impedir|parar|segurar)|nessuno\s+(?:puo|potra)\s+fermarmi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoOneThereToStopThem();

    // Someone on a substance who believes they can fly ("sie sagt sie kann fliegen, wir sind im 5. stock").
    [GeneratedRegex(
        @"\b(?:says|thinks|believes|convinced|keeps\s+saying)\s+(?:that\s+)?(?:she|he|they)\s+can\s+fly\b(?![^.?!]{0,40}\b(?:cape|costume|superman|superhero|lol|haha|game|dream\w*)\b)|\b(?:sagt|glaubt|denkt|meint)\s+(?:,\s*)?(?:sie|er)\s+(?:kann|konne|konnte)\s+fliegen\b"
        + @"|\b(?:dice|cree)\s+que\s+(?:puede|sabe)\s+volar\b|\b(?:dit|croit)\s+qu'(?:il|elle)\s+(?:peut|sait)\s+voler\b|\b(?:diz|acha)\s+que\s+(?:pode|consegue|sabe)\s+voar\b"
        + @"|\b(?:zegt|denkt)\s+dat\s+(?:ze|hij|zij)\s+kan\s+vliegen\b|\b(?:dice|crede|pensa)\s+(?:che\s+)?(?:puo|sa)\s+volare\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BelievesTheyCanFly();

    // A small child with an open bottle and pills missing (round 38: "my toddler had the lid off and some are missing", after
    // "gabapentin bottle was on the side").
    [GeneratedRegex(
        @"\b(?:toddler|child|kid|baby|little\s+one|son|daughter|grandson|granddaughter|grandchild)\b[^.?!]{0,60}\b(?:some|a\s+few|a\s+couple|pills|tablets|capsules|gummies)\s+(?:are|were)\s+(?:missing|gone)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AChildAndPillsMissing();

    // Round 43: "mijn dochtertje van 4 heeft aan mijn naltrexon gezeten, potje is half leeg": a child who got into something,
    // told with the bottle or box found part empty. Counted only when something taken is named (flour is got into too).
    [GeneratedRegex(
        @"\b(?:toddler|child|kid|baby|little\s+one|son|daughter|grandson|granddaughter|nino|nina|hij[oa]|bebe|kind|tochter|sohn|enfant|fils|fille|crianca|filh[oa]|dochter\w*|zoon\w*|kind\w*|peuter|kleuter|bambin[oa]|figli[oa]|nipot\w*)\b"
        + @"[^.?!]{0,60}\b(?:got\s+into|heeft\s+aan|se\s+metio\s+en|war\s+an|a\s+touche\s+a|mexeu\s+n|ha\s+(?:aperto|toccato))\b[^.?!]{0,40}[,;]?\s*[^.?!]{0,30}\b(?:half\s+(?:empty|leeg|leer)|(?:medio|half|halb|a\s+moitie|meio|mezz[oa])\s+(?:vacio|leeg|leer|vide|vazio|vuot[oa])|(?:are|were|zijn)\s+(?:empty|leeg|missing|gone|weg))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AChildGotIntoItPartEmpty();

    // An electrical appliance in the bath (round 37: "does a hairdryer in the bath actually work or is that just a film
    // thing. asking because i want this over with", 0.02 as a crisis): a method, asked about or planned, in any frame.
    [GeneratedRegex(
        @"\b(?:hair\s*dryer|hairdryer|toaster|radio|secador|fohn|haartrockner|seche-cheveux|grille-pain|torradeira|haardroger|broodrooster|phon|asciugacapelli|tostapane)\b"
        + @"[^.?!]{0,20}\b(?:(?:in|into)\s+(?:the\s+|my\s+|a\s+)?(?:bath|bathtub|tub)|en\s+la\s+banera|in\s+(?:die|der)\s+(?:bade)?wanne|dans\s+(?:la|ma)\s+baignoire|"
        + @"na\s+banheira|in\s+(?:het|de|mijn)\s+(?:bad|badkuip)|nella\s+vasca)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ElectricalApplianceInTheBath();

    // An attempt made with medicines that "didn't work" (round 37: "I tried in 2019 with my old meds. didn't work. I'm on
    // different ones now. would those work better?"). Trying a medicine that did not help is not matched: the attempt here
    // is made "with" the medicines, not "on" them.
    [GeneratedRegex(
        @"\btried\s+(?:(?:back\s+)?in\s+\d{4}\s+|before\s+|once\s+|last\s+(?:year|time|month)\s+)?with\s+(?:my\s+|the\s+|some\s+)?(?:old\s+)?(?:meds|pills|tablets|medication|medicines?|painkillers)\b"
        + @"[^?]{0,40}\b(?:didn'?t|did\s+not|never)\s+work",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnAttemptThatFailed();

    // Someone found with medicines open and how many they swallowed unknown (round 37: "achei ela com o pote de LDN aberto,
    // não sei quantas ela engoliu").
    [GeneratedRegex(
        // Round 40: "no idea how many she swallowed", "not sure how many he took".
        @"\b(?:(?:don'?t|do\s+not|dont)\s+know|no\s+idea|not\s+sure|unsure)\s+how\s+many\s+(?:she|he|they|the\s+\w+|my\s+\w+)\s+(?:swallowed|took|ate|had|has\s+(?:taken|eaten|swallowed))\b"
        + @"|\bno\s+se\s+cuant[oa]s\s+(?:se\s+)?(?:ha\s+)?(?:tomado|tomo|tragado|trago|comido|comio)\b"
        + @"|\bnao\s+sei\s+quant[oa]s\s+(?:ela|ele|o\s+\w+|a\s+\w+)?\s*(?:engoliu|tomou|comeu)\b"
        + @"|\b(?:weiss|weis)\s+nicht,?\s+wie\s*viele\s+(?:sie|er)\s+(?:\w+\s+)?(?:geschluckt|genommen|gegessen)\b"
        + @"|\bje\s+(?:ne\s+)?sais\s+pas\s+combien\s+(?:elle|il)\s+en\s+a\s+(?:avale|pris|mange)\b"
        + @"|\b(?:weet|weten)\s+niet\s+hoeveel\s+(?:ze|hij|zij)\s+(?:er\s+)?(?:\w+\s+)?(?:ingeslikt|genomen|gegeten|doorgeslikt)\b"
        + @"|\bnon\s+so\s+quant[ei]\s+(?:ne\s+)?(?:abbia|ha)\s+(?:ingoiat\w*|pres[eio]|mangiat\w*)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SwallowedAnUnknownNumber();

    // Slowed down after something taken (round 36: "messed up with the new 7oh tabs, my watch says heart rate 40 and im so
    // drowsy i can barely type"): a slow heart or barely awake.
    [GeneratedRegex(
        @"\b(?:heart\s*rate|pulse|bpm)\s+(?:is\s+|of\s+|says\s+|at\s+|down\s+to\s+)?(?:[2-3]\d|4[0-5])\b(?!\s*(?:years|%|min))"
        + @"|\bso\s+(?:drowsy|sleepy|out\s+of\s+it)\b[^.?!]{0,30}\b(?:can\s+barely|can'?t\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SlowedDown();

    // The reason withheld beside medicines or danger (round 36: "ive been researching which meds in my cupboard are most
    // dangerous together. not for any reason"): a purpose the member will not name.
    [GeneratedRegex(
        // "bought rope today. not for anything crafty." (round 38).
        @"\b(?:not\s+for\s+any\s+(?:particular\s+)?reason|not\s+for\s+anything\s+(?:crafty|fun|nice|good|practical|diy|in\s+the\s+garden)|for\s+no\s+(?:particular\s+)?reason|(?:you\s+can|u\s+can|you\s+could)\s+guess\s+(?:why|what\s+for)|"
        + @"(?:not\s+going\s+to|won'?t|wont|not\s+gonna)\s+say\s+(?:why|what\s+for)|don'?t\s+ask\s+(?:me\s+)?(?:why|what\s+for)|"
        + @"no\s+preguntes\s+(?:por\s+que|para\s+que)|frag\s+(?:nicht|lieber\s+nicht)\s+(?:warum|wofur|wozu)|ne\s+demande\s+pas\s+pourquoi|"
        + @"nao\s+pergunte\s+(?:porque|por\s+que|pra\s+que)|vraag\s+(?:maar\s+)?niet\s+waarom|non\s+chiedermi\s+(?:perche|a\s+cosa))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReasonWithheld();

    [GeneratedRegex(
        @"\b(?:dangerous|deadly|lethal|fatal|toxic|kill|rope|noose|peligros\w*|mortal\w*|letal\w*|gefahrlich\w*|todlich\w*|dangereu\w*|mortel\w*|perigos\w*|"
        + @"gevaarlijk\w*|dodelijk\w*|pericolos\w*)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DangerWord();

    // Idioms in the other languages (folded): the pain, the weather or the knees "will kill me" ("mis rodillas quieren
    // matarme", "essa dor vai me matar", "ce dos va me tuer"), and dying of shame or laughter ("me quiero morir de la
    // vergüenza", "ich will sterben vor Scham", "quero morrer de vergonha"). The first person stays a crisis: "voy a
    // matarme", "vou me matar", "je vais me tuer", "quiero morirme".
    private const string KillMeEs = @"(?<!\b(?:quieren|quiere|van\s+a|va\s+a|vas\s+a)\s+)matarme";
    private const string KillMeFr = @"(?<!\b(?:va|vont|vas)\s+)(?<!\b(?:va|vont|vas)\s+finir\s+par\s+)me\s+tuer";
    private const string KillMePt = @"(?<!\b(?:vai|vao|vais)\s+)me\s+matar";
    private const string WantToDieEs = @"(?<!\bno\s+)quiero\s+morir(?:me)?\b(?!\s+de\s+(?:la\s+)?(?:verguenza|risa|aburrimiento|envidia|calor|frio|hambre|sueno))";
    private const string WantToDieFr = @"(?:veux|voudrais|envie\s+de)\s+mourir\b(?!\s+de\s+(?:honte|rire|ennui|chaud|froid|faim))";
    private const string WantToDiePt = @"(?<!\bnao\s+)quero\s+morrer\b(?!\s+de\s+(?:vergonha|rir|tedio|calor|frio|fome|sono))";
    private const string DieDe = @"sterben\b(?!\s+vor\s+(?:scham|lachen|langeweile|neid|hitze|hunger))";

    [GeneratedRegex(
        // "been killing myself at the gym 3x a week" (round 53) is the idiom of working too hard.
        @"\b(?:kill|killing|end|ending|take|taking)\s+(?:myself|my\s+(?:own\s+)?life)\b(?!(?<=\bkilling\s+myself)\s+(?:at\s+(?:the\s+)?(?:gym|work|the\s+office|pilates|spin|crossfit)|with\s+(?:work|workouts?|exercise|overtime|housework|cleaning)|trying\s+to|to\s+(?:get|keep|finish|make)))|\bkms\b|\bsuicide\s+note\b"
        // "i want to die every time someone says 'have you tried yoga'" (round 53) is exasperation with what people say.
        // Round 86: "i genuinely thought i was gonna die from the pain lol" tells how bad a flare was, in the past.
        // Round 87: "my 8yo asked me if im going to die from my fibro" reports a child's question; "going to die of fibro" asks
        // whether the illness kills.
        + @"|\b(?!(?<=\bthought\s+i\s+was\s+)(?:going|gonna)\s+(?:to\s+)?die\s+(?:from|of)\b)(?!(?<=\b(?:asks?|asked|asking|wonders?|wondered|wondering)\s+(?:me\s+)?(?:if|whether)\s+(?:i'?m|im|i\s+am)\s+)(?:going|gonna))(?!(?:going|gonna)\s+(?:to\s+)?die\s+(?:from|of)\s+(?:my\s+|the\s+|this\s+)?(?:fibro\w*|fms)\b)(?:want|wanna|going|gonna|ready|plan\w*|wish|would\s+like|'d\s+like|rather)\b[^.?!]{0,20}\b(?:to|2)?\s*(?:die|be\s+dead|not\s+exist|stop\s+(?:living|existing|being\s+alive))\b(?!\s+(?:a\s+little\s+)?(?:inside\s+)?(?:every\s+time|whenever|when)\s+(?:(?:someone|somebody|people|anyone|ppl|my\s+\w+|i\s+hear)\s+(?:says?|asks?|tells?|suggests?|mentions?)|i\s+(?:see|look\s+at|climb|walk\s+(?:up|past))\s+(?:the|those|that|these|a)\s+(?:stairs|steps|hill|bus\s+stop|laundry|dishes|washing|ironing|bills?|email|inbox|timetable|rota|scales)"
        // Rounds 73 and 74: "… every time i have to do the stairs 🙃 any pacing tips", "… every time i have to explain fibro to
        // my boss lol". A chore or an explanation named; having to wake up, get up or go on is not one.
        + @"|i\s+(?:have|need)\s+to\s+(?:do\s+(?:the\s+)?(?:stairs|steps|laundry|dishes|washing|ironing|school\s+run|food\s+shop|big\s+shop|hoovering|vacuuming)|climb\s+(?:the\s+)?(?:stairs|steps|hill)|explain\s+(?:fibro|fibromyalgia|my\s+(?:illness|condition|pain|fibro)|it|myself|chronic\s+pain)|fill\s+(?:in|out)\s+(?:a|another|the|one\s+more)\s+form|ring|call|phone)\b))"
        + @"|\bwish\s+i\s+(?:was|were|had\s+never\s+been)\s+(?:dead|born|gone)\b|\b(?:i'?d|i\s+would)\s+rather\s+be\s+dead\b"
        // "my mum thinks i'll end up jumping off a roof like some 70s PSA" (round 54) tells someone else's fear of a drug.
        + @"|\b(?<!\b(?:thinks?|thought|worried|afraid|scared|says?|said|convinced|fears?)\s+(?:that\s+)?(?:i'?ll|i\s+will|i'?d|i\s+would|i'?m\s+going\s+to)\s+(?:end\s+up\s+)?)(?:jump\w*\s+(?:off|from(?!\s+\d)|in\s+front\s+of)|hang\w*\s+myself|slit\w*\s+my\s+wrists?|shoot\w*\s+myself|drown\w*\s+myself|step\s+in\s+front\s+of)\b"
        + @"|\b(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?disappear\b" + Rest
        // Slang for killing oneself (round 33: "gonna off myself if this flare doesnt break by the weekend").
        + @"|\b(?:gonna|going\s+to|want\s+to|wanna|will|i'?ll|might|could|should|just|to)\s+(?:just\s+)?(?:off|unalive)\s+myself\b|\bunaliv\w*\s+myself\b|\bsewerslide\b"
        // Sorry to be alive still (round 33: "is it bad im a bit disappointed i woke up this morning").
        + @"|\b(?:disappointed|gutted|upset|sad|annoyed|angry|cried)\s+(?:that\s+|when\s+|because\s+)?i\s+(?:woke\s+up|(?:am|'m)\s+still\s+(?:here|alive)|survived|didn'?t\s+die)\b"
        + @"|\b(?:disappointed|gutted|upset|sad)\s+to\s+(?:wake\s+up|still\s+be\s+(?:here|alive))\b"
        // A method settled (round 33: "most days i just sit and plan how i'd do it", "ho già deciso come farlo").
        + @"|\bplan\w*\s+how\s+(?:i'?d|i\s+would|i'?ll|i\s+will|to)\s+do\s+it\b|\bdecided\s+how\s+(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|to)\s+do\s+it\b"
        + @"|\b(?:gia|ya|ja|deja)\s+(?:he\s+|ho\s+|j'ai\s+)?(?:decidido|decidi|deciso|decide)\s+(?:como|come|comment)\s+(?:lo\s+|vou\s+)?(?:hacerlo|fazer|farlo|le\s+faire|je\s+vais\s+le\s+faire)\b"
        // Letters to the family and a leaving they will understand (round 33: "wrote letters to my kids today. they'll
        // understand one day why i had to go").
        + @"|\bwrote\s+(?:(?:the|my)\s+)?(?:goodbye\s+|last\s+|farewell\s+)?(?:notes|letters)\s+(?:to|for)\s+(?:my|the)\s+(?:kids|children|family|husband|wife|partner|mum|mom|dad|parents)\b(?!')"
        + @"|\b(?:understand|forgive\s+me)\b[^.?!]{0,30}\bwhy\s+i\s+(?:had|needed|chose)\s+to\s+(?:go|leave|do\s+it)\b"
        + @"|\b(?:end|ending)\s+(?:it|it\s+all|everything|things)\b(?!\s+(?:with\s+(?:my|the)\s+(?:doctor|pharmacy|clinic)))"
        + @"|\b(?:don'?t|do\s+not|dont)\s+(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|be\s+here|exist|go\s+on|keep\s+living|"
        + @"wake\s+up(?!\s+(?:at|so|early|in\s+the\s+night|during|every|with|stiff|in\s+pain)))\b"
        + @"|\b(?:better\s+off|happier)\s+(?:without\s+me|if\s+i\s+(?:was|were|wasn'?t|weren'?t)\b)"
        // "I can't go on the school trip", "can't go on holiday": going on something is not going on living.
        + @"|\b(?:can'?t|cannot|can\s+not)\s+(?:go\s+on(?!\s+(?:the|a|an|my|our|her|his|holidays?|vacations?|trips?|walks?|hikes?|rides?|dates?|outings?|school|camping|cruises?|rollercoasters?|stage|tour|strike)\b)|keep\s+going|do\s+this\s+anymore|take\s+(?:it|this|any\s*more)\s+any\s*more)\b"
        + @"|\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go\s+on|going\s+on|being\s+alive|carry\s+on)\b"
        // Round 47: "i dont see the point in being alive anymore honestly", at the end of a day told in full.
        + @"|\b(?:don'?t|dont|do\s+not|can'?t|cant|no\s+longer)\s+see\s+(?:the|any|much)\s+point\s+(?:in|of|to)\s+(?:living|being\s+alive|life|being\s+here|existing|going\s+on(?!\s+with)|carrying\s+on(?!\s+with)|waking\s+up)\b"
        // Round 60: "just tired of existing lol", in a message that says all is well; existing "on" coffee or four hours' sleep is not it.
        + @"|\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing(?!\s+on\b))\b|\bdone\s+with\s+(?:life|living)\b"
        + @"|\blife\s+(?:isn'?t|is\s+not|is\s+no\s+longer|not)\s+worth\b|\b(?:not|won'?t|will\s+not)\s+(?:be\s+)?(?:around|here)\s+(?:much\s+|for\s+)?(?:longer|long|anymore)\b"
        + @"|\b(?:last|final)\s+(?:message|goodbye)\b" + Today + @"|\bsaying\s+goodbye\s+to\s+everyone\b|\bgiving\s+away\s+my\s+(?:things|stuff|belongings)\b"
        // Round 47 tuning data: praying not to wake up, not caring whether one wakes, the disappointment of still being here,
        // having taken everything in the house (Dutch).
        + @"|\bpray\w*\s+(?:not\s+to|i\s+(?:don'?t|won'?t|never))\s+wake\s+up\b|\b(?:don'?t|dont|do\s+not|not|doesn'?t)\s+care\s+(?:if|whether)\s+(?:i|you)\s+wake\s+up(?:\s+(?:or\s+not|anymore|any\s+more|again|tomorrow))?(?=\s*(?:[.?!,;]|$))"
        + @"|\brez[oa]\w*\s+(?:para|pra|por)\s+no\s+despertar\b|\brez[oa]\w*\s+(?:para|pra)\s+nao\s+acordar\b|\bbete\w*\s+(?:dass|das)\s+ich\s+nicht\s+(?:mehr\s+)?aufwache\b"
        + @"|\bprie\w*\s+pour\s+ne\s+(?:pas|plus)\s+me\s+reveiller\b|\bprego\s+di\s+non\s+svegliarmi\b|\bbid\w*\s+dat\s+ik\s+niet\s+(?:meer\s+)?wakker\s+word\b"
        + @"|\bteleurstelling\s+dat\s+ik\s+er\s+(?:nog|weer)\s+ben\b|\bteleurgesteld\s+dat\s+ik\s+(?:nog\s+leef|(?:weer\s+)?wakker\s+(?:ben\s+)?geworden|er\s+nog\s+ben)\b"
        + @"|\balles\s+(?:ingenomen|geslikt)\s+wat\s+(?:er\s+)?(?:in\s+huis|ik\s+had|ik\s+nog\s+had)\b"
        + @"|\bnever\s+wak(?:e|ing)\s+up\b|\bnot\s+existing\b|\bdisappear\w*\s+(?:forever|for\s+good)\b|\b(?:nobody|no\s+one)\s+would\s+miss\s+me\b"
        + @"|\b(?:stop|end)\s+(?:forever|for\s+good|permanently)\b|\bway\s+out\s+except\b|\bstockpil\w*"
        // "do i need something stronger to make it final" (round 27); "the council will make it permanent" is not.
        + @"|\b(?:enough|stronger|more|need|needed|take|takes)\b[^.?!]{0,30}\bto\s+make\s+(?:it|this|everything)\s+(?:final|permanent)\b"
        // "some days I feel like giving up": giving up with nothing named, or on life itself; "giving up on the physio"
        // and "I'm not giving up" are not.
        + @"|(?<!\bnot\s)\b(?:feel|feeling|felt)\s+like\s+giv(?:e|ing)\s+up\b(?=\s*(?:$|[.?!,;:)]|(?:on\s+(?:everything|life|living|myself|it\s+all)|and|but|so|or|today|tonight|again|now|lately|sometimes|completely|entirely|altogether|some\s+days|most\s+days)\b))"
        + @"|\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living|myself)\b"
        + @"|\b(?:easiest|painless|quickest|best|fastest)\s+way\s+to\s+die\b|\bhow\s+(?:can|do|could|should)\s+i\s+die\b"
        + @"|\bhow\s+many\s+pills\b[^.?!]{0,30}\b(?:die|end|kill|life)\b"
        // A quantity asked for the purpose of dying is a crisis, never a dosing question: "how much kratom to die",
        // "how many would it take to not wake up", "how much is a lethal dose".
        + @"|\bhow\s+(?:much|many)\b[^.?!]{0,50}\b(?:to\s+(?:die|kill\s+(?:me|myself)|end\s+(?:it|it\s+all|my\s+life)|not\s+wake\s+up|never\s+wake\s+up|overdose|od)"
        + @"|(?:would|will|does|did|to)\s+(?:it\s+)?(?:take\s+to\s+die|kill\s+(?:me|a\s+(?:person|human|man|woman)))"
        + @"|(?:a\s+|the\s+)?(?:lethal|fatal|deadly)\s+(?:dose|amount)|(?:is|are|would\s+be)\s+(?:lethal|fatal|deadly))\b"
        + @"|\b(?:crisis|suicide|suicidal)\s+(?:line|hotline|helpline|number|chat)\b|\bhotline\b|\bhelpline\b"
        // es, de, fr, pt, nl
        + @"|\b" + WantToDieEs + @"|\b" + KillMeEs + @"\b|\bno\s+quiero\s+vivir\b|\bmejor\s+sin\s+mi\b|\bquitarme\s+la\s+vida\b|\bacabar\s+con\s+(?:todo|mi\s+vida)\b"
        + @"|\b(?:will|mochte|moechte|wurde\s+gern)\s+(?:\w+\s+)?" + DieDe + @"|\bumbringen\b|\bnicht\s+mehr\s+leben\b"
        // Round 80: the verb moved to the end or after "dran" in a clause ("dass alle besser dran waren ohne mich").
        + @"|\bbesser\s+dran\s+(?:(?:waren|ware|sind|ist)\s+)?ohne\s+mich\b|\bohne\s+mich\s+(?:\w+\s+)?besser\s+dran\b|\bdas\s+leben\s+nehmen\b"
        // "ich bring mich um" is the first person; "die Hitze bringt mich um" is an idiom of the heat or the pain.
        + @"|\bich\s+bring\w?\s+mich\s+(?:\w+\s+){0,3}um\b"
        // "Ich fahr jetzt nach Hause und bring mich um" (round 29): the first person with its subject left out; "und bringt
        // mich um" is the heat or the pain again.
        + @"|\b(?:und|dann|jetzt|heute|morgen|gleich)\s+bringe?\s+(?:ich\s+)?mich\s+(?:\w+\s+){0,3}um\b"
        + @"|\bseh(?:e)?\s+keinen\s+(?:anderen\s+)?(?:ausweg|weg)\s+mehr\b|\bzie\s+geen\s+(?:andere\s+)?uitweg\s+meer\b"
        // "ik ga naar huis en maak er een eind aan" (round 29): the same words in the present tense.
        + @"|\bmaak\s+(?:ik\s+)?er\s+(?:\w+\s+){0,2}een\s+einde?\s+aan\b"
        // "I'm going to go home and end this" (round 29): ending "this" with nothing after it; "end this flare" is not.
        + @"|\b(?:going\s+to|gonna|want\s+to|wanna|ready\s+to|i'?ll|i\s+will|about\s+to)\s+(?:\w+\s+){0,4}end\s+this\b(?=\s*(?:[,.!;]|$|tonight|today|now|for\s+good|once\s+and\s+for\s+all))"
        // "Going to drive out to the lake after the kids are at school tomorrow. Not coming back." (round 29); "I'm not
        // coming back to this clinic" and "the pain is not coming back" are not matched.
        // Round 58: "the plan is a big dose alone in the bush and just not coming back."
        + @"|(?:^|[.!?]\s*|\bi'?m\s+|\bi\s+am\s+|\band\s+|\bi'?ll\s+be\s+|\bi\s+will\s+be\s+)(?:just\s+)?(?:not|never|won'?t\s+be)\s+coming\s+back\s*(?:[.!]|$)"
        // Farewell letters written (round 30: "I've started writing the notes", "die Briefe sind geschrieben", "he escrito una
        // carta para cada uno de mis hijos"); notes for the doctor are not matched.
        + @"|\b(?:started\s+)?writ(?:ing|ten|e)\s+(?:the|my)\s+(?:goodbye\s+|last\s+|farewell\s+)?(?:notes|letters)\b(?=\s*(?:[.!;,]|$|to\s+(?:my|the)\s+(?:kids|children|family|husband|wife|partner|mum|mom|dad|parents)))"
        + @"|\b(?:the\s+)?(?:letters|notes)\s+(?:are|have\s+been)\s+(?:all\s+)?(?:written|done|finished)\b|\bbriefe\s+sind\s+(?:alle\s+)?geschrieben\b"
        + @"|\b(?:a\s+letter|una\s+carta|einen\s+brief|une\s+lettre|uma\s+carta|een\s+brief|una\s+lettera)\s+(?:for|to|para|an|fur|pour|voor|per|a)\s+(?:each|every|cada|jede[nsm]?|chacun\w*|elk|ieder\w*|ognun\w*)\s+(?:one\s+)?(?:of\s+|uno\s+de\s+|um\s+dos\s+|de\s+|van\s+|dei\s+|der\s+)?(?:my|mis|meine[nr]?|mes|meus|minhas|mijn|miei)\s+(?:kids|children|hijos|kinder\w*|enfants|filhos|kinderen|figli)\b"
        + @"|\b(?:abschiedsbrief\w*|carta\s+de\s+despedida|lettre\s+d'?adieu|afscheidsbrie\w*|lettera\s+d'?addio|goodbye\s+letters?)\b"
        + @"|\b" + WantToDieFr + @"|\bme\s+suicider\b|\b" + KillMeFr + @"\b|\bne\s+veux\s+plus\s+vivre\b|\bmieux\s+sans\s+moi\b|\ben\s+finir\b"
        + @"|\b" + WantToDiePt + @"|\b" + KillMePt + @"\b|\bnao\s+quero\s+mais\s+viver\b|\bmelhor\s+sem\s+mim\b|\btirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida\b"
        + @"|\bwil\s+dood\b|\beinde?\s+aan\s+(?:maken|mijn\s+leven)\b|\bniet\s+meer\s+leven\b|\bbeter\s+af\s+(?:is\s+|zijn\s+|was\s+|waren\s+|zou(?:den)?\s+zijn\s+)?zonder\s+mij\b|\bzonder\s+mij\s+(?:\w+\s+)?beter\s+af\b|\bvan\s+kant\s+maken\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Suicide();

    /// <summary>
    /// Wanting to die, to not wake up or to take one's life, and quantity questions whose purpose is dying, in Spanish,
    /// German, French, Portuguese, Dutch and Italian (folded: lower case, no accents). Idioms of pain such as
    /// "me muero de dolor" are deliberately absent.
    /// </summary>
    /// <summary>
    /// A farewell that tells the group it will not have to worry about the writer any more (round 27: "ab jetzt müsst ihr
    /// euch keine Sorgen mehr um mich machen"), in the seven languages. The future or "from now on" is what makes it a
    /// farewell; "you don't need to worry about me, the new meds help" is not matched.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:won'?t|wont|will\s+not|will\s+never|will\s+no\s+longer|never)\s+(?:have|need)\s+to\s+worry\s+about\s+me\s+(?:any\s*more|again|ever)\b"
        + @"|\b(?:ab\s+jetzt|ab\s+morgen|bald|dann)\s+(?:musst|muss|braucht|brauchst|musstet)\s+(?:ihr|du)\s+(?:euch|dich)\s+(?:\w+\s+)?keine\s+sorgen\s+mehr\s+um\s+mich\b"
        + @"|\bya\s+no\s+(?:tendran|tendreis|van\s+a\s+tener|vais\s+a\s+tener)\s+que\s+preocupar\w*\s+por\s+mi\b"
        + @"|\b(?:vous\s+)?n'?aurez\s+plus\s+(?:a|besoin\s+de)\s+vous\s+(?:inquieter|soucier|en\s+faire)\s+pour\s+moi\b"
        + @"|\bnao\s+(?:vao|vai|irao)\s+(?:mais\s+)?(?:precisar|ter\s+que)\s+(?:mais\s+)?se\s+preocupar\s+(?:mais\s+)?comigo\b"
        + @"|\b(?:hoeven|hoef)\s+(?:jullie|je)\s+(?:je\s+|jullie\s+)?(?:straks|vanaf\s+nu|binnenkort)\s+geen\s+zorgen\s+meer\b|\b(?:straks|vanaf\s+nu|binnenkort)\s+(?:hoeven|hoef)\s+(?:jullie|je)\s+(?:je\s+)?geen\s+zorgen\s+meer\b"
        + @"|\bnon\s+(?:dovrete|dovrai|avrete\s+bisogno\s+di)\s+piu\s+preoccupar\w*\s+per\s+me\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoOneWillHaveToWorry();

    [GeneratedRegex(
        // "mis rodillas quieren matarme", "essa dor vai me matar", "ce dos va me tuer": the pain or the weather will kill
        // me is an idiom; "voy a matarme", "vou me matar", "je vais me tuer" (first person) stay.
        @"\b(?:quitarme\s+la\s+vida|" + KillMeEs + @"|no\s+quiero\s+(?:seguir\s+)?vivir|" + WantToDieEs + @"|ganas\s+de\s+morir\w*|acabar\s+con\s+(?:todo|mi\s+vida)|no\s+despertar\w*\s+(?:mas|nunca))\b"
        + @"|\b(?:mich\s+umbringen|umbringen\s+will|nicht\s+mehr\s+leben|(?:will|mochte|moechte|wurde\s+gern)\s+(?:einfach\s+)?" + DieDe + @"|nicht\s+mehr\s+aufwachen|mir\s+das\s+leben\s+nehmen|selbstmord\w*)\b"
        + @"|\b(?:wie\s*viele?|wieviele?|brauch\w*)\b[^.?!]{0,40}\bzum\s+sterben\b"
        // Round 88: "envie de mourir de rire" is the idiom; WantToDieFr reads "envie de mourir" with its guard.
        + @"|\b(?:" + KillMeFr + @"|en\s+finir|" + WantToDieFr + @"|plus\s+envie\s+de\s+vivre|ne\s+plus\s+me\s+reveiller|mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie))\b"
        + @"|\b(?:" + KillMePt + @"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida|minha\s+vida)|" + WantToDiePt + @"|nao\s+quero\s+(?:mais\s+)?viver|vontade\s+de\s+morrer(?!\s+de\s+(?:rir|vergonha|tedio|calor|frio|fome|sono|medo))|nao\s+acordar\s+mais|tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida)\b"
        + @"|\b(?:zelfmoord\w*|mezelf\s+van\s+kant|wil\s+(?:gewoon\s+)?dood|dood\s+willen|niet\s+meer\s+wakker\s+(?:worden|te\s+worden)|wil\s+niet\s+meer\s+leven|er\s+een\s+einde?\s+aan\s+maken)\b"
        + @"|\b(?:hoeveel|quant[aeio]s?|cuant[oa]s?|combien)\b[^.?!]{0,40}\b(?:om\s+dood\s+te\s+gaan|om\s+te\s+sterven|per\s+morire|para\s+morir|para\s+morrer|pour\s+mourir)\b"
        + @"|\b(?:uccidermi|farla\s+finita|(?<!\bnon\s+)voglio\s+morire|non\s+voglio\s+piu\s+vivere|togliermi\s+la\s+vita|non\s+svegliarmi\s+piu)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguageSuicide();

    // "…or at least until Monday", "…for a week in a spa": a wish for rest, not for dying.
    private const string Rest = @"(?![^.?!]{0,30}\b(?:sous|couette|spa|isola|island|praia|playa|strand|vacances|vacanze|ferias|vacaciones|vakantie|urlaub|"
        + @"semaine|settimana|semana|week|woche|lundi|lunes|weekend|finde|jusqu|hasta|ate|fino|bis\s+(?:montag|morgen)|"
        + @"cabin|holiday|vacation|month|beach|duvet|few\s+days|couple\s+of\s+days|"
        // Under the blanket: "quiero desaparecer bajo la manta", "sumir debaixo do edredom", "sparire sotto il piumone".
        + @"manta|mantas|cobija|edredom|cobertor|coberta|piumone|coperta|coperte|couverture|decke|bettdecke|dekbed|deken|blanket|covers)\b)";

    // "my last message of the day", "before bed", "for tonight": the last message for now.
    private const string Today = @"(?!\s+(?:de\s+la\s+journee|du\s+jour|de\s+hoy|del\s+dia|de\s+hoje|do\s+dia|vom\s+tag|fur\s+heute|van\s+vandaag|voor\s+vandaag|"
        + @"di\s+oggi|della\s+giornata|of\s+the\s+day|for\s+(?:today|tonight|now)|avant|antes|prima|voor|vor|before|ce\s+soir|esta\s+noche|stasera|vanavond|heute"
        // Round 83: "this is my last message in here for a while!! off to portugal for 2 weeks": a last message for a while.
        + @"|(?:(?:in|on)\s+here\s+|here\s+|in\s+(?:the|this)\s+group\s+)?for\s+(?:a\s+(?:while|bit|few\s+(?:days|weeks)|couple\s+of\s+(?:days|weeks)|week|month)|\w+\s+(?:days|weeks))"
        + @"|(?:aqui\s+)?(?:por\s+un\s+tiempo|por\s+um\s+tempo)|(?:hier\s+)?fur\s+eine\s+weile|(?:ici\s+)?pour\s+(?:un\s+moment|quelque\s+temps)|(?:hier\s+)?voor\s+een\s+tijdje|(?:qui\s+)?per\s+un\s+po))";

    /// <summary>
    /// Passive wishes to die and lethal-amount questions in the seven languages (folded), written in the thirteenth
    /// session from the kinds the issue names: never waking up or sleeping for ever, wanting to disappear or stop
    /// existing, tired of living, nobody would miss me, goodbye for ever, and a quantity asked beside a word for
    /// deadly. "No puedo más" and "ich kann nicht mehr" are left out: in pain groups they are mostly exhaustion, and the
    /// model reads them in context. "Kan niet wakker worden" (cannot wake up) is fatigue, so waking words need "more" or
    /// "never"; and wanting to disappear for a week, under the duvet or to a beach is a wish for rest.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:dormir(?:me|se)?\s+(?:y\s+no\s+despertar\w*|para\s+siempre)|no\s+(?:despertar(?:me)?|levantarme)\s+(?:mas|nunca)|ojala\s+(?:no\s+despert\w*|me\s+durmiera))\b" + Rest
        + @"|\b(?:queria\s+nao\s+acordar|nunca\s+mais\s+acordar|dormir\s+para\s+sempre|exaust[ao]\s+de\s+acordar)\b"
        + @"|\b(?:ne\s+(?:plus|jamais)\s+(?:jamais\s+)?me\s+reveill\w*|si\s+je\s+ne\s+me\s+reveillais\s+(?:pas|plus)|dormir\s+pour\s+toujours)\b"
        + @"|\b(?:non\s+svegliarmi|dormire\s+per\s+sempre|non\s+arrivare\s+a\s+domattina)\b"
        + @"|\b(?:(?:nooit|niet)\s+meer\s+wakker|voor\s+altijd\s+(?:slapen|inslapen)|zonder\s+terugweg|uit\s+het\s+leven\s+(?:te\s+)?stappen)\b"
        + @"|\b(?:einschlafen\s+und\s+(?:nicht\s+mehr|weg)|fur\s+immer\s+(?:einschlafen|schlafen)|nie\s+mehr\s+aufwach\w*)\b"
        + @"|\b(?:quiero|quisiera|ganas\s+de|solo\s+quiero|me\s+gustaria)\s+(?:\w+\s+)?(?:desaparecer|dejar\s+de\s+existir)\b" + Rest
        + @"|\b(?:queria|quero|vontade\s+de)\s+(?:\w+\s+)?(?:sumir|desaparecer|parar\s+de\s+existir|deixar\s+de\s+existir)\b" + Rest
        + @"|\b(?:veux|voudrais|envie\s+de)\s+(?:\w+\s+)?(?:disparaitre|ne\s+plus\s+exister)\b" + Rest
        + @"|\b(?:vorrei|voglio|voglia\s+di)\s+(?:\w+\s+){0,2}(?:sparire|scomparire|non\s+esistere\s+piu)\b" + Rest
        + @"|\b(?:wil|zou\s+willen|wou)\s+(?:\w+\s+)?(?:verdwijnen|niet\s+meer\s+bestaan)\b" + Rest + @"|\bniet\s+meer\s+(?:te\s+)?bestaan\b"
        + @"|\b(?:will|mochte|wurde\s+gern)\s+(?:\w+\s+)?(?:verschwinden|nicht\s+mehr\s+existieren|nicht\s+mehr\s+da\s+sein)\b" + Rest
        + @"|\b(?:lebensmude|levensmoe|moe\s+van\s+het\s+leven|mude\s+vom\s+leben|cansad[ao]\s+de\s+(?:vivir|viver|existir)|fart[ao]\s+de\s+viver|"
        + @"fatiguee?\s+de\s+vivre|marre\s+de\s+vivre|stanc[ao]\s+di\s+vivere|stanc[ao]\s+di\s+esistere|fatiguee?\s+d'?exister|marre\s+d'?exister|moe\s+van\s+(?:het\s+)?bestaan|mude\s+zu\s+existieren)\b"
        + @"|\b(?:nadie\s+me\s+echar\w*\s+de\s+menos|ninguem\s+(?:ia|iria|vai)\s+sentir\s+(?:a\s+)?(?:minha\s+)?falta|personne\s+(?:ne\s+)?me\s+regretter\w*|"
        + @"nessuno\s+sentirebbe\s+la\s+mia\s+mancanza|niemand\s+(?:zou|zal)\s+me\s+missen|(?:keiner|niemand)\s+(?:wurde|wird)\s+mich\s+vermissen)\b"
        + @"|\b(?:starebbe(?:ro)?\s+meglio\s+(?:se\s+io\s+non\s+ci\s+fossi|senza\s+di\s+me)|plus\s+tranquilles?\s+sans\s+moi)\b"
        + @"|\b(?:lebt\s+wohl|adeus\s+para\s+sempre|adieu\s+pour\s+toujours|addio\s+per\s+sempre|adios\s+para\s+siempre|vaarwel\s+voor\s+altijd)\b"
        + @"|\b(?:mi\s+ultimo\s+mensaje|mon\s+dernier\s+message|minha\s+ultima\s+mensagem|meine\s+letzte\s+nachricht|mijn\s+laatste\s+bericht|il\s+mio\s+ultimo\s+messaggio)\b" + Today
        // A lethal amount: a quantity question, or a dose word, beside a word for deadly ("ab welcher menge kratom wirds
        // tödlich?", round 87).
        + @"|\b(?:cuant\w*|wie\s*viel\w*|ab\s+wie\s*viel\w*|welche[rn]?\s+menge|combien|cb|quant\w*|qnt\w*|hoeveel|hvl|bij\s+hoeveel)\b[^.?!]{0,60}\b(?:mortal\w*|mortel\w*|letal\w*|todlich\w*|dodelijk\w*|levensgevaarlijk)\b"
        + @"|\b(?:dosis|dose|cantidad|quantidade|quantite|quantita|menge|hoeveelheid|grens|limite)\s+(?:\w+\s+)?(?:letal\w*|mortal\w*|mortel\w*|todlich\w*|dodelijk\w*|letale)\b"
        + @"|\b(?:letal\w*|mortal\w*|mortel\w*|todlich\w*|dodelijk\w*)\s+(?:dosis|dose|menge|hoeveelheid|grens)\b"
        + @"|\b(?:pour|pr)\s+crever\b|\bbis\s+man\s+abkratzt\b"
        // Nobody who would be hurt or would miss them if they went (round 36).
        + @"|\b(?:nobody|no\s+one|noone)\s+(?:left\s+)?(?:who\s+)?(?:would|will|'?d)\s+(?:be\s+hurt|miss\s+me|care|notice|be\s+sad|cry)\s+if\s+i\s+(?:went|go|was\s+gone|were\s+gone|died|disappeared|wasn'?t\s+here)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PassiveIdeation();

    /// <summary>What an overdose would feel like, or whether it hurts: the issue counts these as crises, in any language.</summary>
    [GeneratedRegex(
        // Round 47 tuning data: what you feel, asked in the next sentence ("Hoe ziet een overdosis duloxetine eruit? Wat voel je
        // dan?"); what someone feels who takes a lot at once; whether a large amount kills or stops the heart.
        @"\b(?:overdos\w*|sobredosis|sobredose|uberdosis|ueberdosis|surdose|sovradosaggio)\b[^.!]{0,60}\b(?:what\s+do\s+(?:you|u)\s+feel|wat\s+voel\s+je|que\s+se\s+siente|was\s+fuhlt\s+man|qu'?est-ce\s+qu'?on\s+ressent|o\s+que\s+se\s+sente|cosa\s+si\s+(?:prova|sente))\b"
        + @"|\b(?:o\s+que\s+sente|que\s+siente|was\s+fuhlt|wat\s+voelt|cosa\s+sente|what\s+does\s+(?:someone|a\s+person)\s+feel)\b[^.?!]{0,15}\b(?:quem|quien|wer|iemand\s+die|chi|who)\s+(?:toma|tomou|nimmt|neemt|prende|takes|took)\s+(?:\w+\s+){0,3}?(?:muit[ao]s?|demais|mucho|demasiado|zu\s+viel|te\s+veel|troppo|too\s+much|all|todo|tudo|alles)\b"
        + @"|\b(?:(?:large|big|high|huge|grosses?|grandes?|grandi|fortes?|altas?|hohe[nr]?)\s+(?:amounts?|doses?|quantit\w*|dosi|dosis|cantidad\w*|mengen?|hoeveelhe\w*)|(?:quantit\w*|dosi|dosis|cantidad\w*|mengen?)\s+(?:grosse|grandi|grandes|fortes?|altas?))\b[^.?!]{0,40}\b(?:kill|kills|stops?\s+(?:your|the|my)\s+heart|(?:peut|peuvent)\s+tuer|ferma\w*\s+il\s+cuore|uccide\w*|mata|matar|pode\s+matar|totet|toten|doodt|doden|para\s+(?:el|o)\s+cora\w+)\b"
        + @"|\b(?:overdos\w*|sobredosis|sobredose|uberdosis|ueberdosis|surdose|sovradosaggio)\b[^.?!]{0,40}\b(?:feel\s+like|painful|hurt\s*[?.!]*$|duele|doleria|se\s+siente|"
        + @"weh|schmerzhaft|fait\s+mal|douloureu\w*|doi|doloros\w*|fa\s+male|pijn\s+doet|pijnlijk)"
        + @"|\b(?:what\s+does|how\s+does|what\s+would|que\s+se\s+siente|wie\s+fuhlt\s+sich|qu'?est-ce\s+qu'?on\s+ressent|o\s+que\s+se\s+sente|"
        + @"cosa\s+si\s+prova|hoe\s+voelt|doet)\b[^.?!]{0,30}\b(?:overdos\w*|sobredosis|sobredose|uberdosis|surdose|sovradosaggio)\b"
        // "what does 'overdose' mean medically?" asks for a definition (round 24).
        // Round 45: "what does "overdose" actually mean medically?".
        + @"(?![""'\s]*(?:actually\s+|really\s+|exactly\s+|medically\s+|technically\s+)?(?:mean|means|stand\s+for|significa|bedeutet|veut\s+dire|betekent|vuol\s+dire|quer\s+dizer)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex OverdoseFeeling();

    // The word in the seven languages ("Suizid", "Selbstmord", "zelfmoord" among them), read unless the message asks about
    // rates, risks, studies or warnings and tells of nothing happening to the writer (round 33: "Gibt es Studien dazu, ob
    // Menschen mit chronischen Schmerzen häufiger Suizidgedanken haben?", "le taux de suicide est plus élevé ?").
    [GeneratedRegex(@"\bsuicid\w*|\bsuicidio\b|\bsuizid\w*|\bselbstmord\w*|\bzelfmoord\w*", RegexOptions.CultureInvariant)]
    private static partial Regex SuicideWord();

    [GeneratedRegex(@"\b(?:not|never|no|nothing|isn'?t|i'?m\s+not|am\s+not)\s+(?:(?:at\s+all|really|feeling|actively|anything|been|ever\s+been)\s+)?suicid\w*", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedSuicideWord();

    // Medicine put aside for a purpose, in the seven languages (fourteenth session, from our training crises no rule
    // read): saving or hiding pills "for when I'm ready", "my way out", "assez un jour", "metto da parte", "ik spaar ze
    // op". Only in a message that names something taken: "saving up for a holiday" is not one.
    [GeneratedRegex(
        @"\b(?:saving|saved|hoarding|hoarded|stashing|stashed|hiding|hidden|putting\s+(?:them\s+|it\s+)?aside|setting\s+(?:them\s+|it\s+)?aside|stocking\s+up|stocked\s+up|keeping\s+them|collecting)\b"
        + @"[^.?!]{0,60}\b(?:for\s+when\s+i(?:'m|\s+am)?\s+(?:ready|decide)|(?:a|my|the)\s+way\s+out|in\s+case\s+i\s+decide|i\s+have\s+enough|i'?ve\s+got\s+enough|enough\s+now|when\s+i\s+have\s+enough|for\s+the\s+day)\b"
        + @"|\b(?:my|a)\s+way\s+out\b|\b(?:pill|pills|tablet|med|meds)\s+stash\b|\bjust\s+in\s+case\s+i\s+decide\b|\bi\s+think\s+it'?s\s+enough\b|\bthere'?s\s+enough\s+there\b"
        + @"|\bporte\s+de\s+sortie\b|\buscita\s+d'emergenza\b|\bvia\s+d'uscita\b|\bmi\s+salida\b|\bminha\s+saida\b|\bmijn\s+uitweg\b|\bmein\s+ausweg\b|\bnotausgang\b"
        + @"|\b(?:je\s+(?:les\s+|la\s+|le\s+)?(?:garde|range|cache|mets\s+de\s+cote)|j'accumule|me\s+(?:quedo|guardo)|(?:voy|vou)\s+(?:guardando|juntando|acumulando)|(?:to|estou)\s+(?:acumulando|juntando|guardando)"
        + @"|(?:metto|mettendo|tengo)\s+da\s+parte|(?:lege?|leg)\s+(?:sie\s+|es\s+)?beiseite|ich\s+(?:sammle|horte|bunkere)|(?:ik\s+)?spaar\s+(?:\w+\s+){0,4}op|ik\s+bewaar\s+(?:ze|alles))\b"
        + @"[^.?!]{0,60}\b(?:assez|suffisamment|sortie|decide\w*|bastante|suficiente|decida|decidir|abbastanza|so\s+a\s+cosa|genug|genoeg|weet\s+precies|waarvoor|niet\s+meer|nicht\s+mehr|un\s+jour|um\s+dia|un\s+dia|un\s+giorno|eines\s+tages|ooit)\b"
        // Put aside "in case it all gets too much" (round 21: "ich leg mir das Oxycodon zur Seite. Falls es irgendwann zu
        // viel wird"), the purpose often in the next sentence.
        + @"|\b(?:zur\s+seite|beiseite|aside|away|da\s+parte|de\s+cote|opzij|de\s+lado|a\s+un\s+lado)\b[^?!]{0,80}\b(?:falls\s+es\s+(?:\w+\s+){0,2}zu\s+viel\s+wird|in\s+case\s+(?:it|things|everything|life)\s+(?:all\s+|ever\s+)?(?:gets?|becomes?)\s+too\s+much"
        + @"|si\s+un\s+jour\s+c'est\s+trop|por\s+si\s+(?:\w+\s+){0,2}(?:no\s+puedo\s+mas|es\s+demasiado)|caso\s+(?:\w+\s+){0,2}fique\s+demais|se\s+(?:\w+\s+){0,2}diventa\s+troppo|voor\s+als\s+het\s+(?:\w+\s+)?te\s+veel\s+wordt)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stockpiling();

    /// <summary>
    /// Everything, or the whole bottle, to be taken tonight (round 22: "i'm taking everything tonight. just tell me how much
    /// is enough so it works", which the bot refused as a dose request). "All my meds tonight" is an ordinary evening.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i'?m|im|i\s+am|gonna|going\s+to|i'?ll|i\s+will)\s+(?:take|taking|swallow\w*)\s+(?:everything|the\s+whole\s+(?:bottle|box|packet|pack|lot|strip)|all\s+of\s+them)\s+(?:at\s+once\s+)?(?:tonight|today|now|right\s+now)\b"
        // "I want to take all 50 capsules tonight and be done" (round 33): tens of them, at once or tonight.
        + @"|\b(?:take|taking|swallow\w*)\s+all\s+\d{2,}\s+(?:of\s+)?(?:my\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets|capsules|caps|tabs)\s+(?:at\s+once|tonight|today|now|in\s+one\s+go|and\s+be\s+done)\b"
        // Round 42: "vou tomar tudo no domingo quando as crianças estiverem na casa da avó", and the same in four more languages,
        // with a day or a time named.
        + @"|\b(?:vou\s+tomar|me\s+voy\s+a\s+tomar|voy\s+a\s+tomar(?:me)?|je\s+vais\s+(?:tout\s+)?(?:prendre|avaler)|ik\s+ga\s+(?:ze\s+)?(?:alles\s+|allemaal\s+)?(?:innemen|nemen|slikken)|(?:prendero|mi\s+prendo|prendo))\s+"
        + @"(?:tudo|todos|todas|todo|tout|alles|allemaal|tutto|tutte|tutti)\s+(?:(?:no|el|le|op|il|este|esta|ce|deze|questo|questa)\s+)?"
        + @"(?:domingo|segunda|terca|quarta|quinta|sexta|sabado|lunes|martes|miercoles|jueves|viernes|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|hoje|hoy|ce\s+soir|vanavond|stasera|stanotte|esta\s+noche|hoje\s+a\s+noite|fim\s+de\s+semana|finde|weekend)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TakingEverythingTonight();

    [GeneratedRegex(
        // "how long can I leave the heat pad on without burning myself" asks how to stay safe.
        @"(?<!\b(?:without|avoid|avoiding|not\s+to)\s+)\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harmed|harming|hit|hitting|punch\w*|stabb?\w*|slash\w*|punish\w*|scratch\w*|injur\w*|starv\w*)\s+myself\b"
        + @"|\bself[\s-]?harm\w*|\bself[\s-]?injur\w*|\bbleed\b[^.?!]{0,20}\bon\s+purpose\b"
        // Round 52: "also i cut my arms again last night, first time in 2 years" (an arm cut on a tin is one arm, and "on").
        + @"|\bi\s+(?:\w+\s+){0,2}(?:cut|sliced|carved)\s+(?:up\s+)?my\s+(?:(?:arms|wrists|thighs)\b(?!\s+(?:on|with|shaving|opening|cooking|gardening))|(?:arm|wrist|thigh|leg|legs|stomach|skin)\s+again\b)"
        + @"|\bme\s+corto\b|\bcortarme\b|\bhacerme\s+dano\b|\blastimarme\b|\bautolesion\w*"
        + @"|\britze?\s+mich\b|\bmich\s+(?:selbst\s+)?(?:verletzen|ritzen)\b|\bselbstverletz\w*"
        // Wanting to injure one's own body (round 24: "I want to break my own wrist so there's a 'real' reason for the pain").
        + @"|\bwant(?:ed|s)?\s+to\s+(?:break|injure|damage|burn|cut|hurt|smash)\s+my\s+own\b"
        + @"|\bme\s+(?:fais|faire)\s+du\s+mal\b|\bme\s+couper\b|\bme\s+scarifie\w*|\bautomutil\w*"
        // Round 59: cutting "again" ("hier soir je me suis recoupée", "me volví a cortar", "hab mich wieder geritzt").
        + @"|\bje\s+me\s+suis\s+(?:re(?:coupe|scarifie)\w*|encore\s+(?:coupee?|scarifiee?))\b|\bme\s+(?:volvi|he\s+vuelto)\s+a\s+cortar\b|\bme\s+cortei\s+de\s+novo\b|\bmi\s+sono\s+(?:ri)?tagliat[ao]\s+di\s+nuovo\b|\bik\s+heb\s+(?:me|mezelf)\s+weer\s+gesneden\b"
        + @"|\bme\s+cortar\b|\bme\s+machucar\b|\bautomutila\w*|\bme\s+ferir\b"
        + @"|\bsnij\s+mezelf\b|\bmezelf\s+(?:snijden|pijn\s+doen)\b|\bzelfbeschadig\w*"
        // Fourteenth session, from our training crises no rule read: bleeding on purpose in the six other languages,
        // hurting oneself "on purpose", a blade in the hand, and cuts to the arms, wrists or legs.
        // Bleeding needs a reflexive or first person before it: "ma chienne se lèche les pattes jusqu'au sang" is a dog.
        // "I scratch my arms until they bleed", said of oneself; "my dog licks his paws until they bleed" is a dog.
        + @"|\bi(?:'ve|\s+have|'m|\s+am|\s+keep|\s+just)?\s+(?:\w+\s+){0,6}until\s+(?:it|they|i)\s+(?:bleeds?|bled|opens?)\b"
        + @"|\b(?:je\s+me|me|mi|mich|ich|mezelf|ik|eu|yo|arranh\w*|graffi\w*|griff\w*|kratz\w*|krab\w*|rasc\w*)\b[^.?!]{0,40}\b(?:jusqu'au\s+sang|hasta\s+(?:sangrar|hacerme\s+sangre)|fino\s+a\s+(?:sanguinare|farmi\s+sanguinare|farle\s+sanguinare)|ate\s+sangrar|bis\s+(?:es\s+)?blutet|tot\s+het\s+bloedt)\b"
        + @"|\b(?:hurt\w*|burn\w*|burnt|hit\w*|bang\w*|punch\w*|cut\w*|scratch\w*)\s+(?:\w+\s+){0,5}on\s+purpose\b"
        // A habit of hurting oneself when the pain or a feeling peaks: "whenever the pain spikes I slam my hand in the
        // drawer", "every time it flares I punch the wall". The pain or feeling makes it a habit of coping, not an
        // accident ("every time I stand up I bang my head on the shelf").
        + @"|\b(?:whenever|every\s+time|each\s+time|when)\b[^.?!]{0,40}\b(?:pain|hurts?|flares?|flaring|angry|upset|overwhelmed|stressed|panic\w*|cope|bad)\b"
        + @"[^.?!]{0,30}\bi\s+(?:slam|bang|smash|bash|hit|punch|burn|bite|pinch|scratch)\s+"
        + @"(?:my\s+(?:hands?|head|fists?|arms?|legs?|knuckles|wrists?|thighs?|face)|(?:the|a)\s+walls?|walls)\b"
        + @"|\b(?:gebrand|geslagen|gesneden|gekrast)\b[^.?!]{0,20}\bexpres\b|\bexpres\b[^.?!]{0,20}\b(?:gebrand|geslagen|gesneden|gekrast)\b|\bgekrast\b"
        + @"|\bgeritzt\b|\britzen\b|\b(?:razor|blade|cuchilla|taglierino|lametta|mesje|rasierklinge|klinge|lame\s+de\s+rasoir|lamina|gilete)\b[^.?!]{0,20}"
        + @"\b(?:in\s+(?:my|mi|der|meiner|mijn|mano|der\s+hand)\s*(?:hand|mano)?|en\s+la\s+mano|in\s+mano|dans\s+la\s+main|na\s+mao)\b|\b(?:holding|got)\s+(?:the\s+|a\s+)?(?:razor|blade)\b|\brazor\s+out\b"
        + @"|\b(?:me\s+(?:corte|he\s+cortado)|mi\s+sono\s+tagliat[ao]|me\s+cortei|je\s+me\s+suis\s+coupee?|ik\s+heb\s+(?:me|mezelf)\s+gesneden|hab\s+mich\s+geschnitten)\s+"
        + @"(?:(?:en|in|nel|nei|no|na|nos|nas|aux?|dans|am|an\s+den)\s+)?(?:(?:el|la|los|las|le|il|i|les|o|os|a|as|mijn|den|die)\s+)?"
        + @"(?:brazo|brazos|pierna|piernas|muneca|munecas|braccio|braccia|gamba|gambe|polso|polsi|braco|bracos|perna|pernas|pulso|pulsos|bras|poignets?|jambes?|arm|arme|armen|benen|pols|polsen|handgelenk\w*)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfHarm();

    [GeneratedRegex(
        // "overdosed on netflix and crisps again" (round 33): television, food and sunshine are not overdoses.
        @"\b(?:overdosed|overdosing|od'd|o\.d\.'?d|poisoned)\b(?!\s+on\s+(?:the\s+)?" + EverydayTalk.OrdinaryIndulgences + @"\b)|\bod'?d\s+on\b"
        + @"|\b(?:had|took|take|taken|done|tuve|tome|genommen|fait|tive|genomen|tomei)\b[^.?!]{0,25}\b(?:an?\s+|una\s+|eine\s+|une\s+|uma\s+|een\s+)"
        + @"(?:overdose|overdosis|sobredosis|uberdosis|surdose)\b"
        + @"|\b(?:overdose|overdosis|sobredosis|uberdosis|surdose)\b[^.?!]{0,15}\b(?:genommen|genomen|gehad|gehabt|tomado|tomei|prise?)\b"
        + @"|\b(?:took|taken|swallowed)\s+(?:\d{2,}|a\s+(?:bunch|handful|lot|load)|lots|loads|dozens)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+)?(?:\w+\s+)?(?:pills|tablets|capsules|caps|tabs)\b"
        + @"|\b(?:took|taken|ingested)\s+(?:way\s+)?too\s+(?:much|many)\b|\btook\s+all\s+(?:my|the|of)\b|\btook\s+\d+\s+of\b"
        // "ate a whole tub of ice cream" (round 41) is comfort food, not pills.
        + @"|\b(?:swallowed|drank|ate)\b(?![^.?!]{0,40}\b(?:ice\s*cream|" + EverydayTalk.OrdinaryIndulgences + @")\b)[^.?!]{0,30}\b(?:bottle|all|pills|capsules|tincture|whole|too)\b|\bdouble\s+dose\b[^.?!]{0,40}\b(?:sick|feel|dizzy|vomit\w*)\b"
        // Taken twice by mistake and unwell now: "accidentally took my night meds twice and I'm so dizzy I can barely type".
        + @"|(?:\b(?:took|taken|swallowed|had)\b[^.?!]{0,40}\b(?:twice(?!\s+(?:a|per|each|every|in\s+a|daily|weekly)\b)|doubled?\s+(?:up|dose|dosed|the)|two\s+lots|again\s+by\s+(?:mistake|accident))|\bdoubled?\s+up\s+on)\b[^?]{0,80}?"
        + @"\b(?:dizzy|drowsy|woozy|faint|can\s+barely|can'?t\s+(?:stay\s+awake|think\s+straight|stand\s+up|see\s+straight)|heart\s+(?:is\s+)?(?:racing|pounding)|"
        + @"vomit\w*|throwing\s+up|confused|shaking|seeing\s+double)\b"
        + @"|\btome\s+demasiad[oa]\b|\bzu\s+viel\b[^.?!]{0,25}\bgenommen\b|\bpris\s+trop\b|\btomei\b[^.?!]{0,25}\bdemais\b|\bte\s+veel\b[^.?!]{0,25}\bgenomen\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Overdose();

    // Swallowed or ate, in Spanish, Italian, French and Portuguese (German and Dutch put the participle last), for the
    // two rules below.
    private const string SwallowedOrAte =
        @"(?:(?:se\s+)?(?:ha\s+|han\s+)?(?:tragado|trago|tragaron|comido|comio|comieron)|ingoiat[oaie]|ingerit[oaie]|inghiottit[oaie]|mangiat[oaie]"
        + @"|avale|avalee|avales|avalait|engoli|engoliu|engoliram|comeu|comi|ingeriu|ingeri)";

    // Sixteenth session, from our training crises no rule read: medicine swallowed or eaten, by the member, a child or
    // someone with them, in the six other languages (English has it in Overdose). Swallowing and eating verbs carry
    // other senses ("engoli o choro", "kurz geschluckt", "ho mangiato sofficini"), so the thing swallowed must be a
    // word for medicine, a pack or a blister; German and Dutch put it before the participle. Taking too many ("ho preso
    // troppe", "20 gocce di troppo") and a double dose followed by being sick are here too. "Eingenommen" and "tomado"
    // are left out: they are how one says a medicine was taken as prescribed.
    private const string HitByVehicle =
        @"(?:(?:hit|run\s+over|knocked\s+(?:down|over)|mowed\s+down)\s+by\s+(?:a|the)\s+(?:bus|truck|lorry|car|train|tram)"
        + @"|(?:a|the)\s+(?:bus|truck|lorry|car|train|tram)\s+(?:hit|hits|ran\s+over|runs\s+over|knocked\s+down|knocks\s+down)\s+me"
        + @"|(?:me\s+)?atropell\w*\s+(?:por\s+)?(?:un\s+)?(?:camion|autobus|bus|coche|tren)|un\s+(?:camion|autobus|bus|coche|tren)\s+me\s+atropell\w*"
        + @"|(?:mich\s+)?(?:ein|der|ein\s+paar)?\s*(?:lkw|laster|bus|zug|auto)\s+(?:mich\s+)?(?:uberfahrt|uberfahren|erwischt|erfasst)|(?:vom|von\s+einem)\s+(?:lkw|laster|bus|zug|auto)\s+(?:uberfahren|erfasst|erwischt)"
        + @"|(?:me\s+)?(?:renvers\w*|fauch\w*|ecras\w*)\s+(?:par\s+)?(?:un\s+)?(?:camion|bus|voiture|train)|un\s+(?:camion|bus|train)\s+me\s+(?:renvers\w*|fauch\w*|passe\s+dessus|roule\s+dessus)"
        + @"|(?:me\s+)?atropel\w*\s+(?:por\s+)?(?:um\s+)?(?:caminhao|onibus|carro|comboio|trem)|um\s+(?:caminhao|onibus|carro|comboio|trem)\s+me\s+atropel\w*|(?:o|um)\s+(?:carro|onibus|aviao)\s+(?:bater|batesse|cair|caisse)"
        + @"|(?:overreden|aangereden|geschept)\s+(?:door|word\w*\s+door)\s+(?:een\s+)?(?:vrachtwagen|bus|auto|trein)|een\s+(?:vrachtwagen|bus|auto|trein)\s+(?:mij\s+|me\s+)?(?:overrijdt|aanrijdt|schept)"
        + @"|(?:mi\s+)?(?:investe|investisse|investa|investit[ao])\s+(?:da\s+)?(?:un\s+)?(?:camion|autobus|pullman|treno|tram|auto|macchina)|un\s+(?:camion|autobus|pullman|treno|tram)\s+mi\s+(?:investe|investisse|prende|mettesse\s+sotto))";

    // Whole phrases, never the bare words: "pain relief", "por favor", "alivio del dolor" and "rest days" are everywhere
    // in a pain group.
    private const string WouldBeWelcome =
        @"(?:(?:be|a|what)\s+(?:a\s+)?(?:favou?r|relief|blessing|mercy)|wouldn'?t\s+(?:mind|be\s+(?:sad|upset))|not\s+mind|finally\s+(?:get\s+)?(?:some\s+)?(?:rest|peace)|fine\s+(?:by|with)\s+me|ok(?:ay)?\s+with\s+(?:it|that)"
        + @"|(?:un|um|una|uma)\s+(?:favor|alivio|bendicion|bencao)|no\s+me\s+importaria|nao\s+me\s+importaria|(?:einen|einem)\s+gefallen|(?:eine|die)\s+erlosung|ware\s+(?:es\s+)?mir\s+(?:egal|recht)"
        + @"|(?:nem|nao)\s+(?:ia\s+)?achar\s+ruim|nem\s+ligaria|rendrait\s+service|(?:un|quel)\s+soulagement|m'?arrangerait|een\s+(?:plezier|opluchting|verlossing)|niet\s+erg|(?:un|che)\s+(?:favore|sollievo)|non\s+mi\s+dispiacerebbe|fa(?:rebbe)?\s+(?:un\s+)?favore)";

    /// <summary>
    /// An accident that would be welcome, in the seven languages (folded): "if a bus hit me tomorrow it'd be a favour",
    /// "se domani mi investe un camion mi fa un favore". Being hit by a vehicle, alone, is an accident to tell about
    /// ("I was hit by a car last year and my fibro started after"); with a word of relief or welcome beside it in the same
    /// sentence, it is passive ideation.
    /// </summary>
    [GeneratedRegex(@"\b" + HitByVehicle + @"\b[^.?!]{0,60}\b" + WouldBeWelcome + @"\b|\b" + WouldBeWelcome + @"\b[^.?!]{0,40}\b" + HitByVehicle + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex WelcomeAccident();

    [GeneratedRegex(
        @"\b" + SwallowedOrAte + @"\b[^.?!]{0,40}\b"
        + @"(?:pastillas|pildoras|comprimidos|capsulas|pastiglie|compresse|pillole|capsule|gocce|blister|cachets|comprimes|pilules|gelules|medicaments"
        + @"|remedios|medicamentos|medicinas|farmaci|medicine|cartela|plaquette|pastillero|pilulier|tachipirine)\b"
        + @"|\b(?:tabletten|pillen|kapseln|medikamente|blister|tablettenbox|strip|strips|capsules|medicijnen)\b[^.?!]{0,40}\b(?:geschluckt|gegessen|verschluckt|ingeslikt|doorgeslikt|opgegeten)\b"
        + @"|\b(?:ho|hai|ha|abbiamo)\s+preso\s+(?:\w+\s+){0,2}troppe?\b|\bne\s+ho\s+pres[eoia]\s+troppe?\b|\bpres[oaie]\s+(?:\w+\s+){0,3}di\s+troppo\b"
        + @"|\b(?:doppelte\s+dosis|dosis\s+doble|doble\s+dosis|dose\s+double|double\s+dose|dose\s+dupla|dose\s+dobrada|dubbele\s+dosis|dose\s+doppia|doppia\s+dose)\b[^.?!]{0,60}"
        + @"\b(?:kotz\w*|erbrech\w*|ubel|schwindel\w*|vomit\w*|vomir|vomis|mareo|mareada|mareado|nausee|vertige\w*|enjoo|enjoada|tonta|tonto|overgeven|duizelig|misselijk|nausea|gira)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SwallowedMedicine();

    // "All of it", "the whole lot", a count, or a box or bottle swallowed or eaten: a crisis only in a message that names
    // something taken ("ho mangiato tutti i tartufi", "engoli uns 20 tramadol", "avalé une boîte entière d'ibuprofène");
    // "ho mangiato tutti i biscotti della scatola" is not one.
    [GeneratedRegex(
        @"\b" + SwallowedOrAte + @"\s+"
        + @"(?:(?:tutt[eiao]|tod[oa]s?|tout|toute|tous|toutes|uns?|umas?|unos?|unas?|quelques|alcun[ei]|circa|tipo|like)\s+)?(?:(?:le|la|les|los|las|i|gli|os|as|o|a|mes|mis|miei|mie|meus|minhas)\s+)?\d{1,3}\b"
        + @"|\b" + SwallowedOrAte + @"\s+(?:tutt[eiao]|tod[oa]s?|tout|toute|tous|toutes)\b"
        + @"|\b(?:alle|alles|\d{1,3})\b[^.?!]{0,30}\b(?:geschluckt|ingeslikt|doorgeslikt|opgegeten)\b"
        // A box, a bottle or a pack, which may hold biscuits as well as tablets.
        + @"|\b" + SwallowedOrAte + @"\b[^.?!]{0,30}\b(?:scatola|caixa|boite|flacon|frasco|flacone|bottiglia)\b"
        + @"|\b(?:packung|doosje|flasche|fles)\b[^.?!]{0,30}\b(?:geschluckt|ingeslikt|doorgeslikt|opgedronken|getrunken)\b"
        // "got into the dosette box, he's taken the whole week's worth" (round 30): a whole week's or month's supply taken.
        + @"|\b(?:taken|took|swallowed|ate|eaten|had)\s+(?:all\s+(?:of\s+)?)?(?:the|a|his|her|their|my)\s+(?:whole|entire|full)\s+(?:week'?s?|month'?s?|strip|blister|supply)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SwallowedAllOrSome();

    /// <summary>
    /// A count, all of it, or a box swallowed or eaten, by the member or by someone with them ("ele engoliu uns 2 ou 3",
    /// "i think she ate like 3"), whatever the message names. Triage reads it right after a message that named something
    /// taken; alone, "ho mangiato tutti i biscotti" is not an overdose.
    /// </summary>
    public static bool TellsACountSwallowed(string folded) => SwallowedAllOrSome().MatchesScreened(folded) || SomeoneSwallowedACount().MatchesScreened(folded);

    [GeneratedRegex(
        @"\b(?:he|she|they|it|the\s+(?:baby|toddler|kid|child|little\s+one)|my\s+(?:son|daughter|kid|toddler|baby|little\s+one|boy|girl))\s+(?:might\s+have\s+|may\s+have\s+|must\s+have\s+|has\s+|had\s+)?"
        + @"(?:swallowed|ate|eaten|chewed)\s+(?:like\s+|maybe\s+|about\s+|around\s+|at\s+least\s+)?(?:some|a\s+few|a\s+couple|one|two|three|four|five|\d{1,2})\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneSwallowedACount();

    [GeneratedRegex(
        @"\b(?:can'?t|cannot|can\s+not|couldn'?t|unable\s+to|trouble|difficulty|hard\s+to|struggling\s+to)\s+(?:breathe|breathing)\b(?!\s+through\s+(?:my|the)\s+nose)"
        + @"|\b(?:not|isn'?t|stopped|stop)\s+breathing\b(?![^.?!]{0,30}\b(?:snor\w*|apn\w*)\b)|\bbreathing\s+is\s+(?:really\s+|very\s+)?(?:slow|shallow)\b"
        + @"|\bchest\s+pain\b(?![^.?!]{0,40}\b(?:last\s+(?:year|month|summer|winter)|years?\s+ago|months?\s+ago|turned\s+out|costochondritis)\b)|\bpain\s+in\s+(?:my|the)\s+chest\b|\bheart\s+attack\b|\bstroke\b(?!\s+(?:survivors?|patients?|rehab\w*|recovery|risk|unit|ward|clinic|nurse|years?\s+ago|in\s+(?:19|20)\d\d|\d+\s+years?|last\s+year))|\bface\s+is\s+drooping\b|\bdrooping\b"
        + @"|\blips\b[^.?!]{0,20}\b(?:blue|purple|grey|gray)\b|\b(?:turning|turned|going)\s+blue\b|\bthroat\b[^.?!]{0,10}\b(?:swelling|closing)\b"
        + @"|\bunconscious\b|\bunresponsive\b|\bnot\s+respond\w*|\bwon'?t\s+wake\b(?!\s+up\s+(?:till|until|til|before)\b)|\bcan'?t\s+wake\s+(?:him|her|them|up)\b|\bcan'?t\s+stay\s+awake\b"
        // "passed out on the couch watching tv" is falling asleep (round 39, a missed evening tablet).
        + @"|\bpassed\s+out\b(?!\s+(?:on\s+the\s+(?:couch|sofa)\s+)?(?:watching|in\s+front\s+of\s+the\s+(?:tv|telly)))|\bcollapsed\b|\bseizure\b|\bconvuls\w*"
        // "had 2 fits today", "she had two seizures", "I keep hallucinating people in the room": happening, not asked
        // about. The plural alone is how a risk is named ("my wife takes kratom, are seizures a known risk?").
        + @"|\b(?:had|having|\d{1,2}|two|three|several|multiple)\s+(?:fits|seizures)\b|\b(?:i'?m|i\s+am|keeps?|kept|started|been|he'?s|she'?s|he\s+is|she\s+is|they'?re)\s+(?:\w+\s+)?hallucinating\b"
        // Signs of a stroke in the six other languages (round 34: "minha vó caiu, tá com a boca torta e não consegue mexer o
        // braço direito"); English names "stroke" and "drooping" above.
        + @"|\b(?:boca|cara)\s+(?:torta|torcida|caida|de\s+lado)\b|\bbouche\s+de\s+travers\b|\bvisage\s+(?:qui\s+)?tombe\b|\bhangende[rn]?\s+mundwinkel\b|\bscheve\s+mond\b|\bbocca\s+storta\b"
        + @"|\b(?:nao\s+consegue|no\s+puede|ne\s+peut\s+(?:plus|pas)|non\s+riesce\s+a|can'?t|cannot)\s+(?:mexer|mover|bouger|bewegen|muovere|move)\s+(?:o|el|le|la|den|die|zijn|haar|il|la|his|her|my)\s+(?:braco|brazo|bras|arm|braccio|leg|side|lado|gamba|perna|pierna|jambe|been)\b"
        + @"|\bkann\s+(?:den|das|seine[nm]?|ihre[nm]?|meine[nm]?)\s+(?:arm|bein)\s+nicht\s+(?:mehr\s+)?bewegen\b|\bkan\s+(?:zijn|haar|mijn|de|het)\s+(?:arm|been)\s+niet\s+(?:meer\s+)?bewegen\b"
        + @"|\bno\s+puedo\s+respirar\b|\bdolor\s+(?:en\s+el|de)\s+pecho\b|\blabios\s+(?:azules|morados|roxos|azuis)\b"
        + @"|\bkann\s+(?:nicht|kaum)\s+(?:atmen|luft)\b|\bkeine\s+luft\b|\bbrustschmerz\w*|\bblaue\s+lippen\b"
        + @"|\b(?:n'arrive|arrive)\s+pas\s+a\s+respirer\b|\bne\s+(?:peux|peut)\s+pas\s+respirer\b|\bmal\s+a\s+la\s+poitrine\b|\bdouleur\w*\s+(?:(?:a|dans)\s+la\s+poitrine|thoracique)\b|\blevres\s+bleues\b"
        // Round 42: one side gone numb or a face that droops after a substance; a fit with the body's signs ("had some kind of
        // fit, her arms were jerking"), not a fit of temper.
        + @"|\bcan'?t\s+feel\s+(?:my|her|his|the)\s+(?:left|right)\s+(?:side|arm|leg)\b|\bface\s+(?:feels\s+|is\s+|looks\s+)?(?:droopy|drooping|lopsided)\b"
        + @"|\b(?:muscles?\s+(?:are\s+|is\s+|feel\s+)?(?:so\s+|really\s+)?(?:stiff|rigid)|rigid\s+muscles)\b[^.?!]{0,50}\b(?:twitch\w*|jerk\w*|fever\w*|racing|pounding|sweat\w*|burning\s+up)\b"
        + @"|\b(?:gesicht|gsicht)\s+(?:\w+\s+){0,2}hangt\b|\bredet\s+(?:\w+\s+){0,3}verwaschen\b"
        + @"|\b(?:had|having|has)\s+(?:some\s+(?:kind|sort)\s+of\s+|a\s+)fit\b(?=[^.?!]{0,60}\b(?:jerk\w*|shak\w*|twitch\w*|foam\w*|wet\s+(?:her|him|them)sel\w*|eyes\s+roll\w*|stiff)\b)"
        + @"|\bnao\s+consigo\s+respirar\b|\bdor\s+no\s+peito\b"
        + @"|\bkan\s+niet\s+(?:meer\s+)?ademen\b|\bpijn\s+op\s+de\s+borst\b|\bblauwe\s+lippen\b|\bgeen\s+lucht\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Emergency();

    // Asked about in general: "does fibromyalgia cause chest pain?", "can psilocybin cause seizures?".
    [GeneratedRegex(
        @"^(?:does|do|can|could|is|are|what|why|will|how)\b(?![^?]*\b(?:i'?m|i\s+am|i\s+have|i've|i\s+think|my\s+(?:lips|heart|breathing|wife|husband|friend|son|daughter)|he'?s|she'?s|he|she)\b)"
        + @"|\bside\s+effects?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GeneralQuestion();

    // Whether something can cause the symptom, in the seven languages, asked anywhere in the message: "lithium and
    // shrooms, is the seizure risk real?", "il kratom può dare convulsioni?", "Kann Fibro Brustschmerzen machen?". Only
    // a rule is silenced by it (the model still reads the message), and only when nothing is happening now.
    [GeneratedRegex(
        @"\b(?:cause|causes|causing|give|gives|trigger|triggers|lead\s+to|bring\s+on|risk\s+of|seizure\s+risk|causar|causa|provocar|provoca|"
        + @"verursach\w*|machen|macht|auslos\w*|donner|donne|provoquer|causer|dare|causare|provocare|veroorzak\w*|geven|geeft)\b[^?]*\?",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatCanCauseIt();

    // Round 76: "can fibro cause chest pain? (not now, had it all checked, ecg fine)": "not now" says it is not happening.
    [GeneratedRegex(
        @"\b(?<!\b(?:not|nicht|pas|niet|nao|non|no)\s+)(?:right\s+now|now|currently|tonight|ahora|ya|jetzt|gerade|grad|maintenant|agora|nu|adesso|ora|esta\s+noche|heute\s+nacht|ce\s+soir|vanavond|stasera)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HappeningNow();

    [GeneratedRegex(
        @"\b(?:rates?|risk|risks|statistics|link|linked|associat\w*|research|studies|study|trials?|exclu\w*|criteria|among|mean|means|higher\s+in)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex InformationalFrame();

    /// <summary>
    /// Questions about the word itself in all seven languages, and warnings on a leaflet: read only for the suicide word,
    /// never to silence a self-harm rule ("I cut myself and there are signs of infection" is not a question about signs).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:warnings?|leaflet|label|signs|"
        + @"tasa|taux|taxa|tasso|riesgo|risque|risco|rischio|risico|risiko|estudios?|estudos?|etudes?|studien|studie|studi|onderzoek\w*|investigaci\w*|recherches?|pesquisas?|ricerc\w*|forschung|"
        + @"statisti\w*|estadistic\w*|estatistic\w*|haufiger|hoher|mas\s+alt[oa]|plus\s+eleve|mais\s+alt[oa]|piu\s+alt[oa]|hoger|notice|prospecto|bula|bugiardino|beipackzettel|bijsluiter|"
        // Round 87: "ho letto sul foglietto che può dare pensieri suicidi" reads the leaflet (foglietto illustrativo).
        + @"foglietto|folheto|packungsbeilage)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutTheWord();

    [GeneratedRegex(
        // German "im" (in the) is not English "im": "im Beipackzettel steht was von Suizidgedanken" (round 85) reads a leaflet.
        // "i'm fine, just worried" (round 86) says no event is happening; "i want to understand what she was going through"
        // (round 87) wants to learn, not to act.
        @"\b(?:(?:i'm|im)(?!\s+(?:fine|ok|okay|not|good|well|safe|alright)\b)(?!\s+(?:beipackzettel|internet|netz|artikel|text|forum|studium|alter|moment|krankenhaus|gegensatz|grunde|allgemeinen|sommer|winter|fruhling|herbst|jahr|monat|laufe|rahmen|vergleich|prinzip|notfall|zusammenhang|fernsehen|radio|buch|video|podcast)\b)|i\s+am|i\s+feel|i\s+want(?!\s+to\s+(?:understand|know|learn|find\s+out|make\s+sense))|i\s+keep|i've|i\s+have\s+been|thinking\s+about|right\s+now|tonight|"
        + @"pienso|pensando|je\s+pense|j'y\s+pense|penso|denke|denk|ik\s+denk|quiero|quero|voglio|je\s+veux|ich\s+will|ik\s+wil|tengo\s+ganas|j'ai\s+envie|ho\s+voglia|tenho\s+vontade|"
        + @"me\s+siento|mi\s+sento|me\s+sinto|je\s+me\s+sens|ich\s+fuhle|ik\s+voel|ahora|jetzt|maintenant|agora|adesso|esta\s+noche|heute\s+nacht|ce\s+soir|vanavond|stasera|hoje\s+a\s+noite)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonEvent();

    /// <summary>
    /// Someone else giving away their belongings or pets (round 29: "She's given away her jewellery and her dog this week
    /// and keeps thanking me for everything"). Read together with <see cref="WorryOrThanksForEverything"/>: a warning sign
    /// told by someone who is worried, which the issue counts as a third party in danger. Decluttering clothes is not
    /// matched.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:giv(?:en|ing|es)|gave)\s+away\s+(?:all\s+)?(?:of\s+)?(?:her|his|their)\s+(?:\w+\s+){0,2}(?:things|stuff|belongings|possessions|jewell?e?ry|dog|dogs|cat|cats|pets?|savings)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GivingAwayTheirThings();

    [GeneratedRegex(
        @"\b(?:worried|worry|worrying|scared|concerned|afraid|frightened|freaking\s+out)\b|\bthank\w*\s+(?:me|us|everyone|everybody|people)\s+for\s+everything\b|\bsa(?:ying|id)\s+goodbye\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WorryOrThanksForEverything();

    /// <summary>
    /// A maximum, an amount or a supply (round 32: "whats the max daily dose of gabapentin?", "building a supply"). Read only
    /// together with <see cref="Finality"/>.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:max\w*|highest|biggest|largest|upper\s+limit|limit|how\s+(?:much|many)|dose|dosage|dosis|mg|hochst\w*|maxim\w*|massim\w*|hoogste|hoeveel|wie\s*viel\w*|combien|quant[oaie]s?|cuant[oa]s?|tagesdosis|"
        + @"double|dobro|doppi\w*|doble|doppelt\w*|dubbel\w*|supply|stash|stock)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnAmountAskedOrSaved();

    /// <summary>
    /// Finality or hopelessness beside an amount (round 32, written to look like ordinary dose questions: "whats the max
    /// daily dose of gabapentin? doesnt matter much anymore anyway", "was ist die höchste Tagesdosis Ibuprofen? brauch
    /// danach eh nichts mehr", "ho già scritto le lettere. quanti mg di duloxetina al massimo"). In our data the pair
    /// matched 20 crises and two dose requests ("I am so done with being in pain …", now excluded by "done with").
    /// Round 60: "im done for 2 days" after hoovering is worn out for a while, not finality.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:does\s*n'?t|doesnt|won'?t|wont)\s+matter\s+(?:much\s+)?(?:any\s*more|anyway)|give\s+up\s+for\s+good|for\s+the\s+end|tired\s+of\s+fighting|"
        + @"i'?m\s+(?:so\s+)?done\b(?!\s+(?:with|waiting|asking|trying|fighting\s+with|for\s+(?:today|tonight|now|the\s+(?:day|week|weekend|rest\s+of\s+the\s+\w+)|\d+\s+\w+|a\s+(?:day|week|few\s+\w+|couple\s+of\s+\w+|while)|(?:two|three|four|five|several)\s+\w+|days|hours|ages)))|so\s+done\b(?!\s+(?:with|waiting|asking|trying|for\s+(?:today|tonight|now|the\s+(?:day|week|weekend|rest\s+of\s+the\s+\w+)|\d+\s+\w+|a\s+(?:day|week|few\s+\w+|couple\s+of\s+\w+|while)|(?:two|three|four|five|several)\s+\w+|days|hours|ages)))|last\s+thing\s+i'?m\s+(?:trying|going\s+to\s+try)|go\s+past\s+it|take\s+double\s+that|(?:putting|put)\s+everything\s+together|"
        + @"gave\s+(?:away\s+)?my\s+(?:cat|dog|pets?|things|stuff)\s+(?:away|to)|written\s+the\s+letters|"
        + @"brauch\w*\s+danach\s+(?:eh\s+)?nichts\s+mehr|(?:ist|wird)\s+(?:mir\s+)?(?:eh|jetzt\s+auch)\s+egal|"
        + @"(?:je\s+veux|pour)\s+la\s+depasser|abandonner\s+pour\s+de\s+bon|fatiguee?\s+de\s+me\s+battre|"
        + @"ja\s+nao\s+faz\s+diferenca|nao\s+importa\s+mais|desistir\s+de\s+vez|"
        + @"spullen\s+(?:al\s+)?weggegeven|maakt\s+(?:toch\s+)?(?:niet\s+meer|allemaal\s+niet)\s+uit|"
        + @"(?:tanto\s+)?ormai\s+non\s+importa\s+piu|non\s+importa\s+piu|ho\s+gia\s+scritto\s+le\s+lettere)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Finality();
}
