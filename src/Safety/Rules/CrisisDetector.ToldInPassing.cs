using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Round 54 (tuning data, read after its first measurement): a means, a plan or a moment told in passing, often between
/// two ordinary sentences or with a laugh after it ("ahah tranquilli sto bene, ho solo comprato una corda bella robusta 😂",
/// "mi terapeuta me preguntó si tenía un plan. le dije que no. mentí 🙃"). The model read most of them as chat or as an
/// ordinary question; none of them names a death wish in the words the older rules know.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>A means made ready, a plan hidden from a therapist, or a moment at the edge, told in any of the seven languages.</summary>
    /// <summary>
    /// How much of something it takes before it turns dangerous, or would be too much for a body weight, asked with no
    /// reason given (<see cref="AfterADeathQuestion"/> reads the message after it).
    /// </summary>
    internal static bool AsksWhenAnAmountTurnsDangerousIn(string folded) =>
        AsksWhenAnAmountTurnsDangerous().MatchesScreened(folded) || AsksWhatIsTooMuchForABodyWeight().MatchesScreened(folded);

    /// <summary>A friend, someone else or a story given as the reason for asking (<see cref="AfterADeathQuestion"/>).</summary>
    internal static bool GivesAFriendOrAStoryAsTheReason(string folded) => ForAFriendOrAStory().MatchesScreened(folded);

    private static bool TellsAMeansAPlanOrAMoment(string text) =>
        TabletsLinedUp().MatchesScreened(text) || HowEasyItWouldBe().MatchesScreened(text) || WouldAnyoneNotice().MatchesScreened(text)
        || ASleepNotWokenFrom().MatchesScreened(text) || WishingNotToWake().MatchesScreened(text) || APlanDeniedAndALie().MatchesScreened(text)
        || AnAmountThatKills().MatchesScreened(text) || ARopeBought().MatchesScreened(text) || WonderingIfItWouldHurt().MatchesScreened(text)
        || ALetterLeftReady().MatchesScreened(text) || (WaysOut().MatchesScreened(text) && TakenThings.AreNamedIn(text))
        || NotLookingBothWays().MatchesScreened(text) || TiredOfLiving().MatchesScreened(text) || StaringAtTheBridge().MatchesScreened(text)
        || (GaveTheirThingsAway().MatchesScreened(text) && SettledOrWorried().MatchesScreened(text)) || ThoughtSeriouslyOfJumping().MatchesScreened(text)
        || FoundPainlessWays().MatchesScreened(text)
        || ((AsksWhenAnAmountTurnsDangerous().MatchesScreened(text) || AsksWhatIsTooMuchForABodyWeight().MatchesScreened(text)) && (FedUpWithEverything().MatchesScreened(text) || ForAFriendOrAStory().MatchesScreened(text) || OnlyAskingOutOfCuriosity().MatchesScreened(text)))
        || (AWillWritten().MatchesScreened(text) && NoReasonGiven().MatchesScreened(text)) || PainKillingThemWouldBeFine().MatchesScreened(text)
        || APermanentSleepWished().MatchesScreened(text) || (GivingTheirPetAway().MatchesScreened(text) && BetterThisWay().MatchesScreened(text))
        || LighterWithoutThem().MatchesScreened(text) || CheckedHowHighItIs().MatchesScreened(text)
        || AVehicleWelcomed().MatchesScreened(text) || APetProvidedForAfterThem().MatchesScreened(text)
        || APlanThatIsAHeight().MatchesScreened(text) || AnAmountForAnEnd().MatchesScreened(text)
        || KeepsLookingAtTheBridge().MatchesScreened(text) || (WalkingIntoTheSea().MatchesScreened(text) && !IfOneMoreTime().MatchesScreened(text)) || FeelsLikeCheckingOut().MatchesScreened(text)
        || AHoardThatIsThePlan().MatchesScreened(text) || (NotAroundForWhatIsBooked().MatchesScreened(text) && !AnOrdinaryAbsence().MatchesScreened(text))
        || SomeoneElseSpokeOfEnding().MatchesScreened(text) || SomeoneElseSpokeOfALongSleep().MatchesScreened(text) || WaitingToBeUnplugged().MatchesScreened(text)
        || TellsAMeansOrAnEmergency(text) || TellsALastReasonGone(text) || TellsNoWillToGoOn(text) || TellsProvisionForAfter(text)
        || TellsAHintBesideAQuestion(text);

    /// <summary>
    /// The body in alarm: a racing heart beside numbness, shaking or trouble breathing ("my heart is going mental and i cant
    /// feel my hands properly?? is this normal im on my own"). A medical emergency after something taken, when the message
    /// names it or follows one that did; the caller knows the previous turn, this class does not.
    /// </summary>
    public static bool TellsTheBodyInAlarm(string folded) =>
        (RacingHeart().MatchesScreened(folded) && OtherAlarmSign().MatchesScreened(folded)) || (SlurredSpeech().MatchesScreened(folded) && Drowsy().MatchesScreened(folded));

    // Round 57: drowsy with slurred speech after a mother took her LDN and her sleeping tablets ("ela tá muito sonolenta e
    // enrolando a fala, chamo alguém ou espero passar?").
    [GeneratedRegex(
        @"\b(?:slurr\w*|slurring\s+(?:her|his|their|my)\s+words|arrastrando\s+las\s+palabras|(?:habla|hablando)\s+(?:raro|arrastrado)|lallt|lallen|verwaschen\w*|bafouill\w*|parle\s+de\s+travers"
        + @"|enrolando\s+a\s+(?:fala|lingua)|fala\s+enrolada|dubbele\s+tong|lalt|biascic\w*|parla\s+(?:strano|impastato)|voce\s+impastata)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SlurredSpeech();

    [GeneratedRegex(
        @"\b(?:drowsy|sleepy|can'?t\s+stay\s+awake|keeps?\s+(?:nodding|dozing)\s+off|out\s+of\s+it|somnolient\w*|adormilad[ao]|sonolent[ao]|sonnolent[ao]|schl(?:ae|a)frig|benommen|suf|slaperig|versuft|endormie?|assonnat[ao]|mezzo\s+addormentat[ao])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Drowsy();

    // "sitting on the bathroom floor with all your tablets lined up". A week laid out in an organiser is not a means made ready.
    [GeneratedRegex(
        @"\b(?:all\s+)?(?:my|the|your|his|her)\s+(?:tablets|pills|meds|tabs|capsules)\s+(?:(?:are|were)\s+)?(?:all\s+)?(?:lined\s+up|counted\s+out|in\s+a\s+row)\b(?![^.?!]{0,30}\b(?:organi[sz]er|dosette|pill\s*box|blister|for\s+the\s+week|weekly)\b)"
        + @"|\b(?:pastillas|pastis|comprimidos|tabletten|pillen|cachets|comprimes|pilules|pastiglie|compresse)\s+(?:todas\s+)?(?:en\s+fila|alineadas|enfileirad[oa]s|aufgereiht|op\s+een\s+rij|alignee?s|in\s+fila|allineate)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TabletsLinedUp();

    // "stand on the platform and think how easy it would be to just take one step forward".
    [GeneratedRegex(
        @"\bhow\s+easy\s+it\s+(?:would|'d|could)\s+be\s+to\s+(?:just\s+)?(?:take\s+(?:one|a|that)\s+step|step\s+(?:forward|off|out)|jump|let\s+go|fall|swerve|drive\s+(?:off|into)|end\s+it|not\s+(?:come\s+back|wake\s+up))\b"
        + @"|\blo\s+(?:facil|sencillo)\s+que\s+seria\s+(?:dar\s+un\s+paso|tirarme|saltar|soltarme|dejarme\s+caer|no\s+despertar)\b"
        + @"|\bwie\s+(?:einfach|leicht)\s+es\s+w(?:ae|a)re,?\s+(?:einfach\s+)?(?:einen\s+schritt|zu\s+springen|loszulassen|nicht\s+mehr\s+aufzuwachen)\b"
        + @"|\b(?:ce\s+serait|ca\s+serait)\s+(?:si\s+)?facile\s+de\s+(?:faire\s+un\s+pas|sauter|lacher|me\s+laisser\s+tomber|ne\s+pas\s+me\s+reveiller)\b"
        + @"|\bcomo\s+seria\s+facil\s+(?:dar\s+um\s+passo|pular|me\s+jogar|soltar|nao\s+acordar)\b"
        + @"|\bhoe\s+makkelijk\s+het\s+(?:zou\s+zijn|is)\s+om\s+(?:gewoon\s+)?(?:een\s+stap|te\s+springen|los\s+te\s+laten|niet\s+meer\s+wakker)\b"
        + @"|\bquanto\s+sarebbe\s+facile\s+(?:fare\s+un\s+passo|buttarmi|saltare|lasciarmi\s+andare|non\s+svegliarmi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowEasyItWouldBe();

    // "would anyone notice if i just stopped logging in". "Would anyone mind if I posted a link" asks leave; noticing or
    // missing someone who is gone does not.
    [GeneratedRegex(
        @"\bwould\s+(?:any\s*one|anybody|people|you\s+(?:guys|all)|they|my\s+\w+)\s+(?:even\s+|actually\s+|really\s+)?(?:notice|miss\s+me)\s+if\s+i\b"
        + @"|\bwould\s+(?:any\s*one|anybody)\s+(?:even\s+)?care\s+if\s+i\s+(?:just\s+)?(?:was|were|wasn'?t|disappeared|vanished|died|stopped\s+(?:being|existing|living)|was\s+gone|were\s+gone)\b"
        + @"|\balguien\s+(?:se\s+)?(?:daria\s+cuenta|notaria|me\s+echaria\s+de\s+menos|me\s+extranaria)\s+si\b"
        + @"|\bw(?:ue|u)rde\s+(?:es\s+)?(?:(?:ue|u)berhaupt\s+)?(?:jemand|einer|wer)\s+(?:(?:ue|u)berhaupt\s+)?(?:merken|mich\s+vermissen),?\s+wenn\s+ich\b"
        + @"|\bquelqu'?un\s+(?:le\s+)?(?:remarquerait|s'?en\s+rendrait\s+compte|verrait\s+la\s+difference)\s+si\s+je\b"
        + @"|\balguem\s+(?:iria\s+)?(?:perceberia|notaria|perceber|notar|sentiria\s+(?:a\s+minha\s+)?falta)\s+se\s+eu\b"
        + @"|\bzou\s+(?:iemand|er\s+iemand)\s+(?:het\s+)?(?:merken|me\s+missen|doorhebben)\s+als\s+ik\b"
        + @"|\bqualcuno\s+(?:se\s+ne\s+accorgerebbe|noterebbe|sentirebbe\s+la\s+mia\s+mancanza)\s+se\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WouldAnyoneNotice();

    // "i'd kill for a nap i don't wake up from".
    [GeneratedRegex(
        @"\b(?:nap|sleep|rest|kip)\s+(?:that\s+|which\s+)?i\s+(?:don'?t|do\s+not|wouldn'?t|won'?t|never)\s+wake\s+(?:up\s+)?from\b"
        + @"|\b(?:siesta|sueno)\s+(?:del\s+|de\s+la\s+)?(?:que|q)\s+no\s+(?:me\s+)?despierte\b"
        + @"|\bschlaf(?:en)?,?\s+aus\s+dem\s+ich\s+nicht\s+(?:mehr\s+)?(?:aufwache|erwache)\b"
        + @"|\bsommeil\s+dont\s+je\s+ne\s+(?:me\s+)?reveille\s+(?:pas|plus|jamais)\b"
        + @"|\bsono\s+(?:do\s+qual|de\s+que)\s+(?:eu\s+)?nao\s+acorde\b"
        + @"|\bslaap\s+waar\s+ik\s+niet\s+(?:meer\s+)?(?:uit\s+)?wakker\s+(?:uit\s+)?word\b"
        + @"|\bsonno\s+da\s+cui\s+non\s+mi\s+svegli\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ASleepNotWokenFrom();

    // "otro dia mas deseando no despertarme mañana". Waking early or in time is an ordinary wish (NotInTime).
    [GeneratedRegex(
        @"\b(?:wishing|hoping|praying)\s+(?:that\s+)?i\s+(?:don'?t|won'?t|wouldn'?t|never)\s+wake\s+up\b" + NotInTime
        // Round 65: "sometimes i pray to just not wake up". Waking in pain or stiff is a morning, not a wish to die.
        + @"|\b(?:pray|prayed|wish|hope)\s+(?:to\s+)?(?:just\s+|simply\s+)?(?:not|never)\s+(?:to\s+)?wake\s+up\b(?!\s+(?:in\s+(?:pain|agony)|with|stiff|sore|so|too|feeling|again\s+(?:in|with|like)))" + NotInTime
        + @"|\b(?:deseando|deseo|quisiera|ojala|rezando\s+por|rezando\s+para|pidiendo)\s+(?:poder\s+)?no\s+despertar(?:me)?\b" + NotInTime
        + @"|\b(?:desejando|queria|tomara|rezando\s+para|pedindo\s+para)\s+(?:eu\s+)?nao\s+acordar\b" + NotInTime
        + @"|\b(?:w(?:ue|u)nsche|hoffe|bete)\s+(?:mir\s+)?(?:,?\s*dass\s+ich\s+)?nicht\s+(?:mehr\s+)?(?:aufzuwachen|aufwache)\b" + NotInTime
        + @"|\b(?:souhaitant|esperant|j'?espere|je\s+prie\s+pour|priant\s+pour)\s+(?:de\s+)?ne\s+(?:pas|plus)\s+(?:me\s+)?reveiller\b" + NotInTime
        + @"|\b(?:hopend|hoop|hopen|wens|wensend|bid)\s+(?:dat\s+ik\s+)?(?:niet|nooit)\s+(?:meer\s+)?wakker\s+(?:te\s+)?(?:word|worden)\b" + NotInTime
        + @"|\b(?:sperando|spero|vorrei|pregando)\s+di\s+non\s+svegliarmi\b" + NotInTime,
        RegexOptions.CultureInvariant)]
    private static partial Regex WishingNotToWake();

    // "my therapist asked if i had a plan. i said no. i lied", in the seven languages.
    [GeneratedRegex(
        @"\b(?:if|whether)\s+i\s+(?:had|have)\s+a\s+plan\b[^?]{0,60}\b(?:lied|i\s+lie|wasn'?t\s+(?:true|the\s+truth)|not\s+(?:true|the\s+truth))\b"
        + @"|\bsi\s+(?:tenia|tengo)\s+(?:un\s+)?plan\b[^?]{0,60}\b(?:menti|le\s+menti|no\s+era\s+verdad)\b"
        + @"|\bse\s+(?:eu\s+)?(?:tinha|tenho)\s+(?:um\s+)?plano\b[^?]{0,60}\b(?:menti|nao\s+era\s+verdade)\b"
        + @"|\bob\s+ich\s+(?:einen\s+)?plan\s+(?:habe|h(?:ae|a)tte)\b[^?]{0,60}\b(?:gelogen|gelogen\s+hab\w*|stimmte\s+nicht)\b"
        + @"|\bsi\s+j'?(?:avais|ai)\s+(?:un\s+)?plan\b[^?]{0,60}\b(?:j'?ai\s+menti|c'?etait\s+faux)\b"
        + @"|\bof\s+ik\s+(?:een\s+)?plan\s+(?:had|heb)\b[^?]{0,60}\b(?:gelogen|loog)\b"
        + @"|\bse\s+(?:avevo|ho)\s+(?:un\s+)?piano\b[^?]{0,60}\b(?:ho\s+mentito|mentito|non\s+era\s+vero)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex APlanDeniedAndALie();

    // "qual a quantidade de naltrexona q mata?": an amount that kills, asked, in the seven languages. Killing the pain,
    // germs or time is not dying.
    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|cuant\w*|quant\w*|qnt\w*|combien|wie\s*viel\w*|hoeveel|qual\s+a\s+quantidade|(?:what|which)\s+amount|the\s+amount"
        // Round 64: "qual a dose de naltrexona q mata?", the dose named instead of the amount.
        + @"|(?:what|which)\s+dose|(?:qual|que|quale|quelle|welche|welke)\s+(?:a\s+|la\s+|e\s+la\s+|es\s+la\s+)?(?:dose|dosis|dosi|dosering)|ab\s+welcher\s+dosis"
        // Round 83: "whats the most kratom a person could take before it kills them".
        + @"|the\s+most|the\s+max(?:imum)?)\b[^.?!]{0,60}\b"
        + @"(?:(?:would|will|could|it\s+takes?\s+to|to)\s+kill\s+(?:me|you|someone|somebody|a\s+person|an\s+adult|a\s+human|u)\b"
        + @"|before\s+(?:it|that|they)\s+(?:kills?|would\s+kill)\s+(?:them|you|u|me|someone|somebody|a\s+person)\b"
        // Round 67: "the amount where you dont come back from it", asked for a friend.
        + @"|(?:where|when|that|so)\s+(?:you|u|one|someone|somebody|they|i)\s+(?:don'?t|dont|do\s+not|wouldn'?t|won'?t|never)\s+come\s+back(?:\s+from\s+it)?\b"
        + @"|(?:que|q|che|qui|die|dat)\s+(?:te\s+|me\s+|ti\s+|mi\s+|je\s+|jou\s+|dich\s+|einen\s+)?(?:mata|matan|mataria|uccide|ucciderebbe|tue|tuerait|t(?:oe|o)tet|t(?:oe|o)ten\s+w(?:ue|u)rde|doodt|dood\s+gaat)\b"
        + @"|(?:para|pra|pour|per|um|om)\s+(?:me\s+|te\s+|mi\s+|ti\s+|se\s+|mich\s+|dich\s+|je\s+)?(?:matar|mourir|morrer|morir|uccider\w*|morire|sterben|dood\s+te\s+gaan|zu\s+sterben|zu\s+t(?:oe|o)ten)\b"
        // Round 78: "quantas gramas de kratom matam uma pessoa? pergunta pra um amigo kkkk": the amount as the subject that kills.
        + @"|(?:kill|kills)\s+(?:a\s+person|someone|somebody|a\s+human|an\s+adult)\b|(?:mata|matam|mataria|matariam|matan|matarian)\s+(?:a\s+)?(?:uma\s+pessoa|alguem|una\s+persona|alguien|um\s+adulto|un\s+adulto)\b"
        + @"|(?:totet|toten|t(?:oe|o)ten)\s+(?:einen\s+menschen|jemanden)\b|(?:tue|tuent)\s+(?:une\s+personne|quelqu'?un)\b|(?:doodt|doden)\s+(?:iemand|een\s+mens)\b|(?:uccide|uccidono)\s+(?:una\s+persona|qualcuno)\b)"
        + @"(?!\s+(?:the\s+|my\s+|a\s+|o\s+|a\s+|la\s+|el\s+|le\s+|il\s+|de\s+|den\s+|die\s+)?(?:pain|dor|dolor|douleur|schmerz\w*|pijn|dolore|germs|bacteria|bugs|weeds|time|tempo|tiempo|temps|zeit|tijd|mood|vibe))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnAmountThatKills();

    // "ho solo comprato una corda bella robusta 😂": a rope bought, in the six other languages (English is in
    // AMeansMadeReady). A rope for a swing, the dog, the washing or climbing is not a means.
    [GeneratedRegex(
        @"\b(?:compre|he\s+comprado|comprado)\s+(?:una|la)\s+(?:cuerda|soga)\b(?!\s+(?:para\s+(?:el|la|los|las|tender|escalar)|de\s+(?:tender|escalar)))"
        + @"|\b(?:ein|das|nen)\s+seil\s+(?:ge)?kauft\b|\bseil\s+gekauft\b(?![^.?!]{0,20}\b(?:klettern|schaukel|hund|w(?:ae|a)sche)\b)"
        + @"|\b(?:achete|j'?ai\s+achete)\s+(?:une|la)\s+corde\b(?!\s+(?:pour\s+(?:le|la|les|l')|a\s+linge|d'escalade))"
        + @"|\b(?:comprei|comprado)\s+(?:uma|a)\s+corda\b(?!\s+(?:pra|para)\s+(?:o|a|os|as|varal|escalar))"
        + @"|\b(?:een|het)\s+touw\s+(?:ge)?kocht\b(?![^.?!]{0,20}\b(?:schommel|hond|was|klimmen)\b)"
        + @"|\b(?:comprato|preso)\s+(?:una|la)\s+corda\b(?!\s+(?:per\s+(?:il|la|i|le|stendere|arrampic\w*)|da\s+(?:arrampicata|bucato)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex ARopeBought();

    // "ce soir j'suis restée longtemps garée près du pont à me demander si ça ferait mal": a bridge, a platform or an edge,
    // and whether it would hurt.
    [GeneratedRegex(
        @"\b(?:bridge|platform|tracks|rails|ledge|edge|roof|cliff|pont|quai|voies|toit|falaise|puente|anden|vias|techo|acantilado|brucke|bruecke|bahnsteig|gleise|dach|klippe|ponte|plataforma|trilhos|telhado|penhasco|brug|perron|spoor|dak|klif|binari|banchina|tetto|scogliera)\b[^?]{0,80}"
        + @"\b(?:(?:if|whether)\s+it\s+(?:would|'d|will)\s+hurt|si\s+ca\s+(?:ferait|fera)\s+mal|si\s+(?:doleria|dolera|duele)|se\s+(?:ia\s+)?doeria|se\s+vai\s+doer|ob\s+es\s+weh\s*tun\s+w(?:ue|u)rde|ob\s+es\s+wehtut|of\s+het\s+pijn\s+(?:zou\s+)?doe[nt]|se\s+farebbe\s+male|se\s+fa\s+male)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WonderingIfItWouldHurt();

    // "ik heb vanavond een brief voor mijn dochter geschreven en die ligt nu klaar op tafel": a letter for the family, left
    // ready or on the table.
    [GeneratedRegex(
        @"\b(?:letter|note|brief|briefje|carta|lettre|mot|lettera|bilhete)\b[^.?!]{0,30}\b(?:for|to|voor|aan|para|pra|pour|a|fur|an|per)\s+(?:(?:my|mijn|mi|mis|meine\w*|mon|ma|mes|minha|meu|mia|mio|miei)\s+"
        + @"(?:daughter|son|kids|children|husband|wife|partner|family|mum|mom|dad|dochter|zoon|kinderen|man|vrouw|gezin|hija|hijo|hijos|marido|esposa|familia|tochter|sohn|kinder|mann|frau|familie|fille|fils|enfants|mari|femme|famille|filha|filho|filhos|figlia|figlio|figli|famiglia)"
        // Round 62: one letter for each of them, put away in a drawer ("j'ai fait une lettre pour chacun, elles sont dans le
        // tiroir. voilà.").
        + @"|each(?:\s+of\s+them)?|every\s*one|chacun|chacune|cada\s+uno|cada\s+una|cada\s+um|cada\s+uma|jede[nmrs]?|iedereen|ieder|ciascuno|ognuno)\b"
        + @"[^?]{0,80}\b(?:ready|on\s+the\s+(?:kitchen\s+)?table|ligt\s+(?:nu\s+)?klaar|(?:ligt\s+)?op\s+(?:de\s+)?tafel|sobre\s+la\s+mesa|en\s+la\s+mesa|esta\s+lista|auf\s+dem\s+tisch|liegt\s+bereit|sur\s+la\s+table|est\s+prete|na\s+mesa|em\s+cima\s+da\s+mesa|esta\s+pronta|sul\s+tavolo|e\s+pronta"
        + @"|in\s+(?:the|my)\s+drawer|dans\s+(?:le|mon)\s+tiroir|en\s+(?:el|mi)\s+cajon|in\s+der\s+schublade|(?:na|numa)\s+gaveta|nel\s+cassetto|in\s+de\s+la(?:de|tje)?)\b"
        // Dutch and German put the recipient first: "ik heb voor iedereen een brief geschreven, ze liggen in de la".
        + @"|\b(?:voor|fur)\s+(?:iedereen|ieder|jeden|jede|alle)\s+(?:een|einen)\s+(?:brief|briefje)\b[^?]{0,80}\b(?:klaar|op\s+(?:de\s+)?tafel|in\s+de\s+la(?:de|tje)?|bereit|auf\s+dem\s+tisch|in\s+der\s+schublade)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ALetterLeftReady();

    // Round 55 (tuning data): not looking both ways next time ("la prochaine fois que je traverse je regarderai peut-être pas
    // des deux côtés 😂 bon j'blague. enfin à moitié"), in the seven languages.
    [GeneratedRegex(
        @"\b(?:won'?t|not\s+going\s+to|might\s+not|may\s+not|not\s+gonna|wont|stop)\s+(?:bother\w*\s+)?(?:to\s+)?look(?:ing)?\s+both\s+ways\b"
        + @"|\b(?:no|sin)\s+mirar\w*\s+(?:a\s+)?(?:los|ambos)\s+(?:dos\s+)?lados\b|\bnicht\s+(?:mehr\s+)?(?:nach\s+)?links\s+und\s+rechts\s+(?:schau\w*|guck\w*)\b"
        + @"|\b(?:regarderai|regarde|regarder)\s+(?:peut-etre\s+|peut\s+etre\s+)?pas\s+des\s+deux\s+cotes\b|\bsans\s+regarder\s+des\s+deux\s+cotes\b"
        + @"|\b(?:nao|sem)\s+olhar\s+(?:para\s+os\s+|pros\s+)?(?:dois|ambos\s+os)\s+lados\b|\bniet\s+(?:meer\s+)?(?:naar\s+)?links\s+en\s+rechts\s+kijk\w*\b"
        + @"|\bsenza\s+guardare\s+(?:da\s+)?(?:entrambe\s+le\s+parti|tutte\s+e\s+due\s+le\s+parti)\b|\bnon\s+guardo\s+(?:da\s+)?(?:entrambe\s+le\s+parti|tutte\s+e\s+due\s+le\s+parti)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotLookingBothWays();

    // "bin müde. nicht schlaf-müde. einfach fertig mit allem. will nicht mehr." Tired but not sleepy, tired of living, or
    // "will nicht mehr" ending a sentence. Tired of everything ("tô cansada de tudo, ninguém entende") is how members vent
    // in our data, and is not matched.
    [GeneratedRegex(
        @"\bnot\s+(?:sleep|sleepy)[\s-]*tired\b|\bnicht\s+schlaf[\s-]*mude\b|\b(?:ich\s+)?will\s+(?:einfach\s+)?nicht\s+mehr\s*(?:[.!]|$)|\bdone\s+with\s+(?:life|living)\b"
        + @"|\bharta\s+de\s+(?:vivir|la\s+vida)\b|\bno\s+quiero\s+seguir\s*(?:[.!]|$)|\bfatiguee?\s+de\s+vivre\b|\bcansad[ao]\s+de\s+viver\b"
        + @"|\bik\s+wil\s+(?:gewoon\s+)?niet\s+meer\s*(?:[.!]|$)|\bstanc[ao]\s+di\s+vivere\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TiredOfLiving();

    // "hoje de manhã fiquei parada olhando a ponte no caminho pro mercado por muito tempo": staring at a bridge or the tracks
    // for a long time, in the seven languages.
    [GeneratedRegex(
        @"\b(?:stood|standing|stared|staring|looking|looked|sat|sitting|parked)\b[^.?!]{0,30}\b(?:bridge|tracks|railway|ledge|edge)\b[^.?!]{0,50}\b(?:for\s+(?:a\s+)?(?:long\s+time|ages|ever\s+so\s+long|an\s+hour|hours))\b"
        + @"|\b(?:mirando|parad[ao]|sentad[ao])\b[^.?!]{0,30}\b(?:puente|vias)\b[^.?!]{0,50}\b(?:mucho\s+(?:rato|tiempo)|una\s+hora|horas)\b"
        + @"|\b(?:olhando|parad[ao]|sentad[ao])\b[^.?!]{0,30}\b(?:ponte|trilhos|viaduto)\b[^.?!]{0,50}\b(?:muito\s+tempo|um\s+tempao|uma\s+hora|horas)\b"
        + @"|\b(?:stand|stund|sass|sa(?:ss|ß)|starrte|schaute)\b[^.?!]{0,30}\b(?:brucke|bruecke|gleise\w*)\b[^.?!]{0,50}\b(?:lange|ewig|eine\s+stunde|stundenlang)\b"
        + @"|\b(?:regardant|regarde|plantee?|assise?)\b[^.?!]{0,30}\b(?:pont|voies|rails)\b[^.?!]{0,50}\b(?:longtemps|une\s+heure|des\s+heures)\b"
        + @"|\b(?:stond|zat|keek|staarde)\b[^.?!]{0,30}\b(?:brug|spoor|rails)\b[^.?!]{0,50}\b(?:lang|een\s+uur|uren)\b"
        + @"|\b(?:guardando|fissando|fermat[ao]|sedut[ao])\b[^.?!]{0,30}\b(?:ponte|binari)\b[^.?!]{0,50}\b(?:a\s+lungo|tanto\s+tempo|un'?\s*ora|ore)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StaringAtTheBridge();

    // "mijn vader heeft gisteren zijn horloge en al zijn gereedschap aan mijn broer gegeven en zei 'dan is dat ook geregeld'":
    // someone giving their things away, with a settling word or a worried relative, in the six other languages (English is
    // GivingAwayTheirThings).
    [GeneratedRegex(
        @"\b(?:zijn|haar|al\s+zijn|al\s+haar)\s+(?:\w+\s+){0,5}(?:weggegeven|aan\s+(?:mijn|zijn|haar|de)\s+\w+\s+gegeven|gegeven\s+aan)\b"
        // Round 65: all one's own things given away ("ik heb gisteren al mn spullen weggegeven aan mn zus, voelt best wel
        // rustig eigenlijk"), in the six languages; some old clothes to a charity shop are not all one's things.
        + @"|\b(?:al|alle)\s+(?:mijn|mn|m'n)\s+(?:spullen|bezittingen|sieraden|boeken|kleren)\s+(?:\w+\s+){0,4}(?:weggegeven|gegeven|weggedaan)\b"
        + @"|\b(?:regale|he\s+regalado|di|he\s+dado)\s+todas?\s+mis\s+(?:cosas|pertenencias|joyas|libros)\b|\b(?:hab|habe)\s+(?:\w+\s+){0,3}(?:alle\s+)?meine\s+(?:sachen|schmuck|bucher)\s+(?:\w+\s+){0,3}(?:verschenkt|weggegeben)\b"
        + @"|\bj'ai\s+(?:donne|distribue)\s+toutes?\s+mes\s+(?:affaires|choses|bijoux|livres)\b|\b(?:dei|doei)\s+todas?\s+as\s+minhas\s+(?:coisas|joias|roupas)\b|\bho\s+(?:regalato|dato\s+via)\s+tutte\s+le\s+mie\s+(?:cose|gioie|robe)\b"
        + @"|\b(?:ha\s+regalado|regalo|esta\s+regalando)\s+(?:todas?\s+)?(?:sus|su)\s+\w+"
        + @"|\b(?:hat|hatte)\s+(?:\w+\s+){0,5}(?:seine|ihre|sein|ihr)\s+(?:\w+\s+){0,4}(?:verschenkt|weggegeben)\b"
        + @"|\b(?:a\s+donne|donne|distribue)\s+(?:toutes?\s+)?(?:ses|sa|son)\s+\w+"
        + @"|\b(?:deu|doou|distribuiu|esta\s+dando)\s+(?:todas?\s+|todos\s+)?(?:as\s+|os\s+)?(?:suas|seus|sua|seu)\s+\w+"
        + @"|\b(?:ha\s+regalato|ha\s+dato\s+via|sta\s+regalando)\s+(?:tutt[eiao]\s+)?(?:i\s+|le\s+|il\s+|la\s+)?(?:suoi|sue|suo|sua)\s+\w+",
        RegexOptions.CultureInvariant)]
    private static partial Regex GaveTheirThingsAway();

    [GeneratedRegex(
        @"\b(?:dan\s+is\s+dat\s+(?:ook\s+)?geregeld|zorgen\s+maken|ongerust|bezorgd|asi\s+queda\s+(?:arreglado|todo\s+listo)|preocupad[ao]|preocupa|me\s+preocupo"
        + @"|damit\s+(?:ist|w(?:ae|a)re)\s+(?:das\s+)?(?:auch\s+)?erledigt|sorgen\s+machen|mache\s+mir\s+sorgen|besorgt|comme\s+ca\s+c'?est\s+regle|inquiet\w*|m'?inquiet\w*"
        + @"|assim\s+(?:fica|ja\s+fica)\s+resolvido|preocupad[ao]|preocupar|cosi\s+(?:e\s+)?sistemato|preoccupat[ao]|preoccupar\w*"
        // A calm after giving it all away (round 65), said of oneself.
        + @"|voelt\s+(?:\w+\s+){0,2}(?:rustig|kalm|licht|opgelucht)|(?:me\s+siento|me\s+quede)\s+(?:\w+\s+)?(?:tranquil[ao]|en\s+paz|liger[ao])|(?:fuhlt\s+sich|fuhle\s+mich)\s+(?:\w+\s+){0,2}(?:ruhig|leicht|erleichtert)"
        + @"|je\s+me\s+sens\s+(?:\w+\s+)?(?:calme|en\s+paix|leger\w*)|(?:me\s+sinto|to|estou)\s+(?:\w+\s+)?(?:em\s+paz|tranquil[ao]|leve)|mi\s+sento\s+(?:\w+\s+)?(?:in\s+pace|tranquill[ao]|legger[ao]))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SettledOrWorried();

    // Round 56 (tuning data): having thought seriously of jumping or throwing oneself off, or being stopped only by someone
    // ("ieri sera ho pensato seriamente di buttarmi giù dal balcone e mi ha fermata solo il gatto"), in the seven languages.
    // Unlike a jump said in a flare (JumpingFromAHeight), thinking of it seriously needs no word of pain beside it.
    [GeneratedRegex(
        @"\b(?:thought|thinking|think)\s+(?:really\s+|seriously\s+|hard\s+)?(?:about|of)\s+(?:jumping(?!\s+(?:in|into|on|onto|at|back|ship|the\s+gun|to\s+conclusions|through|up|rope|around|for))|throwing\s+myself|stepping\s+off|driving\s+off)\b"
        + @"|\b(?:pense|pensando|pienso)\s+(?:seriamente\s+|en\s+serio\s+)?en\s+(?:tirarme|saltar|lanzarme|botarme)\b"
        + @"|\b(?:dachte|denke)\s+(?:ernsthaft\s+)?(?:daran|dran|dar(?:ue|u)ber\s+nach),?\s+(?:mich\s+)?(?:vom|von\s+der|aus\s+dem|vor\s+den)\s+\w+\s+(?:zu\s+)?(?:springen|st(?:ue|u)rzen|werfen)\b"
        + @"|\b(?:j'?ai\s+pense|je\s+pense|pensais)\s+(?:serieusement\s+|vraiment\s+)?a\s+(?:sauter|me\s+jeter|me\s+balancer)\b"
        + @"|\b(?:pensei|penso|pensando)\s+(?:seriamente\s+|serio\s+)?em\s+(?:pular|me\s+jogar|me\s+atirar)\b"
        + @"|\b(?:dacht|denk)\s+(?:serieus\s+|echt\s+)?(?:erover\s+na\s+)?om\s+(?:te\s+springen|me\s+(?:eraf|ervoor)\s+te\s+gooien)\b"
        + @"|\b(?:ho\s+pensato|penso|pensavo|stavo\s+pensando)\s+(?:seriamente\s+|davvero\s+)?di\s+(?:buttarmi|lanciarmi|gettarmi|saltare)\b"
        + @"|\b(?:only|nothing\s+but)\s+(?:my|the)\s+(?:cat|dog|kids?|son|daughter)\s+stopped\s+me\b|\bmi\s+ha\s+fermat[ao]\s+solo\b|\bsolo\s+(?:me\s+)?(?:detuvo|paro)\s+mi\b|\bnur\s+(?:mein|meine)\s+\w+\s+hat\s+mich\s+(?:abgehalten|aufgehalten)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ThoughtSeriouslyOfJumping();

    // Round 57 (tuning data): ways read about or found that seem painless ("ive been reading about ways and found a couple that
    // seem painless honestly"). Ways to stretch, move or sleep that are painless are not matched.
    [GeneratedRegex(
        @"\b(?:reading|read|looking|looked|researching|researched|googling|googled|found|finding|leyendo|buscando|encontre|gelesen|gesucht|gefunden|lu|cherche|trouve|lendo|pesquisando|encontrei|gelezen|gezocht|gevonden|letto|cercato|trovato)\b"
        + @"[^?]{0,40}\b(?:ways|methods|maneras|formas|metodos|wege|methoden|moyens|facons|methodes|manieren|modi|metodi)\b(?!\s+(?:to|of|for|de|para|um|zu|pour|om|per|di)\s+(?:stretch\w*|exercis\w*|mov\w*|walk\w*|sleep\w*|get|sit|stand|cook\w*|clean\w*|estir\w*|dorm\w*|caminar|dehn\w*|schlaf\w*|etir\w*|bouger|alongar|rekken|slapen|allung\w*))"
        + @"[^?]{0,60}\b(?:painless|indolor\w*|sin\s+dolor|schmerzlos\w*|ohne\s+schmerzen|sans\s+douleur|sem\s+dor|pijnloos|zonder\s+pijn|indolore|senza\s+dolore)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FoundPainlessWays();

    // "ranking my ways out: 1. disability approval (lol never) 2. miracle cure (lol) 3. the pills in my sock drawer".
    [GeneratedRegex(@"\b(?:my|the|only|\d)\s+ways?\s+out\b", RegexOptions.CultureInvariant)]
    private static partial Regex WaysOut();

    [GeneratedRegex(
        @"\bheart\s+(?:is\s+|'s\s+)?(?:going\s+(?:mental|crazy|mad|nuts|wild|insane)|racing|pounding|hammering|beating\s+(?:so\s+|really\s+)?(?:fast|hard|weird)|all\s+over\s+the\s+place)\b"
        + @"|\bcorazon\s+(?:me\s+)?(?:va\s+a\s+mil|late\s+(?:muy\s+)?(?:rapido|fuerte)|acelerado|desbocado)\b|\bherz\s+(?:rast|h(?:ae|a)mmert|schl(?:ae|a)gt\s+(?:wie\s+wild|so\s+schnell))\b"
        + @"|\bc(?:oe|o)ur\s+(?:bat\s+(?:tres\s+|trop\s+)?(?:vite|fort)|s'?emballe)\b|\bcoracao\s+(?:(?:a|esta)\s+)?(?:disparado|acelerado|batendo\s+(?:muito\s+)?(?:rapido|forte))\b"
        + @"|\bhart\s+(?:gaat\s+(?:als\s+een\s+gek|tekeer)|bonkt|racet)\b|\bcuore\s+(?:a\s+mille|che\s+batte\s+(?:fortissimo|velocissimo)|impazzito)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RacingHeart();

    [GeneratedRegex(
        @"\b(?:can'?t|cannot|cant)\s+(?:feel|move)\s+my\s+(?:hands|feet|fingers|arms|legs|face|lips)\b|\b(?:hands|fingers|face|lips|arms)\s+(?:are\s+|is\s+|gone\s+)?(?:numb|tingling)\b"
        + @"|\b(?:shaking|trembling|sweating|dizzy|can'?t\s+breathe|hard\s+to\s+breathe|chest\s+(?:is\s+)?tight|seeing\s+things|on\s+my\s+own|alone)\b"
        + @"|\b(?:no\s+siento\s+las\s+manos|temblando|sudando|mareado|mareada|sol[oa])\b|\b(?:kann\s+meine\s+h(?:ae|a)nde\s+nicht\s+sp(?:ue|u)ren|zittere|schwitze|schwindelig|allein)\b"
        + @"|\b(?:je\s+sens\s+plus\s+mes\s+mains|tremble|transpire|vertige|seule?)\b|\b(?:nao\s+sinto\s+as\s+maos|tremendo|suando|tonta|tonto|sozinh[oa])\b"
        + @"|\b(?:voel\s+mijn\s+handen\s+niet|tril|zweet|duizelig|alleen)\b|\b(?:non\s+sento\s+le\s+mani|tremo|sudo|vertigini|da\s+sol[oa])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherAlarmSign();

    // Round 58 (read after measuring on 17bf966): the amount at which something becomes dangerous, asked for someone who is
    // fed up with everything ("ab wie viel LDN wirds eigentlich gefährlich? frag für ne bekannte die grad echt alles satt
    // hat"). Either alone is ordinary: members ask about safe limits, and they are fed up.
    [GeneratedRegex(
        @"\bhow\s+(?:much|many)\b[^.?!]{0,40}\bbefore\s+(?:it'?s|it\s+(?:\w+\s+)?(?:gets|becomes|is|turns))\s+(?:dangerous|deadly|lethal|fatal)\b"
        // Round 73: "whats the most LDN a person could take before it actually becomes dangerous? asking for a friend who's had
        // enough", and the same before-it-turns-dangerous in the six other languages.
        // Round 74: "hypothetically how many of the 50mg naltrexone tabs would be too many for someone".
        + @"|\bhow\s+(?:much|many)\b[^.?!]{0,60}\bwould\s+be\s+too\s+(?:much|many)\s+for\s+(?:someone|somebody|a\s+person|one\s+person|a\s+body|an\s+adult)\b"
        // Round 78: "hypothetically how many grams of kratom would actually be too much. like dangerous too much. asking for a
        // friend who's in a really bad place rn".
        + @"|\bhow\s+(?:much|many)\b[^.?!]{0,60}\bwould\s+(?:actually\s+|really\s+)?be\s+too\s+(?:much|many)\b[^?]{0,30}\b(?:dangerous|deadly|lethal|fatal)\b"
        + @"|\b(?:the\s+)?(?:most|max|maximum)\b[^.?!]{0,40}\b(?:could|can|would|should)\s+(?:\w+\s+)?take\s+before\s+(?:it'?s|it\s+(?:\w+\s+)?(?:gets|becomes|is|turns|goes))\s+(?:dangerous|deadly|lethal|fatal|toxic)\b"
        + @"|\b(?:cuant[oa]s?|maxim[oa]|mas)\b[^.?!]{0,50}\bantes\s+de\s+que\s+(?:sea|se\s+vuelva|resulte)\s+(?:peligros[oa]|mortal|letal)\b"
        + @"|\b(?:wie\s*viel\w*|maximal|h(?:oe|o)chstens|am\s+meisten)\b[^.?!]{0,50}\bbevor\s+es\s+(?:\w+\s+)?(?:gef(?:ae|a)hrlich|t(?:oe|o)dlich)\s+wird\b"
        + @"|\b(?:combien|maximum|le\s+plus)\b[^.?!]{0,50}\bavant\s+que\s+(?:ce|ca)\s+(?:ne\s+)?(?:soit|devienne)\s+(?:\w+\s+)?(?:dangereu\w*|mortel\w*)\b"
        + @"|\b(?:quant[oa]s?|maxim[oa]|o\s+maximo)\b[^.?!]{0,50}\bantes\s+de\s+(?:ficar|ser|se\s+tornar)\s+(?:\w+\s+)?(?:perigos[oa]|mortal|letal)\b"
        + @"|\b(?:hoeveel|maximaal|het\s+meeste)\b[^.?!]{0,50}\bvoordat\s+het\s+(?:\w+\s+)?(?:gevaarlijk|dodelijk)\s+wordt\b"
        + @"|\b(?:quant[oaie]|massimo)\b[^.?!]{0,50}\bprima\s+che\s+(?:sia|diventi)\s+(?:\w+\s+)?(?:pericolos[oa]|mortale|letale)\b"
        + @"|\bab\s+wie\s*viel\w*\b[^.?!]{0,40}\b(?:gefahrlich|todlich|fatal)\b"
        + @"|\ba\s+partir\s+de\s+cu[a]nt[oa]s?\b[^.?!]{0,40}\b(?:peligros[oa]|mortal|letal|fatal)\b"
        + @"|\ba\s+partir\s+de\s+combien\b[^.?!]{0,40}\b(?:dangereu\w*|mortel\w*|letal\w*|fatal\w*)\b"
        + @"|\ba\s+partir\s+de\s+quant[oa]s?\b[^.?!]{0,40}\b(?:perigos[oa]|mortal|letal|fatal)\b"
        + @"|\b(?:da|oltre)\s+quant[oaie]\b[^.?!]{0,40}\b(?:pericolos[oa]|mortale|letale|fatale)\b"
        + @"|\bvanaf\s+hoeveel\b[^.?!]{0,40}\b(?:gevaarlijk|dodelijk|fataal)\b"
        // Round 60: how much one would have to take for it to turn dangerous ("wie viel LDN müsste man eigentlich nehmen
        // damit es richtig gefährlich wird?"), in the seven languages.
        + @"|\bhow\s+(?:much|many)\b[^.?!]{0,50}\b(?:need|have|had)\s+to\s+take\b[^.?!]{0,30}\b(?:dangerous|deadly|lethal|fatal)\b"
        + @"|\bwie\s*viel\w*\b[^.?!]{0,60}\bdamit\s+es\s+(?:\w+\s+){0,2}(?:gefahrlich|todlich|fatal)\s+wird\b"
        // Round 76: "cuanto tramadol hace falta para q sea peligroso de verdad?" writes "que" as "q".
        + @"|\bcu[a]nt[oa]s?\b[^.?!]{0,50}\bpara\s+(?:que|q)\s+(?:sea|resulte)\s+(?:\w+\s+)?(?:peligros[oa]|mortal|letal|fatal)\b"
        + @"|\bcombien\b[^.?!]{0,50}\bpour\s+que\s+(?:ce\s+soit|ca\s+devienne|ca\s+soit)\s+(?:\w+\s+)?(?:dangereu\w*|mortel\w*|fatal\w*)\b"
        + @"|\bquant[oa]s?\b[^.?!]{0,50}\bpara\s+(?:(?:que|q)\s+seja|ficar)\s+(?:\w+\s+)?(?:perigos[oa]|mortal|letal|fatal)\b"
        + @"|\bquant[oaie]\b[^.?!]{0,50}\bperche\s+(?:sia|diventi)\s+(?:\w+\s+)?(?:pericolos[oa]|mortale|letale|fatale)\b"
        + @"|\bhoeveel\b[^.?!]{0,50}\b(?:voordat|zodat)\s+het\s+(?:\w+\s+)?(?:gevaarlijk|dodelijk|fataal)\s+(?:wordt|is)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhenAnAmountTurnsDangerous();

    // Round 60: the amount that would be too much for a body weight ("whats the amount of amitriptyline that would be too
    // much for like a 60kg woman"). Members ask about safe limits too, so the caller wants a friend or a story beside it.
    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|(?:what'?s|whats|what\s+is|which\s+is)\s+the\s+amount|what\s+amount)\b[^.?!]{0,60}\b(?:would\s+be|is|gets)\s+(?:too\s+much|dangerous|deadly|lethal|fatal)\s+for\s+(?:like\s+)?(?:a|an|someone|somebody)?\s*\d{2,3}\s*(?:kg|kilos?|lbs?|pounds)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatIsTooMuchForABodyWeight();

    // Someone else or a story as the reason for asking.
    [GeneratedRegex(
        // Round 74: "… would be too many for someone. not me. a friend".
        @"\bnot\s+(?:for\s+)?me\W+(?:it'?s\s+|its\s+)?(?:for\s+)?(?:a|my)\s+(?:friend|mate|pal)\b|"
        + @"\b(?:(?:asking\s+)?for\s+a\s+(?:friend|mate|story|novel|book|screenplay|character)|(?:a|my)\s+(?:story|novel|book|fanfic|screenplay)\s+i'?m\s+writing|(?:its|it'?s)\s+for\s+(?:a|my)\s+(?:story|novel|book)"
        + @"|fr(?:a|ae)ge?\s+f(?:u|ue)r\s+(?:ne|eine?n?|nen)\s+(?:freundin|freund|bekannte|kumpel)|f(?:u|ue)r\s+(?:ein(?:en)?\s+)?(?:buch|roman|geschichte)"
        + @"|(?:pregunto\s+)?(?:para|por)\s+una?\s+amig[oa]|para\s+una?\s+(?:novela|historia|libro)"
        + @"|(?:je\s+demande\s+)?pour\s+une?\s+ami[e]?|pour\s+une?\s+(?:roman|histoire|livre)"
        + @"|(?:pergunto\s+)?(?:para|pra)\s+uma?\s+amig[oa]|para\s+uma?\s+(?:romance|historia|livro)"
        + @"|(?:chiedo\s+)?per\s+(?:un'?\s*amic[oa]|un\s+amico)|per\s+un\s+(?:romanzo|racconto|libro)"
        + @"|(?:vraag\s+)?voor\s+een\s+(?:vriendin|vriend|kennis|boek|verhaal))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ForAFriendOrAStory();

    [GeneratedRegex(
        @"\b(?:alles\s+satt|die\s+nase\s+voll\s+von\s+allem|keine\s+kraft\s+mehr\s+fur\s+(?:alles|nichts)"
        + @"|(?:fed\s+up|done|had\s+enough)\s+(?:with|of)\s+(?:everything|it\s+all|life|living)(?!\s+(?:hurting|aching|being|that|about|to\s+do))"
        + @"|harta\s+de\s+(?:todo|vivir)|cansad[ao]\s+de\s+vivir|marre\s+de\s+(?:tout|vivre)|fart[ao]\s+de\s+(?:tudo|viver)"
        + @"|stuf[ao]\s+di\s+(?:tutto|vivere)|(?:het|alles)\s+(?:helemaal\s+)?(?:gehad|zat))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FedUpWithEverything();

    // Round 58: a will written with its reason withheld ("haha guess who wrote her will at 34 this afternoon 🙃 no reason").
    // A will alone is ordinary ("did my will this morning, the solicitor was lovely").
    [GeneratedRegex(
        @"\b(?:wrote|written|writing|made|making|did|done|finished|signed|drew\s+up|drawn\s+up)\s+(?:up\s+)?(?:my|her|his|their|a)\s+(?:own\s+)?will\b"
        + @"|\b(?:testament|testamento)\s+(?:gemacht|geschrieben|hecho|escrito|fait|feito|fatto|gemaakt)\b|\b(?:hecho|escrito|fait|feito|fatto|gemaakt|gemacht|geschrieben)\s+(?:mi|mon|meu|o\s+meu|il\s+mio|mijn|mein)\s+(?:testament|testamento)\b"
        // Round 70: "ha fatto testamento e che 'tanto ormai'", the will made told of someone else.
        + @"|\b(?:ha\s+fatto|hizo|a\s+fait|fez|heeft|hat)\s+(?:il\s+|el\s+|son\s+|o\s+|een\s+|zijn\s+|haar\s+|ein\s+|sein\s+|ihr\s+)?(?:testament|testamento)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AWillWritten();

    [GeneratedRegex(
        @"\b(?:no\s+(?:particular\s+)?reason|don'?t\s+ask|por\s+nada|sin\s+motivo|ohne\s+grund|frag\s+nicht|pour\s+rien|sans\s+raison|por\s+nada|sem\s+motivo|senza\s+motivo|zomaar|geen\s+reden"
        // Round 70: a will made "because what's the point now" ("ha fatto testamento e che 'tanto ormai'").
        + @"|tanto\s+ormai|(?:what'?s|whats)\s+the\s+point\s+(?:now|anyway|anymore)|total\s+egal\s+jetzt|ya\s+da\s+igual|de\s+toute\s+facon\s+maintenant|agora\s+tanto\s+faz|maakt\s+nu\s+toch\s+niet\s+meer\s+uit)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoReasonGiven();

    // Round 58: the pain "killing me" and dying thought of as fine ("this pain is killing me and lately i've started
    // thinking that would be fine"). The idiom alone is how members speak of pain.
    [GeneratedRegex(
        @"\bkilling\s+me\b[^?]{0,80}\b(?:think\w*|thought|feel\w*|felt)\s+(?:that\s+|it\s+)?(?:would|wouldn'?t|might)\s+(?:be\s+)?(?:fine|ok|okay|alright|a\s+relief|so\s+bad|a\s+mercy)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PainKillingThemWouldBeFine();

    // Round 59 (read after measuring on e720d2b): a sleep that lasts for ever, wished for in jest ("seriously considering
    // signing up for the permanent nap program 😂💀"); "eternal rest" in a eulogy wishes nothing.
    [GeneratedRegex(
        @"\b(?:consider\w*|thinking\s+(?:about|of)|sign\w*\s+(?:me\s+)?up\s+for|sign\s+me\s+up|ready\s+for|want\w*|need\w*|could\s+use|take|taking|book\w*)\s+(?:\w+\s+){0,3}(?:a\s+|the\s+)?(?:permanent|eternal|everlasting|forever|endless)\s+(?:nap|sleep|snooze)\b"
        + @"|\bdirt\s+nap\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex APermanentSleepWished();

    // Round 59: one's own pet given away because someone else will soon care for it better ("ik geef m'n kat deze week aan
    // m'n zus. beter zo. zij kan straks beter voor hem zorgen dan ik"). Rehoming a pet for an allergy or a move says neither.
    [GeneratedRegex(
        @"\b(?:ik\s+geef|ik\s+breng|i'?m\s+giving|i\s+gave|giving|rehoming|doy|le\s+doy|regalo|ich\s+gebe|gebe|je\s+donne|je\s+confie|dou|vou\s+dar)\s+(?:away\s+)?"
        + @"(?:m'?n|mijn|my|mi|meine?n?|mon|ma|meu|minha|o\s+meu|a\s+minha|il\s+mio|la\s+mia)\s+(?:kat|hond|katten|honden|cat|dog|cats|dogs|gato|gata|perro|perra|katze|hund|chat|chatte|chien|chienne|cachorro|cachorra|gatto|gatta|cane)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GivingTheirPetAway();

    [GeneratedRegex(
        @"\b(?:beter\s+zo|better\s+this\s+way|mejor\s+asi|es\s+lo\s+mejor|besser\s+so|c'?est\s+mieux\s+(?:comme\s+ca|ainsi)|melhor\s+assim|meglio\s+cosi"
        + @"|beter\s+voor\s+(?:hem|haar)\s+zorgen\s+dan\s+ik|better\s+than\s+i\s+(?:can|could|ever)|mejor\s+que\s+yo|besser\s+als\s+ich|mieux\s+que\s+moi|melhor\s+do\s+que\s+eu|meglio\s+di\s+me)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BetterThisWay();

    // Round 59: the family lighter without them ("my family would honestly be lighter without me, like financially").
    [GeneratedRegex(
        @"\b(?:would|will|'d|might)\s+(?:\w+\s+){0,2}(?:be\s+)?(?:\w+\s+)?(?:lighter|easier|happier|richer|freer|calmer)\s+without\s+me\b(?=\s*(?:$|[.,!?;:)]|(?:like|honestly|tbh|lol|idk|tho|though|anyway)\b))"
        + @"|\b(?:estarian|seria|serian)\s+(?:mas\s+)?(?:tranquil[oa]s?|felices|aliviad[oa]s?)\s+sin\s+mi\b|\b(?:waren|ware)\s+(?:\w+\s+)?(?:leichter|glucklicher)\s+ohne\s+mich\b"
        // Round 62: "acho que minha família ficaria mais tranquila sem mim".
        + @"|\b(?:ficaria|ficariam|estaria|estariam|seria|seriam|viveria|viveriam)\s+(?:\w+\s+)?(?:mais\s+)?(?:tranquil[oa]s?|feliz(?:es)?|leves?|aliviad[oa]s?|em\s+paz)\s+sem\s+mim\b(?=\s*(?:$|[.,!?;:)]|(?:sabe|sei\s+la|honestamente|de\s+verdade|mesmo|acho)\b))"
        + @"|\bpiu\s+(?:tranquill[ie]|sereni|felici|leggeri)\s+senza\s+di\s+me\b|\b(?:rustiger|gelukkiger|lichter)\s+zonder\s+mij\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LighterWithoutThem();

    // Round 59: having checked how high a railing or a bridge is ("i went and checked how high the railing on the bridge by
    // my house is").
    [GeneratedRegex(
        @"\b(?:checked|check(?:ing)?|looked\s+(?:at|up)|measured|went\s+to\s+see|wondered)\s+how\s+(?:high|tall|far\s+down)\s+(?:the|that|this)\s+(?:(?:railing|barrier|ledge|parapet|fence|drop)\s+(?:on|of|at|from)\s+(?:the|that|this|my)\s+)?(?:bridge|balcony|overpass|roof|cliff|viaduct|car\s+park\s+roof)\b"
        // Round 60: looking into which bridge in town is the highest ("been researching which bridge in town is the highest.
        // morbid hobby lol").
        + @"|\b(?:research\w*|look\w*\s+(?:up|into)|googl\w*|search\w*|checking|checked|found\s+out|figur\w*\s+out|work\w*\s+out)\s+(?:which|what)\s+(?:bridge|building|car\s+park|parking\s+garage|cliff|overpass|tower\s+block)\b[^.?!]{0,40}\b(?:highest|tallest|the\s+highest|the\s+tallest|high\s+enough|the\s+biggest\s+drop)\b"
        // Round 66: at the end of a long day's vent, "hab vorhin ehrlich gesagt überlegt wie hoch unser balkon eigentlich ist";
        // the same thought in the six other languages.
        + @"|\b(?:uberlegt|nachgedacht|geschaut|gegoogelt|nachgemessen|gefragt)\b[^.?!]{0,20}\bwie\s+hoch\s+(?:unser|mein|der|die|das)\s+(?:balkon|fenster|dach|brucke|parkhaus)\b"
        + @"|\b(?:nagedacht|bedacht|gekeken|opgezocht|afgevraagd)\b[^.?!]{0,20}\bhoe\s+hoog\s+(?:ons|onze|mijn|het|de)\s+(?:balkon|raam|dak|brug)\b|\bhoe\s+hoog\s+(?:ons|onze|mijn|het|de)\s+(?:balkon|raam|dak|brug)\s+(?:eigenlijk\s+)?is\b[^.?!]{0,20}\b(?:nagedacht|bedacht|afgevraagd)\b"
        + @"|\b(?:pense|mire|busque|calcule)\b[^.?!]{0,20}\b(?:que\s+tan|cuan|lo)\s+alto\s+(?:que\s+)?(?:es|esta)\s+(?:el|mi|nuestro)\s+(?:balcon|puente|techo|edificio)\b"
        + @"|\b(?:demande|regarde|calcule|pense)\b[^.?!]{0,20}\b(?:a\s+)?quelle\s+hauteur\s+(?:est|etait|fait)\s+(?:le|notre|mon)\s+(?:balcon|pont|toit)\b"
        + @"|\b(?:pensei|vi|pesquisei|calculei)\b[^.?!]{0,20}\b(?:quao|que)\s+alt[oa]\s+(?:e|fica)\s+(?:a|o|nossa|nosso|minha|meu)\s+(?:varanda|sacada|ponte|telhado|predio)\b"
        + @"|\b(?:pensato|guardato|cercato|chiesto)\b[^.?!]{0,20}\bquanto\s+(?:e\s+)?alt[oa]\s+(?:e\s+)?(?:il|la|il\s+nostro|il\s+mio)\s+(?:balcone|ponte|tetto|terrazzo)\b"
        // Round 78: "wonder how high the balcony is on the 9th floor. jk. sort of. 11 years of this pain mate".
        + @"|\b(?:wonder\w*|thinking\s+about|thought\s+about|looked\s+up|googled|checked|worked\s+out)\s+how\s+high\s+(?:up\s+)?(?:the|my|our|this|that)\s+(?:balcony|bridge|roof|window|building|car\s+park|parking\s+garage|cliff|overpass)\b[^.?!]{0,30}?\s(?:is|was)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CheckedHowHighItIs();
    // Round 61 (read after measuring on 3054b41): a vehicle welcomed, in jest ("haha at this point id welcome a bus.
    // genuinely"). Welcoming a train strike or a bus route welcomes nothing that hits them.
    [GeneratedRegex(
        @"\b(?:i'?d|i\s+would|would|i'?m\s+ready\s+to)\s+(?:\w+\s+){0,2}welcome\s+(?:a|the|any)\s+(?:bus|truck|lorry|train|tram|car|meteor|asteroid)\b"
        + @"(?!\s+(?:strike|ride|journey|trip|service|ticket|timetable|driver|route|pass|fare|lane|seat|park|parking|wash|boot|sale)\b)"
        // Round 73: "lol at this point if a bus hit me i'd send it a thank you card 🚌💐".
        + @"|\bif\s+(?:a|the|some)\s+(?:bus|truck|lorry|train|tram|car|meteor|asteroid)\s+(?:hit|hits|ran\s+over|runs\s+over|took\s+me\s+out|flattened)\s*(?:me)?\b[^.?!,]{0,40}\b(?:(?:i'?d|i\s+would|id)\s+(?:\w+\s+)?(?:send\s+it|thank|be\s+(?:so\s+)?(?:grateful|thankful|relieved))|(?:i\s+)?(?:wouldn'?t|would\s+not)\s+(?:mind|complain|be\s+sad)|(?:i'?d|i\s+would|id)\s+(?:be\s+)?(?:fine|ok|okay)\s+with\s+(?:it|that))\b"
        // Round 75: "scherzo eh ma se domani mi investe un tram non mi lamento 😂": the same in the six other languages.
        + @"|\bsi\s+(?:manana\s+)?(?:me\s+atropella|me\s+pilla|me\s+arrolla)\s+(?:un|el|algun)\s+(?:bus|autobus|camion|tren|tranvia|coche|carro|meteorito)\b[^.?!]{0,30}\b(?:no\s+me\s+(?:quejo|quejaria|importaria)|lo\s+agradeceria|daria\s+las\s+gracias)\b"
        + @"|\bwenn\s+mich\s+(?:morgen\s+)?(?:ein|der|die|eine)\s+(?:bus|lkw|laster|zug|tram|stra(?:ss|ß)enbahn|auto|meteorit)\s+(?:uberfahrt|umfahrt|erwischt|mitnimmt)\b[^.?!]{0,30}\b(?:beschwer\w*\s+ich\s+mich\s+nicht|w(?:ae|a)r\w*\s+(?:ich\s+)?(?:\w+\s+){0,2}(?:nicht\s+traurig|dankbar)|w(?:ae|a)re?\s+mir\s+(?:das\s+)?recht)\b"
        + @"|\bsi\s+(?:demain\s+)?(?:un|le|une)\s+(?:bus|camion|train|tram|tramway|voiture|meteorite)\s+(?:me\s+renverse|m'?ecrase|me\s+passe\s+dessus)\b[^.?!]{0,30}\b(?:je\s+(?:ne\s+)?(?:me\s+plaindrai|me\s+plaindrais|me\s+plains)\s+pas|je\s+dirai\w*\s+merci|(?:ca|cela)\s+(?:ne\s+)?me\s+derangerait\s+pas)\b"
        + @"|\bse\s+(?:amanha\s+)?(?:um|o)\s+(?:onibus|caminhao|trem|bonde|carro|meteoro)\s+me\s+(?:atropelar|atropela|pegar)\b[^.?!]{0,30}\b(?:nao\s+reclam\w+|agradec\w+)\b"
        + @"|\bals\s+(?:er\s+)?(?:morgen\s+)?(?:een|de)\s+(?:bus|tram|trein|vrachtwagen|auto|meteoriet)\s+(?:me|mij)\s+(?:aanrijdt|overrijdt|schept|aanreed)\b[^.?!]{0,30}\b(?:klaag\s+ik\s+niet|zou\s+ik\s+niet\s+klagen|vind\s+ik\s+(?:het|dat)\s+niet\s+erg|ben\s+ik\s+dankbaar)\b"
        + @"|\bse\s+(?:domani\s+)?(?:mi\s+(?:investe|mette\s+sotto|prende\s+in\s+pieno)\s+(?:un|il|una|la)\s+(?:tram|autobus|bus|pullman|treno|camion|macchina|auto|meteorite)|(?:un|il|una|la)\s+(?:tram|autobus|bus|pullman|treno|camion|macchina|auto|meteorite)\s+mi\s+(?:investe|mette\s+sotto))\b[^.?!]{0,30}\b(?:non\s+mi\s+(?:lamento|lamenterei|lamentero)|ringrazio|ringrazierei|sarei\s+grat[oa])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AVehicleWelcomed();

    // Round 61: asking who would take in their pet once they are no longer around ("who takes in a 9 yr old tabby if her
    // owner isnt around anymore? … asking bc im pretty much done"). A pet-sitter for a trip ("if i'm not around next week")
    // is not matched: it needs "any more", "for good", "no longer" or "gone".
    [GeneratedRegex(
        @"\b(?:who|someone|somebody|anyone|anybody)\s+(?:\w+\s+){0,3}(?:takes?\s+(?:in|over|care\s+of)|taking\s+(?:in|over|care\s+of)|look\w*\s+after|cares?\s+for|adopts?|rehomes?)\b[^.?!]{0,60}"
        + @"\b(?:if|when|once|after)\s+(?:(?:i'?m|i\s+am|(?:her|his|their|the)\s+(?:owner|human|mum|mom|dad|person)(?:\s+is|'?s))\s+"
        + @"(?:not\s+(?:around|here)\s+(?:any\s*more|for\s+good)|no\s+longer\s+(?:around|here)|gone(?!\s+(?:for|on|to|away|out|over|in|at)\b))"
        + @"|(?:her|his|their|the)\s+(?:owner|human|mum|mom|dad|person)\s+(?:isn'?t|is\s+not)\s+(?:around|here)\s+(?:any\s*more|for\s+good))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex APetProvidedForAfterThem();
    // Round 62 (read after measuring on 3054b41): a plan that is a height ("haha my new pain management plan is a very tall
    // building 😅"). A plan to walk up a hill or to a building names no plan that "is" the height.
    [GeneratedRegex(
        @"\b(?:plan|strategy|solution|cure|answer|treatment|exit\s+strategy)\s+(?:is|=|involves|includes)\s+(?:just\s+)?(?:a|the|some)\s+(?:very\s+|really\s+|nice\s+|good\s+)?(?:tall|high)\s+(?:building|bridge|cliff|roof|rooftop|tower|balcony|car\s+park)\b"
        + @"|\b(?:plan|strategy|solution|cure|answer)\s+(?:is|=|involves|includes)\s+(?:just\s+)?(?:a\s+rope|the\s+(?:train\s+tracks|tracks|railway|river|motorway))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex APlanThatIsAHeight();

    // Round 62: an amount asked so that it would all be over ("en hoeveel is te veel, zodat het klaar is?" after a question
    // about the most oxycodone a day), in the seven languages.
    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|hoeveel|wie\s*viel\w*|combien|cu[a]nt[oa]s?|quant[oaie]s?)\b[^.?!]{0,60}\b(?:"
        + @"so\s+(?:that\s+)?(?:it'?s|it\s+is|it'?d\s+be|it\s+would\s+be|everything\s+is|it\s+all\s+is)\s+(?:all\s+)?(?:over|finished)(?!\s+with)|so\s+(?:that\s+)?it\s+(?:all\s+)?(?:ends|stops\s+for\s+good)|to\s+end\s+it\s+all"
        + @"|zodat\s+het\s+(?:\w+\s+)?(?:klaar|voorbij|afgelopen|gedaan)\s+is|om\s+er\s+een\s+eind\s+aan\s+te\s+maken"
        + @"|damit\s+(?:es|alles)\s+(?:\w+\s+)?(?:vorbei|zu\s+ende|aus)\s+ist"
        + @"|pour\s+que\s+(?:ce\s+soit|tout\s+soit|ca\s+soit)\s+fini|pour\s+en\s+finir"
        + @"|para\s+que\s+(?:todo\s+)?(?:se\s+)?(?:acabe|termine)|para\s+acabar\s+con\s+todo|para\s+(?:que\s+)?(?:tudo\s+)?(?:acabe|acabar\s+com\s+tudo)"
        + @"|perche\s+(?:tutto\s+)?(?:sia\s+finit[ao]|finisca)|per\s+farla\s+finita)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnAmountForAnEnd();
    // Round 63 (read after measuring on f05289d): looking at a bridge again and again ("i keep looking at the bridge on my
    // walk to the shops"). Photos, plans or repairs of a bridge are not matched.
    [GeneratedRegex(
        @"\b(?:keep|kept|keeps|keeping)\s+(?:on\s+)?(?:looking|staring|glancing|stopping|ending\s+up)\s+(?:at|by|on)\s+(?:the|that)\s+(?:bridge|tracks|railway|ledge|river|cliff|edge)\b"
        + @"(?!\s+(?:photos?|pictures?|pics?|design|plans?|works|repairs|traffic|map|painting))",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeepsLookingAtTheBridge();

    // Round 63: walking into the sea, said as what one will do ("if the neurologist says 'it's all stress' one more time I'll
    // just walk into the sea 🌊"). A walk into the sea up to the knees, told in the past, is not matched.
    [GeneratedRegex(
        @"\b(?:i'?ll|i\s+will|i'?m\s+(?:gonna|going\s+to)|gonna|might|could|want\s+to|wanna|ready\s+to|just)\s+(?:just\s+|simply\s+|quietly\s+)?walk\s+(?:into|in\s+to)\s+the\s+(?:sea|ocean|river|lake|waves)\b"
        // Round 77: "haha if this flare lasts another week i'm walking into the sea 🌊 jk... mostly".
        + @"|\b(?:i'?m|im|i\s+am)\s+(?:just\s+|simply\s+|quietly\s+)?walking\s+(?:into|in\s+to)\s+the\s+(?:sea|ocean|river|lake|waves)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WalkingIntoTheSea();

    // "if one more person tells me to try yoga im going to walk into the sea 🙃" is labelled safe in our unused data (twice),
    // the same hyperbole as round 63's "if the neurologist says 'it's all stress' one more time", which its writer labelled
    // a crisis. Our own labels decide: the threat made conditional on one more remark is exasperation, and the model still
    // reads it.
    // Round 78: "if i have to explain to ONE more relative that fibro is real i'm going to walk into the sea 😂".
    [GeneratedRegex(@"\bone\s+more\s+(?:time|times|person|people|doctor|nurse|gp|neurologist|specialist|comment|remark|word|relative|relatives|family\s+member|colleague|coworker|co-worker|stranger|aunt|uncle|cousin|in-law)\b|\bone\s+more\s+\w+\s+(?:says?|tells?|asks?|suggests?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IfOneMoreTime();

    // Round 63: still feeling like checking out, after a call to a helpline ("I rang the Samaritans last night … Still feel
    // like checking out"). Checking out a place, a book or a class names what is checked out.
    [GeneratedRegex(
        @"\b(?:feel\w*\s+like|want\s+to|wanna|thinking\s+(?:about|of)|ready\s+to|time\s+to|tempted\s+to)\s+(?:just\s+)?check(?:ing)?\s+out\b(?=\s*(?:$|[.,!?;:)]|(?:tbh|honestly|lol|anyway|for\s+good|permanently|early|of\s+(?:life|everything|here))\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex FeelsLikeCheckingOut();

    // Round 64 (read after measuring it twice, on d0169a0 and 8671fe0): a hoard of medicines that "is the plan" ("mon
    // armoire à pharmacie ressemble à une vraie officine ces temps-ci et franchement c'est un peu le plan"), in the seven
    // languages. A plan to sort out the cabinet names its verb instead ("the plan is to clear it out").
    [GeneratedRegex(
        @"\b(?:medicine\s+(?:cabinet|cupboard|drawer|box)|pill\s+(?:drawer|box|stash|collection)|stash|armoire\s+a\s+pharmacie|pharmacie|officine|medizinschrank|hausapotheke|apotheke"
        + @"|botiquin|farmacia|armario\s+de\s+(?:medicinas|remedios)|caixa\s+de\s+remedios|armadietto|medicijnkast(?:je)?|apotheek)\b[^?]{0,120}?"
        + @"\b(?:(?:that'?s|thats|that\s+is|it'?s|its)\s+(?:kind\s+of\s+|kinda\s+|sort\s+of\s+|pretty\s+much\s+|basically\s+)?(?:the|my)\s+plan(?!\s+(?:to|for)\b)"
        + @"|c'est\s+(?:un\s+peu\s+|en\s+quelque\s+sorte\s+|plus\s+ou\s+moins\s+)?(?:le|mon)\s+plan(?!\s+pour\b)|das\s+ist\s+(?:irgendwie\s+|sozusagen\s+|quasi\s+)?(?:der|mein)\s+plan\b(?!\s+f(?:u|ue)r\b)"
        + @"|(?:ese|eso)\s+es\s+(?:un\s+poco\s+|mas\s+o\s+menos\s+)?(?:el|mi)\s+plan(?!\s+para\b)|(?:esse|isso)\s+e\s+(?:meio\s+que\s+)?(?:o|meu)\s+plano(?!\s+para\b)"
        + @"|(?:e|questo\s+e)\s+(?:un\s+po'?\s+|praticamente\s+)?il\s+(?:mio\s+)?piano(?!\s+per\b)|dat\s+is\s+(?:een\s+beetje\s+|zo'?n\s+beetje\s+)?(?:het|mijn)\s+plan(?!\s+voor\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AHoardThatIsThePlan();

    // Round 64: not being there for something already booked, then a farewell to the group ("physio is booked for march …
    // won't be around for the physio though. take care of each other ok"). Away for a holiday, an operation or work is an
    // ordinary absence (AnOrdinaryAbsence), told as such.
    [GeneratedRegex(
        @"\b(?:won'?t|wont|will\s+not|not\s+gonna|not\s+going\s+to)\s+be\s+(?:around|here)\s+(?:for|to\s+see)\s+(?:the|my|it|that|them|march|april|may|june|july|christmas|next)\b"
        + @"[^?]{0,80}\b(?:take\s+care\s+of\s+(?:each\s+other|yourselves|one\s+another|everyone|you\s+all)|look\s+after\s+(?:each\s+other|yourselves|one\s+another)|love\s+(?:you\s+all|u\s+all|ya\s+all))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAroundForWhatIsBooked();

    [GeneratedRegex(
        @"\b(?:holiday|vacation|trip|travel\w*|abroad|away\s+(?:for|from|on)|surgery|operation|op\b|hospital\s+stay|admitted|moving|busy|(?:at|for|with)\s+work|working|wedding|offline|no\s+(?:signal|wifi|internet)|visiting|cruise|flight)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnOrdinaryAbsence();

    // Round 64: someone else reported as speaking of ending it ("she said some scary stuff last week about being done with
    // everything", before "she lives alone what should i do"). The older rules read the writer's own words only.
    [GeneratedRegex(
        @"\b(?:she|he|they|my\s+(?:friend|mate|partner|husband|wife|son|daughter|sister|brother|mum|mom|dad|boyfriend|girlfriend)|(?:a|one)\s+(?:friend|member)(?:\s+from\s+(?:this|the|our)\s+group)?)\s+"
        + @"(?:has\s+been\s+|had\s+been\s+|was\s+|keeps\s+|kept\s+)?(?:said|saying|says|talked|talking|texted|texting|posted|posting|messaged|wrote|mentioned|told\s+me)\b"
        + @"[^.?!]{0,50}\b(?:being\s+done\s+with\s+(?:everything|it\s+all|life|living)|(?:not\s+)?wanting\s+to\s+(?:die|be\s+dead|not\s+be\s+here|disappear)|not\s+wanting\s+to\s+(?:be\s+here|live|wake\s+up|go\s+on)"
        + @"|ending\s+(?:it|things|it\s+all|her\s+life|his\s+life|their\s+life)|killing\s+(?:herself|himself|themselves)|(?:everyone|we)\s+(?:would\s+be|being)\s+better\s+off\s+without"
        + @"|sleep(?:ing)?\s+(?:forever|for\s+good)|never\s+wak(?:e|ing)\s+up(?:\s+again)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneElseSpokeOfEnding();

    // Round 67: "She posted last night she was 'going to sleep for a long time' and her phone has been off since. Should I
    // call someone?" A long sleep after a night shift is ordinary; the silence or the worry after it is what tells.
    [GeneratedRegex(
        @"\b(?:she|he|they|my\s+(?:friend|mate|partner|husband|wife|son|daughter|sister|brother|mum|mom|dad)|(?:a|one)\s+(?:friend|member))\s+(?:\w+\s+){0,3}"
        + @"(?:said|posted|texted|messaged|wrote|told\s+me)\b[^.?!]{0,40}\b(?:going\s+to|gonna)\s+sleep\s+for\s+(?:a\s+)?(?:very\s+|really\s+)?long\s+time\b"
        + @"[^?]{0,80}\b(?:(?:phone|mobile)\s+(?:is|has\s+been|'s\s+been|was)\s+(?:off|dead)|(?:not|hasn'?t|isn'?t|wasn'?t|no)\s+(?:been\s+)?(?:answer\w*|respond\w*|repl\w*|pick\w*\s+up|heard)|can'?t\s+(?:reach|get\s+hold\s+of)|should\s+i\s+call|call\s+someone|worried|scared)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneElseSpokeOfALongSleep();

    // Round 64: the amount at which it turns dangerous, asked "just out of curiosity" ("ab wie vielen wär es richtig
    // gefährlich, frag nur so", after asking what too much naltrexone does). Alone, the question may be about safety; the
    // shrug beside it disguises the ask, as a friend or a story does (ForAFriendOrAStory).
    [GeneratedRegex(
        @"\b(?:just\s+(?:asking|curious|wondering)|(?:purely\s+|only\s+)?(?:out\s+of|from)\s+curiosity|asking\s+for\s+no\s+reason|no\s+reason\s+(?:lol|haha|just)"
        + @"|frag(?:e)?\s+(?:nur\s+so|aus\s+neugier)|reine\s+neugier|nur\s+(?:so\s+)?aus\s+neugier"
        + @"|(?:por|de)\s+(?:pura\s+)?curiosidad|pura\s+curiosidad|solo\s+(?:pregunto|curiosidad)|pregunto\s+nomas"
        + @"|par\s+(?:pure\s+|simple\s+)?curiosite|pure\s+curiosite|je\s+demande\s+(?:juste|comme\s+ca)|simple\s+curiosite"
        + @"|(?:pergunta\s+)?de\s+curiosidade|(?:por|pura|so)\s+curiosidade|so\s+(?:pra|para)\s+saber"
        + @"|per\s+(?:pura\s+)?curiosita|pura\s+curiosita|chiedo\s+(?:solo|cosi|per\s+curiosita)"
        + @"|(?:gewoon\s+)?(?:uit\s+)?nieuwsgierig(?:heid)?|vraag\s+(?:het\s+)?(?:maar\s+)?gewoon)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OnlyAskingOutOfCuriosity();

    /// <summary>
    /// Both things just asked about are at hand, said flatly, right after a question about something taken ("ok cool. got both
    /// right here so that answers that", after asking whether kratom goes with sertraline and with alcohol; round 65). The
    /// caller knows the previous turn; a question ("i have both here, can I take them together?") is left to the others.
    /// </summary>
    public static bool HasBothAtHand(string folded) => !folded.Contains('?', StringComparison.Ordinal) && BothAtHand().MatchesScreened(folded);

    [GeneratedRegex(
        @"\b(?:got|have|i'?ve\s+got|holding)\s+(?:both|them\s+both|both\s+of\s+them|all\s+of\s+them|all\s+three|the\s+lot)\s+(?:right\s+)?(?:here|in\s+front\s+of\s+me|next\s+to\s+me|beside\s+me|ready|on\s+the\s+table)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BothAtHand();

    // Round 66: waiting for the universe to "unplug" them ("lol at this point i'm just waiting for the universe to take the
    // hint and unplug me. anyway does LDN make anyone else's dreams super weird"). Unplugging a router names it, and "unplug me from this meeting" a place to leave.
    [GeneratedRegex(
        @"\b(?:universe|god|fate|life|someone|somebody|the\s+powers\s+that\s+be)\b[^.?!]{0,40}\b(?:unplug|pull\s+the\s+plug\s+on|switch\s+off|turn\s+off|delete|log\s+off)\s+me\b(?!\s+(?:from|out\s+of|off))"
        + @"|\b(?:waiting|ready|wish\w*|want)\s+(?:for\s+(?:someone|somebody|them|it)\s+)?to\s+(?:just\s+)?(?:be\s+)?(?:unplug(?:ged)?|pull\s+(?:my|the)\s+plug)\b(?!\s+(?:the|my|a|it|this|that)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WaitingToBeUnplugged();
}
