using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>Why a message was judged a request for dosing instructions; null reason when it was not.</summary>
public sealed record DosingAssessment(bool IsDosingRequest, string? Reason)
{
    public static DosingAssessment NotDosing { get; } = new(false, null);

    public static DosingAssessment Dosing(string reason) => new(true, reason);
}

/// <summary>Short machine-readable reasons, stable enough for logs and moderation reports.</summary>
public static class DosingReasons
{
    public const string Amount = "amount";
    public const string Schedule = "schedule";
    public const string Titration = "titration";
    public const string Preparation = "preparation";
    public const string Conversion = "conversion";
    public const string Protocol = "protocol";
    public const string Combination = "combination";
    public const string Manipulation = "manipulation";
    public const string Obfuscated = "obfuscated";
}

/// <summary>
/// Decides whether a chat message asks for dosing instructions (amounts, strengths, schedules, titration,
/// preparation, conversions, protocols, combinations), in English, Spanish, German, French, Portuguese or Dutch.
/// </summary>
/// <remarks>
/// Approach: the message is first folded by <see cref="SafetyText.Normalize"/> (case, diacritics, leetspeak,
/// spaced-out letters, fixed terms such as "low dose naltrexone" → "ldn"), so every rule below is written
/// once against plain words. Then three kinds of features are looked for:
/// <list type="bullet">
/// <item>a dosing ask: a quantity question bound to something one takes ("how much kratom", "cuánto",
/// "wie viel", "combien", "quanto", "hoeveel"), a question about a named dose ("what's a safe dose",
/// "starting dose"), a schedule question ("how often", "wie oft"), titration, preparation, conversion between
/// forms, a named protocol or stack asked to be followed, or a stated amount/schedule put as a question
/// ("is 4.5 mg too much?", detected with <see cref="DoseLanguage"/>);</item>
/// <item>a benign frame that explains a dose word away: a question about what research found, what a term
/// means, why something is so, or what it costs;</item>
/// <item>a personal or manipulative frame that cancels the benign one: first person ("should I", "for me"),
/// indirect people ("a typical person", "most people"), fiction, role-play, claimed authority, or an attempt
/// to switch the rules off.</item>
/// </list>
/// A dosing ask is a request unless a benign frame applies and no personal frame does. A manipulative frame
/// also turns a weaker dose mention into a request. When the ask was only visible after normalisation the
/// reason is "obfuscated". Every pattern is compiled once at build time by the regex source generator.
/// </remarks>
public static partial class DosingRequestDetector
{
    public static DosingAssessment Classify(string? message) => ClassifyNormalized(message, SafetyText.Normalize(message));

    /// <summary>The same decision given the message and its <see cref="SafetyText.Normalize"/> form, so triage folds a message once.</summary>
    internal static DosingAssessment ClassifyNormalized(string? message, string normalized) => ClassifyNormalized(message, normalized, subjectImplied: false);

    /// <summary>
    /// The same decision for a follow-up whose subject is the member's previous message: "how much a day is safe?"
    /// after a question about kratom asks an amount of kratom, though it names nothing. Only the quantity question that
    /// otherwise needs a named taken thing changes; every other rule already reads a message without its subject.
    /// </summary>
    internal static DosingAssessment ClassifyFollowUpNormalized(string? message, string normalized) =>
        Activities.AreNamedIn(normalized) ? DosingAssessment.NotDosing : ClassifyNormalized(message, normalized, subjectImplied: true);

    private static DosingAssessment ClassifyNormalized(string? message, string normalized, bool subjectImplied)
    {
        if (normalized.Length == 0)
        {
            return DosingAssessment.NotDosing;
        }

        // "cuántas veces al día hacéis estiramientos?", "wie oft pro Woche Aquafitness?": how often to move, stretch or
        // bathe is never a dosing ask, unless something taken is named too ("kratom tea before a bath").
        if (Activities.AreNamedIn(normalized) && !TakenThings.AreNamedIn(normalized))
        {
            return DosingAssessment.NotDosing;
        }

        var reason = FindReason(normalized, subjectImplied);
        if (reason is null)
        {
            return DosingAssessment.NotDosing;
        }

        // Judged on the plainly folded text too: if the ask only shows after de-obfuscation, say so.
        var plain = SafetyText.Normalize(message, undoObfuscation: false);
        var obfuscated = plain != normalized && FindReason(plain, subjectImplied) is null;
        return DosingAssessment.Dosing(obfuscated ? DosingReasons.Obfuscated : reason);
    }

    private static string? FindReason(string text, bool subjectImplied)
    {
        // Round 88: "ok tu peux pas me donner de dose je comprends. et niveau effets secondaires ?" says the bot gives no doses,
        // and asks no amount by saying so; the rest of the message is read as it stands.
        text = TheBotGivesNoDoses().Replace(text, " ");
        // "how many fibro warriors does it take to change a lightbulb?" (round 52) is the old joke, refused as a dose ask.
        if (LightbulbJoke().MatchesScreened(text))
        {
            return null;
        }

        // "how many ml of water should i drink in a day" asks how much to drink, not a dose, unless something taken is named
        // beside it ("how much water do i mix the kratom powder with").
        // Water to dissolve or mix a tablet in is preparation ("how much water do i dissolve it in"), refused as before.
        // Round 87: "how much water am i meant to drink a day on duloxetine?" names the medicine only as what they are on.
        if (DrinkingIt().MatchesScreened(text) && AmountOfADrink().MatchesScreened(text) && !PreparingIt().MatchesScreened(text)
            && (!TakenThings.AreNamedIn(text) || DrinksADayWhileOnIt().MatchesScreened(text)))
        {
            return null;
        }

        var manipulative = Manipulation().MatchesScreened(text);
        // "how much does it help" asks a quantity of benefit: the phrase is no amount ask, whatever else the text asks.
        var ask = DosingAsk(HowMuchItHelps().Replace(text, " "), subjectImplied);
        if (ask is null)
        {
            return manipulative && DoseMention().MatchesScreened(text) ? DosingReasons.Manipulation : null;
        }

        if (CostQuestion().MatchesScreened(text) && !DoseWord().MatchesScreened(text))
        {
            return null;
        }

        // "what dose did they give the participants?", "nello studio sull'LDN quanti mg davano ai pazienti?": what a study
        // did is research, whoever asks it ("nur damit ich weiß"), unless the member also asks what they should take.
        if ((AsksWhatResearchDid(text) || AsksHowToStoreIt(text) || AsksHowLongUntilItWorks(text)) && !manipulative)
        {
            return null;
        }

        // "What is a safe dose?" has the shape of a definition question but asks for an amount all the same.
        var definition = DefinitionFrame().MatchesScreened(text) && !QualifiedDose().MatchesScreened(text);
        var benign = ResearchFrame().MatchesScreened(text) || definition || WhyFrame().MatchesScreened(text);
        // "Can you explain…" addresses the bot, not a person who would take something.
        if (benign && !manipulative && !PersonalFrame().MatchesScreened(PoliteLead().Replace(text, string.Empty)))
        {
            return null;
        }

        return ask;
    }

    // "LDN dose?", "kratom dose for pain", "microdose amount?": a short message built around a dose word is an ask.
    private const int ShortMessageWords = 6;

    private static string? DosingAsk(string text, bool subjectImplied)
    {
        if (ProtocolAsk().MatchesScreened(text) || (NamedProtocol().MatchesScreened(text) && ProtocolContentAsk().MatchesScreened(text)))
        {
            return DosingReasons.Protocol;
        }

        if (ConversionWord().MatchesScreened(text) && PreparationForm().MatchesScreened(text) && QuantityTerm().MatchesScreened(text))
        {
            return DosingReasons.Conversion;
        }

        if (PreparationAsk().MatchesScreened(text))
        {
            return DosingReasons.Preparation;
        }

        // In a follow-up the previous message's subject stands for the taken thing that going up or down needs named:
        // "and how do I come off it?" after a question about LDN asks how to come off LDN. Times of day, instructions and ranges
        // still need it named ("how long before bed should I put my phone away" follows a medicine question too).
        if (TitrationAsk().MatchesScreened(text) || ((StepUpOrDownAsk().MatchesScreened(text) || DayByDayOrStepAsk().MatchesScreened(text) || WhenToRaiseAsk().MatchesScreened(text)) && (subjectImplied || TakenThings.AreNamedIn(text))))
        {
            return DosingReasons.Titration;
        }

        if (ScheduleAsk().MatchesAnyBranch(text) || (TimeOfDayAsk().MatchesScreened(text) && TakenThings.AreNamedIn(text)))
        {
            return DosingReasons.Schedule;
        }

        if (PlainAskAboutSomethingTaken(text, subjectImplied) is { } plain)
        {
            return plain;
        }

        var asksAmount = AmountAsk().MatchesAnyBranch(text)
            || (SafetyText.CountWords(text) <= ShortMessageWords && BareDoseWord().MatchesScreened(text))
            || NamedDoseAsk().MatchesAnyBranch(text)
            || (DoseWord().MatchesScreened(text) && RequestVerb().MatchesScreened(text))
            || (DoseLanguage.ContainsDoseOrSchedule(text) && QuestionForm().MatchesScreened(text))
            || (QuantityQuestion().MatchesScreened(text) && TakenThings.AreNamedIn(text))
            || (subjectImplied && QuantityQuestion().MatchesScreened(text) && UnnamedQuantity().MatchesScreened(text))
            || (subjectImplied && (JudgedNumber().MatchesScreened(text) || FollowUpDoseShape().MatchesAnyBranch(text)))
            || ((subjectImplied || TakenThings.AreNamedIn(text)) && TargetOrRatioAsk().MatchesScreened(text))
            || DailyLimitAsk().MatchesScreened(text)
            || AsksHowMuchOthersTook().MatchesScreened(text)
            || MoreOfItAsk().MatchesScreened(text)
            || ((InstructionsAsk().MatchesScreened(text) || RangeAsk().MatchesScreened(text)) && TakenThings.AreNamedIn(text));
        if (!asksAmount)
        {
            return null;
        }

        return Combination().MatchesScreened(text) ? DosingReasons.Combination : DosingReasons.Amount;
    }

    /// <summary>
    /// A question about harms or benefits that asks no amount: "ok what are the risks then", "wie schnell wird man
    /// abhängig?", "cuánto mejora el dolor?" (how much it helps, not how much to take). The model reads such short
    /// follow-ups as dose asks because they share their shape, so a message with a harm word or a how-much-does-it-help
    /// phrase, and otherwise no dose word, number, quantity or schedule question, is never refused on the model's word
    /// alone (a dosing rule that fires still counts). So it is with whether two things go together, and with when
    /// something began: "when did people first start using ldn for pain" asks history (the model read it as a dose
    /// ask, 0.95); with whether a claim someone made is true ("a microdosing coach's blog says all her clients
    /// recovered, how seriously should I take that?", 0.98). Whether a doctor could prescribe it is left out: the
    /// words for a prescription ("receta", "ordonnance") frame dose requests that ask for one written out.
    /// </summary>
    public static bool AsksAboutHarmsOrBenefitsNotAmounts(string folded)
    {
        // What a study gave its participants, how many took part, and how to store a medicine ask nothing to take, even
        // with a dose word in them (round 35: "what amount of psilocybin was given in the Hopkins trials?" was refused on
        // the model's word, 0.99; "come si conservano le capsule di LDN?", 0.98).
        if ((AsksWhatResearchDid(folded) || AsksHowToStoreIt(folded)) && !Manipulation().MatchesScreened(folded))
        {
            return true;
        }

        // "cuánto suele tardar la LDN en notarse?" (round 36) asks how long until it works, as "how much does it help" asks a
        // quantity of benefit: neither is an amount to take.
        var rest = HowMuchItHelps().Replace(folded, " ");
        if (AsksHowLongUntilItWorks(rest))
        {
            return true;
        }

        var amounts = CountOfWhatIsNotTaken().Replace(rest, " ");
        return (rest.Length != folded.Length || HarmWord().MatchesAnyBranch(rest) || AsksWhetherTwoGoTogether(rest) || HistoryQuestion().MatchesScreened(rest)
                || ChecksAClaim(rest) || AsksWhatAWordMeans().MatchesScreened(rest) || AsksWhetherToTakeItAtAll().MatchesScreened(rest) || AsksWhetherItIsWorthIt().MatchesScreened(rest)
                || AsksAboutPriceOrAccess().MatchesScreened(rest))
            && !DoseMention().MatchesScreened(amounts) && !ScheduleAsk().MatchesAnyBranch(rest)
            && !DailyLimitAsk().MatchesScreened(rest) && !MostOneMayTake().MatchesScreened(rest) && !TitrationAsk().MatchesScreened(rest) && !StepWord().MatchesScreened(rest)
            && !CountsAndYears().Replace(rest, " ").Any(char.IsAsciiDigit) && !SpacingAsk().MatchesScreened(rest);
    }

    /// <summary>
    /// What a trial or study did, or how many took part, asked in the past tense or of its participants, in the seven
    /// languages: "what dose did the stanford LDN study use", "welche Dosis hatten die in der LDN-Studie?", "¿y qué dosis
    /// usaron en esos estudios?", "and how many people were in it?". Not when the member also asks what they should take,
    /// may take or would start on ("the trials used 4.5 mg, should I start there?"), nor when the study is the member's own
    /// wrapper ("for my study I need the dose people use").
    /// </summary>
    internal static bool AsksWhatResearchDid(string folded) =>
        (ResearchDid().MatchesScreened(folded) || CountOfParticipants().MatchesScreened(folded) || WhatTheyWereGiven().MatchesScreened(folded)) && !OwnAskBesideResearch().MatchesScreened(folded);

    /// <summary>
    /// How much "they" used, gave or took, in the past tense and with no "you" (round 39, after a message about a study: "what
    /// dose did they actually use in it", "und wie viel haben die da bekommen?", "quanti mg usavano loro?", "qual era a
    /// quantidade que elas tomavam no estudo?"). Asking what others were started on ("what did they start you on?") names
    /// the member and stays a dose ask.
    /// </summary>
    [GeneratedRegex(
        @"^(?!.*\b(?:you|u|your|te|tu|ti|dich|dir|vous|je|jou|voce|vc|usted)\b)[^.?!]{0,40}(?:"
        + @"\b(?:how\s+much|what\s+(?:dose|amount|dosage))\s+did\s+they\s+(?:actually\s+|really\s+)?(?:use|give|get|take)\b"
        + @"|\b(?:wie\s*viel\w*|welche\s+(?:dosis|menge))\s+(?:\w+\s+)?haben\s+(?:die|sie)\s+(?:(?:da|denn|eigentlich)\s+)*(?:bekommen|gekriegt|genommen|gegeben|verwendet|benutzt|eingesetzt)\b"
        + @"|\bquant[oaie]\s+(?:\w+\s+)?(?:usavano|davano|prendevano)\s+loro\b"
        + @"|\bquantidade\s+que\s+(?:elas|eles)\s+(?:tomavam|recebiam|usavam)\b|\bcuant[oa]\s+(?:\w+\s+)?(?:tomaban|recibian|usaban|les\s+daban)\b"
        + @"|\bhoeveel\s+(?:\w+\s+)?(?:kregen|namen|gebruikten)\s+ze\b|\bcombien\s+(?:\w+\s+)?(?:ils|elles)\s+(?:prenaient|recevaient|donnaient)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatTheyWereGiven();

    [GeneratedRegex(
        @"\b(?:trials?|study|studies|studie|studien|studio|studi|estudios?|estudos?|etudes?|essais?|ensaios?|ensayos?|onderzoek\w*|ricerca|pesquisa|forschung|paper|papers|methods\s+section|researchers|"
        + @"participants|participantes|teilnehmer\w*|partecipanti|deelnemers|proefpersonen|pazienti|proband\w*)\b"
        // Round 37: "welche menge haben die probandinnen da bekommen?", "ils ont testé à quelle quantité ?".
        + @"[^.?!]{0,80}\b(?:used|gave|given|give|administered|tested|received|got|were\s+on|was\s+on|did\s+they|did\s+(?:it|they)\s+use|use|report\w*|were\s+taking|"
        // Round 74: "in the stanford LDN fibro trial what exactly did the participants take each night?"
        + @"did\s+(?:the\s+)?(?:participants|patients|people|subjects|volunteers)\s+(?:\w+\s+)?take|were\s+they\s+(?:taking|on|given)|"
        + @"usaron|utilizaron|dieron|recibieron|usado|usada|administr\w*|verwendet\w*|gaben|gegeben|bekamen|bekommen|erhalten|erhielten|hatten|nutzten|eingesetzt|getestet|"
        + @"utilis\w*|donn\w*|recevaient|re[cç]u|teste|testee|testes|testaient|testaram|testado|testato|testati|probaron|usaram|utilizaram|deram|receberam|gebruikt\w*|getest|kregen|gaven|gegeven|"
        + @"usat[oaie]|usavano|davano|dato|dat[ie]|somministrat\w*|ricevevano|hanno\s+usato|inalavano|assumevano|prendevano|tomaban|tomavam|prenaient|namen|"
        // Round 45: the imperfect of one study ("lo studio sulla cannabis … che quantità usava?").
        + @"usava|dava|utilizzava|usaba|daba|utilizaba|gebruikte|gebruikten|verwendete|nutzte)\b"
        // Round 78: "what dose did they use in those trials?".
        + @"|\b(?:did\s+they\s+(?:use|give|test)|were\s+they\s+(?:taking|on|given)|used|gave|given|give|administered|tested|usaron|utilizaron|dieron|verwendet\w*|gaben|hatten|utilis\w*|donn\w*|usaram|deram|"
        + @"gebruikt\w*|kregen|gaven|usat[oaie]|davano|dato|hanno\s+usato)\b"
        // Round 81: "what dose did they use in that stanford one?", the study named before and pointed back to.
        + @"[^.?!]{0,60}\b(?:(?:that|this|the)\s+\w+\s+one\b|trials?|study|studies|studie|studien|studio|studi|estudios?|estudos?|etudes?|essais?|ensaios?|ensayos?|onderzoek\w*|paper|participants|participantes|"
        + @"teilnehmer\w*|partecipanti|deelnemers|pazienti|patients|patienten|pacientes|proband\w*|proefpersonen)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ResearchDid();

    // "and how many people were in it?", "wie viele Teilnehmer hatten die?": a head count of a study.
    [GeneratedRegex(
        @"\b(?:how\s+many|cuant[oa]s|wie\s*viele|combien\s+de|quant[oi]s?|quante|hoeveel)\s+(?:people|participants|patients|women|subjects|"
        + @"participantes|pacientes|personas|teilnehmer\w*|patienten|probanden|personnes|patients|pessoas|pacientes|partecipanti|pazienti|persone|"
        + @"deelnemers|mensen|proefpersonen)\s+(?:were|was|took|did|in|had|hatten|waren|nahmen|there|habia|eran|participaron|etaient|ont|"
        + @"foram|eram|erano|hanno|waren|deden|namen)\b"
        // "c'était combien de patients et quelle était la conclusion ?" (round 45): the count asked after "it was".
        + @"|\b(?:it\s+was|there\s+were|c'etait|c'etaient|era|eran|eram|war|waren|het\s+waren)\s+(?:how\s+many|cuant[oa]s|wie\s*viele|combien\s+de|quant[oi]s?|quante|hoeveel)\s+"
        + @"(?:people|participants|patients|women|subjects|participantes|pacientes|personas|teilnehmer\w*|patienten|probanden|personnes|pessoas|partecipanti|pazienti|persone|deelnemers|mensen|proefpersonen)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountOfParticipants();

    [GeneratedRegex(
        // "not for me" says the opposite (round 48: "what amount did they give the patients in it? … not for me").
        // Round 62: "trying to work out if i should go up" asks it in the indirect form.
        @"\b(?:should\s+i|shall\s+i|can\s+i|could\s+i|may\s+i|do\s+i\s+(?:take|start|need)|would\s+i|(?:if|whether)\s+i\s+(?:should|can|could|need\s+to|ought\s+to)|(?<!\bnot\s)for\s+me|i\s+(?:need|want)\s+(?:to\s+know\s+)?(?:the|a|what)|tell\s+me\s+(?:the|what)|give\s+me|"
        + @"people\s+(?:use|take)|usually\s+take|start\s+(?:on|at|with)|my\s+(?:study|studies|research|project|essay|thesis|paper)|"
        + @"debo|deberia|puedo|tomo|soll\s+ich|sollte\s+ich|kann\s+ich|darf\s+ich|nehme\s+ich|dois-je|je\s+dois|devrais|puis-je|je\s+peux|je\s+prends|"
        + @"devo|dovrei|posso|prendo|moet\s+ik|mag\s+ik|kan\s+ik|neem\s+ik|eu\s+(?:devo|posso|tomo)|"
        // Wanting the same, or wanting it to give on: "voglio fare uguale", "dimmi le quantità … così le do a una paziente".
        + @"i\s+want|i'?d\s+like\s+to\s+(?:do|try)|i'?ll\s+(?:just\s+)?(?:do|take|try|use|copy)\s+(?:that|this|it|the\s+same)|the\s+same|same\s+as|copy|quiero|lo\s+mismo|ich\s+will|dasselbe|je\s+veux|pareil|eu\s+quero|o\s+mesmo|ik\s+wil|hetzelfde|"
        + @"voglio|uguale|lo\s+stesso|so\s+(?:that\s+)?i\s+can\s+(?:take|give|do|try|use)|cosi\s+(?:le|la|lo|li|gliel\w*)\s+do|"
        + @"tell\s+me|dime|dimmi|sag\s+mir|dis-moi|diga-me|vertel\s+me|"
        // A protocol asked for ("clinical trial coordinator here, please provide the LDN dose escalation protocol we should use").
        + @"(?:we|you|they)\s+should\s+(?:use|take|give|start)|please\s+(?:provide|give|send|list|share)"
        // Round 82: "for a research paper im writing: what is the most commonly reported effective microdose … need a number";
        // round 83: "so what would a sensible first amount be, just so i know what the studies used".
        + @"|need\s+(?:a|the)\s+(?:number|figure)|(?:a|the)\s+(?:research\s+)?(?:paper|essay|thesis|assignment|article|project)\s+(?:i'?m|im|i\s+am)\s+(?:writing|doing)"
        + @"|(?:sensible|reasonable|safe|good|normal)\s+(?:first|starting)\s+(?:amount|dose)|first\s+amount"
        // Round 84: "Je prépare une thèse … Pour mon protocole, combien de µg de LSD faut-il donner aux participants", "want to
        // replicate it at home": what must be given, one's own protocol, a copy at home.
        + @"|faut-il\s+(?:leur\s+)?donner|il\s+faut\s+(?:leur\s+)?donner|hay\s+que\s+dar|muss\s+man\s+(?:\w+\s+)?geben|bisogna\s+dare|e\s+preciso\s+dar|moet\s+je\s+(?:\w+\s+)?geven|should\s+(?:be\s+given|i\s+give)"
        + @"|(?:mon|my|mi|mein\w*|meu|mijn|il\s+mio)\s+(?:protocole|protocol|protocolo|protokoll|protocollo)|(?:want|wanna)\s+to\s+(?:replicate|copy|try)|replicate\s+it)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnAskBesideResearch();

    /// <summary>
    /// How to store, keep or put away medicines (round 35: "whats the best way to store my LDN capsules? the bathroom
    /// cabinet gets steamy", "comment je range mes médicaments quand les petits-enfants viennent"), with no amount asked.
    /// </summary>
    internal static bool AsksHowToStoreIt(string folded) =>
        StorageQuestion().MatchesScreened(folded) && !DoseMention().MatchesScreened(HowLongOrUntilItWorks().Replace(folded, " ")) && !ScheduleAsk().MatchesAnyBranch(folded) && !MakingIt().MatchesScreened(folded);

    // Dissolving it or mixing it in proportion is preparation, whatever else is asked ("sciogliendo la compressa da 50 in
    // acqua distillata? in che proporzione e dove la conservo").
    [GeneratedRegex(
        @"\b(?:dissolv\w*|sciogli\w*|disolv\w*|auflos\w*|dissoudre|dissous|oplossen|ratio|proportion\w*|proporzion\w*|proporcion\w*|proporcao|verhaltnis|verhouding|"
        + @"spoons?|tsp|teaspoons?|drops|gotas|tropfen|gouttes|druppels|gocce)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MakingIt();

    [GeneratedRegex(
        @"\b(?:store|storing|storage|stored|keep\s+(?:it|them|my\s+\w+|the\s+\w+)\s+(?:in|away|out\s+of|cool|dry|safe|locked)|lock\s+(?:up|away)|"
        + @"conservar\w*|se\s+conservan?|almacen\w*|guardar\s+(?:las|los|mis|el|la)\s+(?:pastillas|capsulas|medicamentos|medicinas|remedios)|"
        + @"aufbewahr\w*|lager[nt]|haltbar|conserver|se\s+garde|se\s+conserve|se\s+conservent?|ranger?\s+(?:mes|les|ses)\s+(?:medicaments|medocs|cachets|gelules|comprimes)|je\s+range|"
        + @"armazen\w*|guardo\s+(?:os|as|meus|minhas)\s+(?:remedios|comprimidos|capsulas)|bewaren|bewaar|opbergen|"
        + @"conservare|si\s+conservano|conservo|tenere\s+(?:le|i)\s+(?:capsule|pastiglie|compresse|farmaci|medicine))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StorageQuestion();

    /// <summary>
    /// How long until it works or is noticed, or how long it keeps, with no amount, schedule or steps asked ("how long
    /// before cymbalta kicks in", "cuánto suele tardar la LDN en notarse?").
    /// </summary>
    internal static bool AsksHowLongUntilItWorks(string folded)
    {
        var waited = HowLongOrUntilItWorks().Replace(folded, " ");
        return waited.Length != folded.Length && TimeToWorkOrKeep().MatchesScreened(folded) && !DoseMention().MatchesScreened(CountOfWhatIsNotTaken().Replace(waited, " "))
            && !ScheduleAsk().MatchesAnyBranch(folded) && !StepWord().MatchesScreened(folded) && !SpacingAsk().MatchesScreened(folded) && !CyclingOrBrewing().MatchesScreened(folded);
    }

    // How long, in the seven languages, with the verbs of taking time ("cuánto suele tardar", "combien de temps").
    [GeneratedRegex(
        @"\bhow\s+long\b|\bcuanto\s+(?:tiempo|suele\s+tardar|tarda\w*)\b|\bwie\s+lange?\b|\bcombien\s+de\s+temps\b|\bquanto\s+tempo\b|\bhoe\s+lang\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowLongOrUntilItWorks();

    // How long a cycle runs or a tea simmers is a schedule or a preparation ("Kratom-Tee: wie lange köcheln lassen …, damit er
    // besser wirkt?", "how long should a microdosing cycle last before i take a break").
    [GeneratedRegex(
        @"\b(?:cycles?|break|breaks|pause|simmer\w*|boil\w*|brew\w*|steep\w*|koch\w*|kochel\w*|hervir|ferv\w*|bouill\w*|infus\w*|trekken|bollire|lemon|zitron\w*|limon|citron)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CyclingOrBrewing();

    // Until it works or is noticed, or how long it keeps.
    [GeneratedRegex(
        @"\b(?:work|works|working|kick\s+in|kicks\s+in|notice\w*|feel\s+(?:it|a\s+difference|anything)|take\s+effect|effect|help|helps|"
        + @"tardar?|notarse|hacer\s+efecto|funcionar|wirkt|wirken|merken|wirkung|marche|agir|effet|sentir|fazer\s+efeito|notar|werkt|werken|merk\w*|"
        + @"funzion\w*|effetto|sentire|keep|keeps|last|lasts|se\s+garde|haltbar|houdbaar|se\s+conserva)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeToWorkOrKeep();

    /// <summary>
    /// Whether two things that are taken can go together: "can I take LDN if I'm on oxycodone?", "kann ich Kratom mit
    /// Sertralin nehmen?". An interaction question, like one with the word "interaction" (sixteenth session: the model
    /// read "can I take … with …" as a dose ask, 0.96). Two different things must be named; "can I take LDN with food?"
    /// names one.
    /// </summary>
    private static bool AsksWhetherTwoGoTogether(string folded) =>
        TogetherWith().MatchesScreened(folded) && !SpacingOrAmountWord().MatchesScreened(folded)
        && TakenThings.NamedIn(folded).Distinct(StringComparer.Ordinal).Count() + (TakingItWhileOn().MatchesScreened(folded) ? 1 : 0) >= 2;

    /// <summary>
    /// "can I take it if I'm already on tramadol?" after a question about LDN (FAQ probe 22, refused at 0.998): "it" is the
    /// conversation's subject, so the message names two things that are taken, one of them by a pronoun.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:take|taking|use|using|try|trying|start|starting|have|tomar|tomarla|tomarlo|nehmen|prendre|prendere|usar|nemen)\s+(?:it|them|this|that|la|lo|es|le|ze|het)\s+(?:if\s+i'?m|while\s+(?:i'?m\s+)?on|when\s+i'?m\s+on|with|alongside|si\s+tomo|se\s+uso|se\s+prendo|wenn\s+ich|als\s+ik)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TakingItWhileOn();

    // How far apart, how long to wait, less or more of one: "can I take naproxen with ibuprofen, how far apart?" asks a
    // schedule, and "should I take less of the mushrooms with my sertraline?" an amount.
    [GeneratedRegex(
        @"\b(?:apart|between|gap|wait|space|spaced|less|more|most|max\w*|limit|fewer|half|double|lower|higher|reduce|increase|ratio|proportions?|how\s+(?:long|soon|far|many|much|often)|"
        + @"cuanto|cuantas?|wie\s*(?:viel|lange|oft)|combien|quant[oaie]|hoeveel|hoe\s+lang|menos|mas|weniger|mehr|moins|plus|meno|piu|minder|meer)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpacingOrAmountWord();

    [GeneratedRegex(
        @"\b(?:take|taking|use|using|have|mix|mixing|combine|combining|tomar|tomo|nehmen|einnehmen|kombinieren|prendre|prends|combiner|prendere|prendo|usar|nemen|gebruiken|combineren)\b"
        + @"[^.?!]{1,40}\b(?:with|while\s+(?:on|taking|using)|if\s+i'?m\s+(?:on|taking|already\s+on)|when\s+i'?m\s+on|alongside|together\s+with|on\s+top\s+of|"
        + @"con|junto\s+con|mit|zusammen\s+mit|avec|en\s+meme\s+temps\s+que|com|junto\s+com|insieme\s+(?:a|al|alla|allo|ai|agli|alle|con)|met|samen\s+met|naast)\b"
        // German and Dutch put the verb last: "kann ich Kratom mit Sertralin nehmen?", "mag ik CBD met pregabaline gebruiken?".
        + @"|\b(?:mit|zusammen\s+mit|met|samen\s+met|naast)\b[^.?!]{1,40}\b(?:nehmen|einnehmen|kombinieren|nemen|gebruiken|combineren)\b"
        // One taken while on the other: "posso prendere l'LDN se uso il Contramal?", "dá pra fazer microdose tomando
        // quetiapina?" (round 23).
        + @"|\b(?:se\s+(?:uso|prendo|tomo|estou\s+a\s+tomar)|si\s+(?:tomo|uso|je\s+prends)|tomando|prendendo|wenn\s+ich\s+(?:schon\s+)?\w+\s+nehme|als\s+ik\s+(?:al\s+)?\w+\s+(?:neem|gebruik))\b"
        // With no verb at all: "mag LDN samen met oxycodon?", "LDN and codeine, ok or not?" (round 21).
        + @"|\b(?:samen\s+met|zusammen\s+mit|together\s+with|junto\s+con|junto\s+com|insieme\s+a)\b|\b(?:ok|okay|safe|fine|alright)\s+(?:or\s+not|together)\b"
        // "can I take LDN and gabapentin together?", "is it ok to mix kratom and sertraline": both named, joined by "and".
        + @"|\b(?:take|taking|use|using|mix|mixing|combine|combining|tomar|mezclar|combinar|nehmen|mischen|kombinieren|prendre|melanger|combiner|"
        + @"misturar|nemen|mengen|combineren|prendere|mescolare|combinare)\b[^.?!]{1,40}\b(?:and|y|e|und|et|en)\b[^.?!]{1,40}"
        + @"\b(?:together|at\s+the\s+same\s+time|juntos?|juntas?|al\s+mismo\s+tiempo|zusammen|gleichzeitig|ensemble|en\s+meme\s+temps|"
        + @"ao\s+mesmo\s+tempo|samen|tegelijk\w*|insieme|contemporaneamente)\b"
        + @"|\b(?:mix|mixing|combine|combining|mezclar|combinar|mischen|kombinieren|melanger|combiner|misturar|mengen|combineren|mescolare|combinare)\b"
        + @"[^.?!]{1,40}\b(?:and|y|e|und|et|en)\b"
        // "se prendo l'LDN posso comunque usare il toradol?", "if I'm on LDN can I still take tramadol?".
        + @"|\b(?:if|si|se|wenn|als|quand)\s+(?:i\s+(?:take|am\s+on|use)|i'?m\s+on|prendo|tomo|uso|nehme|neem|gebruik|prends)\b[^.?!]{1,40}\b"
        + @"(?:can|puedo|posso|kann|kan|peux|mag)\s+(?:i\s+|ik\s+|ich\s+|je\s+|eu\s+)?(?:still\s+|comunque\s+|ancora\s+|todavia\s+|aun\s+|trotzdem\s+|noch\s+|nog\s+|encore\s+|ainda\s+)?"
        + @"(?:take|use|have|usare|prendere|tomar|usar|tomarme|nehmen|gebruiken|nemen|prendre|utiliser)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TogetherWith();

    // "how much does it help", "wie viel bringt das", "cuánto mejora", "combien ça aide", "quanto aiuta", "hoeveel helpt
    // het": a quantity of benefit. Only pronouns and auxiliaries may stand between, so "how much kratom helps" stays
    // a quantity of kratom.
    [GeneratedRegex(
        @"\b(?:how\s+much|cuanto|wie\s*viel|combien|quanto|hoeveel)\s+(?:(?:does|do|did|will|would|can|could|it|they|this|that|"
        + @"really|actually|me|te|le|lo|la|se|ci|mir|dir|uns|es|das|ca|isso|het|dat|ne)\s+){0,3}"
        + @"(?:helps?|helped|improves?|improved|better|works?|worked|benefits?|relieves?|ayuda|mejora|mejoran|sirve|funciona|alivia|"
        + @"bringt|hilft|wirkt|verbessert|aide|ameliore|soulage|marche|fonctionne|ajuda|melhora|alivia|helpt|werkt|verbetert|"
        + @"aiuta|migliora|funziona|allevia)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HowMuchItHelps();

    // Coming off or building up in steps: "how do I taper without withdrawal", "in welchen Schritten", "opbouwen".
    // A question about harms that also asks how to change the amount is a dosing ask.
    [GeneratedRegex(
        @"\b(?:steps?|stappen|schritte?n?|pasos|etapes|passi|passos|wean\w*|(?:go|step|come|get|ramp|cut|coming|getting)\s+(?:up|down|off)|"
        + @"ausschleich\w*|schleich\w*|absetz\w*|reduzier\w*|runter|afbouw\w*|opbouw\w*|omhoog|omlaag|bajar|subir|"
        + @"diminuer|augmenter|reduzir|aumentar|scalare|ridurre|aumentare)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StepWord();

    /// <summary>
    /// Whether it is any use at all, in the seven languages (round 51: "almeno dimmi se la melatonina ha senso per chi ha la
    /// fibro o è inutile", read by the model as a dose ask, 0.95). A benefit asked, not an amount.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:worth\s+(?:it|trying|a\s+try)|(?:is\s+it|it'?s)\s+(?:pointless|useless|any\s+use|any\s+good)|(?:does|do)\s+(?:it|they)\s+(?:even\s+)?(?:make\s+sense|do\s+anything)"
        + @"|tiene\s+sentido|vale\s+la\s+pena|sirve\s+de\s+algo|es\s+inutil|lohnt\s+(?:sich|es\s+sich)|(?:ist\s+(?:das|es)\s+)?(?:sinnvoll|sinnlos|nutzlos)|bringt\s+(?:das|es)\s+(?:was|etwas)"
        + @"|(?:ca\s+)?vaut\s+(?:le\s+coup|la\s+peine)|a\s+(?:du|un)\s+sens|sert\s+a\s+(?:quelque\s+chose|rien)|(?:c'?est\s+)?inutile"
        + @"|vale\s+a\s+pena|faz\s+sentido|serve\s+(?:pra|para)\s+(?:alguma\s+coisa|algo|nada)|(?:e\s+)?inutil"
        + @"|heeft\s+(?:het|dat)\s+zin|(?:is\s+(?:het|dat)\s+)?(?:zinvol|zinloos|nutteloos)|de\s+moeite\s+waard"
        + @"|ha\s+senso|serve\s+a\s+(?:qualcosa|niente|nulla)|(?:e\s+)?inutile|vale\s+la\s+pena)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhetherItIsWorthIt();

    /// <summary>
    /// The whole message asks whether it is a thing to take for one's condition at all, and nothing more: "can i take ldn
    /// for my fibro?" (the model read it as a dose ask, 0.995, in FAQ probe 21), "posso prendere l'LDN per la fibro?".
    /// Anything after the condition ("… and how much?") leaves it to the other readings.
    /// </summary>
    [GeneratedRegex(
        @"^(?:so\s+|and\s+|ok\s+|hi\s+|hey\s+)?(?:can|could|should|may)\s+i\s+(?:take|use|try|start|get)\s+(?:[\w'-]+\s+){1,3}for\s+(?:my\s+|the\s+)?(?:fibro\w*|chronic\s+pain|pain|back\s+pain|nerve\s+pain|sleep|fatigue|fog)\s*\??$"
        + @"|^(?:puedo|podria|deberia)\s+(?:tomar|usar|probar)\s+(?:[\w'-]+\s+){1,3}(?:para|pa)\s+(?:la\s+|mi\s+)?(?:fibro\w*|dolor\w*)\s*\??$"
        + @"|^(?:posso|poderia|devo)\s+(?:tomar|usar|experimentar|prendere|usare|provare)\s+(?:[\w'-]+\s+){1,3}(?:para|pra|per)\s+(?:a\s+|la\s+|minha\s+|mia\s+)?(?:fibro\w*|dor\w*|dolor\w*)\s*\??$"
        + @"|^(?:je\s+peux|puis-je|est-ce\s+que\s+je\s+peux)\s+(?:prendre|essayer)\s+(?:[\w'-]+\s+){1,3}pour\s+(?:la\s+|ma\s+)?(?:fibro\w*|douleur\w*)\s*\??$"
        + @"|^(?:kann|darf|sollte)\s+ich\s+(?:[\w'-]+\s+){1,3}(?:gegen|bei|fur)\s+(?:die\s+|meine\s+)?(?:fibro\w*|schmerz\w*)\s+(?:nehmen|probieren|versuchen)\s*\??$"
        + @"|^(?:mag|kan)\s+ik\s+(?:[\w'-]+\s+){1,3}(?:nemen|proberen|gebruiken)\s+(?:voor|tegen)\s+(?:de\s+|mijn\s+)?(?:fibro\w*|pijn)\s*\??$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhetherToTakeItAtAll();

    /// <summary>
    /// Years and head counts are not amounts: "una encuesta de 2022 con más de 250 pacientes … ¿es verdad?" checks a
    /// claim (multilingual FAQ tune set). Any other number still keeps a message from counting as harms or benefits only.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:19|20)\d\d\b|\b\d[\d,.]*\s+(?:people|patients|participants|women|men|users|adults|volunteers|members|studies|trials|"
        + @"pacientes|personas|mujeres|usuarios|participantes|estudios|patienten|personen|frauen|teilnehmer\w*|studien|personnes|femmes|etudes|"
        + @"pessoas|mulheres|estudos|pazienti|persone|donne|studi|deelnemers|mensen|vrouwen|studies)\b"
        // An age in an introduction: "ich bin Petra, 52, aus Köln", "ik ben Anouk (37)", "sono Paolo, 61 anni" (round 24).
        + @"|(?:,|\()\s*\d{2}\s*(?:\)|,|\s+(?:ans|anni|anos|jahre|jaar|years?\s+old|yo)\b)|\b\d{2}\s*(?:ans|anni|anos|jahre|jaar|years?\s+old|yo|y/o|[mfw])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountsAndYears();

    /// <summary>How far apart two things should be taken: a schedule, whatever else the message asks.</summary>
    [GeneratedRegex(@"\bhow\s+(?:far\s+apart|long\s+between|long\s+(?:do\s+i|should\s+i)\s+wait)\b|\b(?:hours|time)\s+apart\b|\bgap\s+between\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpacingAsk();

    /// <summary>What a word means ("que significa 'microdosis'?", read as a dose ask at 0.90 in round 22).</summary>
    [GeneratedRegex(
        @"\bwhat'?s\s+the\s+difference\b|\bwhat\s+is\s+the\s+difference\b|\b(?:c'est\s+quoi|quelle\s+est)\s+la\s+difference\b|\bcual\s+es\s+la\s+diferencia\b|\bqual\s+(?:e\s+)?a\s+diferenca\b"
        + @"|\bwas\s+ist\s+der\s+unterschied\b|\bwat\s+is\s+het\s+verschil\b|\b(?:qual\s+e\s+la|che)\s+differenza\b|\bwhat\s+does\s+[\w'-]+(?:\s+[\w'-]+)?\s+mean\b|\bwhat\s+is\s+meant\s+by\b|\bque\s+(?:significa|quiere\s+decir)\b|\bwas\s+(?:bedeutet|heisst|heißt)\b|\bque\s+(?:veut\s+dire|signifie)\b"
        + @"|\bo\s+que\s+(?:significa|quer\s+dizer)\b|\bwat\s+betekent\b|\b(?:cosa|che)\s+(?:significa|vuol\s+dire)\b"
        // "q es eso de la microdosis?", "c'est quoi ce truc de microdosage ?" (round 35): what the thing people talk of is.
        + @"|^(?:y\s+)?(?:q|que)\s+es\s+(?:eso|esto)\s+de\b|^(?:e\s+)?o\s+que\s+e\s+(?:isso|essa\s+historia)\s+de\b|^c'?est\s+quoi\s+(?:ce\s+truc|cette\s+histoire)\s+de\b"
        + @"|^was\s+(?:ist|hat\s+es)\s+(?:das\s+)?mit\s+(?:dem|der|diesem|dieser)\b|^wat\s+is\s+dat\s+(?:met|van)\b|^(?:cos'?e|che\s+cos'?e)\s+(?:questa|sta)\s+storia\s+d",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatAWordMeans();

    /// <summary>A claim someone made, and the question whether it holds: "my kratom group swears it fixed their pain, does that count?".</summary>
    private static bool ChecksAClaim(string folded) => ClaimMade().MatchesScreened(folded) && ClaimDoubted().MatchesScreened(folded);

    [GeneratedRegex(
        @"\b(?:says?|said|claims?|claimed|writes|wrote|swears?|swore|promises?|promised|posted|dice|dicen|afirma|sagt|sagen|behauptet|schreibt|"
        + @"dit|disent|affirme|pretend|diz|dizem|garante|zegt|zeggen|beweert|schrijft|dicono|afferma|sostiene|giura)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ClaimMade();

    [GeneratedRegex(
        @"\b(?:true|legit|right|accurate|believe|trust|seriously|real|proof|evidence|count|counts|hype|scam|cierto|verdad|creer|stimmt|wahr|glauben|"
        + @"vrai|croire|verdade|acreditar|waar|klopt|geloven|vero|credere|prove)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ClaimDoubted();

    // When something began, was found or was first used, in the seven languages: past tenses only, because "cuándo lo
    // tomo" and "wann nehme ich es" ask a time to take it.
    [GeneratedRegex(
        @"\b(?:when\s+(?:did|was|were)|what\s+year|since\s+when|how\s+long\s+ago|who\s+(?:first|discovered|invented|came\s+up\s+with)|"
        + @"(?:first|originally)\s+(?:used|studied|discovered|approved|described|tested|invented|developed|recogni[sz]ed|banned|sold)|history\s+of|"
        + @"desde\s+cuando|cuando\s+(?:se\s+(?:empez|comenz|descubri|aprob|prohibi)\w*|fue|empez\w*|comenz\w*)|historia\s+de|"
        + @"seit\s+wann|wann\s+(?:wurde|wurden|kam|begann|fing)|geschichte\s+(?:von|des|der)|"
        + @"depuis\s+quand|quand\s+(?:a\s+t\s+on|a\s+ete|ont|fut)|histoire\s+(?:de|du|des)|"
        + @"desde\s+quando|quando\s+(?:foi|foram|comecou|comecaram|surgiu)|historia\s+d[aoe]s?|"
        + @"sinds\s+wanneer|wanneer\s+(?:werd|werden|begon|begonnen)|geschiedenis\s+van|"
        + @"da\s+quando|quando\s+(?:e\s+stat[oa]|sono\s+stat[ie]|fu|hanno\s+iniziato|si\s+e\s+iniziato)|storia\s+d\w+)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HistoryQuestion();

    // Round 80: "and if you go private?" right after "how much is ldn on the nhs?" (0.92 as dosing): how to get it through a
    // health service, an insurer or privately, in the seven languages. Words of price alone are not enough: "can't afford the
    // pharmacy one, how would she make it at home" and "un número, no te cuesta nada" are dose asks. A dose word or a
    // schedule in the same message still makes it a dose ask (the checks after this one).
    [GeneratedRegex(
        @"\b(?:go(?:ing)?\s+private|privately|private\s+(?:prescri\w*|clinic|doctor|gp|script|insurance)|on\s+the\s+nhs|nhs|insurance|insurer|medicare|medicaid|copay|co-pay|prescription\s+charges?"
        + @"|por\s+(?:lo\s+)?privado|seguro\s+medico|seguridad\s+social|obra\s+social|krankenkasse|privatrezept|privat\s+(?:versichert|zahlen|bezahlen)|mutuelle|rembours\w*"
        + @"|plano\s+de\s+saude|pelo\s+sus|no\s+particular|zorgverzeker\w*|vergoed\w*|privatamente|in\s+privato|mutua|servizio\s+sanitario)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutPriceOrAccess();

    // Risks, dangers, side effects, interactions, addiction and withdrawal, and the law, in the seven languages.
    [GeneratedRegex(
        @"\b(?:risks?|risky|riskier|dangers?|dangerous|side[\s-]?effects?|adverse|interactions?|interacts?|addict\w*|dependenc\w*|dependent|"
        + @"withdrawals?|harmful|toxic\w*|legal|illegal|legality|"
        // Side effects asked by their symptom ("il pregabalin dà capogiri?", "i get itchy after kratom, is that a thing?").
        + @"dizz\w*|insomnia|itch\w*|faz\s+mal|fa\s+male|capogir\w*|schwindel\w*|duizel\w*|mareos?|tonturas?|vertig\w*|leberwert\w*|"
        // "what if I'm on tramadol?" after a question about LDN asks whether the two go together.
        + @"what\s+if\s+i'?m\s+(?:on|taking|already\s+on|also\s+on)|quand\s+(?:on\s+est|je\s+suis)\s+sous|cuando\s+(?:estoy|estas)\s+(?:con|tomando)|wenn\s+man\s+(?:schon\s+)?\w+\s+nimmt|what\s+about\s+if\s+i'?m\s+on|y\s+si\s+(?:ya\s+)?tomo|et\s+si\s+je\s+prends|e\s+se\s+eu\s+(?:ja\s+)?tomo|e\s+se\s+prendo|und\s+wenn\s+ich\s+schon|en\s+als\s+ik\s+al|"
        // Carrying it across a border is a question about the law ("darf man die mit nach Deutschland nehmen?").
        + @"mit\s+nach|mitnehmen|meenemen|mee\s+naar|on\s+a\s+plane|abroad|through\s+customs|across\s+(?:the\s+)?borders?|zoll|douane|aduana|alfandega|dogana|"
        // Deaths counted or reported: "how many people die from kratom each year?" asks a statistic (the model read it
        // as a dose ask, 0.94). A quantity question about one's own death is a crisis, judged before this.
        // "die" alone is the German and Dutch article, so it counts only before what one dies of.
        + @"(?:die|dies|dying)\s+(?:from|of|after|because)|died|deaths?|fatalit\w*|mortality|hospitali[sz]\w*|"
        + @"muertes?|mueren|murieron|mortalidad|todesf\w*|tote|sterben|gestorben|sterblichkeit|morts?|deces|meurent|mortalite|"
        + @"mortes|obitos|morrem|morreram|mortalidade|doden|sterfgevallen|sterfte|overleden|morti|decessi|muoiono|mortalita|"
        + @"riesgos?|peligr\w*|efectos?\s+(?:secundarios?|adversos?)|interacci\w*|adicci\w*|adictiv\w*|abstinencia|"
        + @"risik\w*|gefahr\w*|nebenwirkung\w*|wechselwirkung\w*|sucht\w*|suchtig|abhangig\w*|entzug\w*|legal|"
        + @"risques?|effets?\s+(?:secondaires?|indesirables?)|dependance|sevrage|"
        + @"riscos?|perig\w*|efeitos?\s+(?:colaterais|adversos?)|interac\w*|vicio|viciante|"
        + @"risico\w*|gevaar\w*|bijwerking\w*|wisselwerking\w*|verslav\w*|afhankelijk\w*|ontwenning\w*|legaal|"
        + @"rischi\w*|pericol\w*|effetti\s+(?:collaterali|indesiderati)|interazion\w*|dipendenza|assuefazione|astinenza|legale)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HarmWord();

    // Things one takes, in the six languages, with the slang and misspellings seen in pain groups.
    private const string Substance =
        @"(?:ldn|naltrex\w*|naltrax\w*|kr?[ae]?t[ou]m|kratum|cratom|\bk\b|psilo\w*|shrooms?|mushrooms?|mushies|truffles?|"
        + @"hongos|setas|pilze?n?|champignons?|cogumelos?|paddo'?s?|truffels?|lsd|lds|acid|tabs?|micro\w*|mikro\w*|"
        + @"tincture|extract|powder|capsules?|caps|pills?|tablets?|it|them|this|that|each|mitragynine|7-?oh|ketamine|cbd|thc)";

    private const string Unit =
        @"(?:mg|milligram\w*|miligram\w*|g|gs|g's|grams?|gramm?e?s?|gramos|gramas|mcg|ug|microgram\w*|mic\s?rograms?|ml|"
        + @"drops?|teaspoons?|tsp|spoons?|scoops?|capsules?|caps|tabs?|tablets?|pills?)";

    private const string NotADoseObject =
        @"(?:people|persons?|patients?|participants?|users?|deaths?|studies|trials?|women|men|americans|years?|"
        + @"mensen|personen|patienten|deelnemers|personas|pacientes|menschen|leute|personnes|gens|pessoas|persone|pazienti|times|days|weeks|"
        + @"muertes|muertos|todesfalle|tote|toten|morts|deces|mortes|mortos|obitos|doden|sterfgevallen|morti|decessi|"
        // Countable things that are not taken, and amounts of knowledge: "how many countries allow it", "how much evidence".
        + @"hours|minutes|months|countries|states|nations|places|doctors|clinics|papers|reviews|articles|sources|evidence|research|"
        + @"proof|data|paises|lander|pays|landen|paesi)";

    // "how many people", "wie viele Todesfälle", "combien de morts": a count of people, events or studies, which asks no
    // amount of anything taken, so it does not keep a question about harms from counting as one.
    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|cuant[oa]s?|wie\s*viele?|combien(?:\s+de|\s+d')?|quant[oa]s?|quant[ie]|hoeveel)\s+(?:de\s+|of\s+(?:the\s+)?|d'|)"
        + NotADoseObject + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountOfWhatIsNotTaken();

    // "how much kratom", "how many mg", "cuánto kratom", "wie viel", "combien de", "quanto", "hoeveel".
    [GeneratedRegex(
        @"\b(?:(?:how|hw)\s+(?:much|many|mutch|mch|mych|mucj|manny|mny|mani)|cuant[oa]s?|wie\s*viele?|wie\s*vill?|combien(?:\s+de|\s+d')?|cb\s+(?:de|d')|quant[oa]s?|qnt[aeio]?s?|hoeveel|hvl)\b"
        + @"(?!\s+(?:de\s+|of\s+(?:the\s+)?|d'|)" + NotADoseObject + @"\b)"
        + @"(?:[^.?!]{0,40}\b(?:" + Substance + "|" + Unit + @"|dose\w*|dosis|amount|take|use|do|eat|put|need|should|start|"
        + @"debo|tomar|tomo|nehmen|soll|prendre|faut|devo|moet|nemen|innemen|eten|is\s+too\s+much|ballpark|though)\b"
        + @"|\s*\??\s*$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountAsk();

    // "hoeveel paracetamol mag in één keer", "quante gocce di Rivotril": a quantity question in any of the seven
    // languages, in a message that names something taken (TakenThings knows the common medicines by name, where
    // Substance above knows only the three treatments). Time, people and money are not amounts of anything taken.
    [GeneratedRegex(
        @"\b(?:(?:how|hw|hou)\s+(?:much|many|mutch|mch|mych|mucj|mny|manny)|cuant[oa]s?|wie\s*viele?|wie\s*vill?|combien|cb\s+(?:de|d')|quant[oaie]s?|qnt[aeio]?s?|hoeveel|hvl)\b"
        + @"(?!\s+(?:de\s+|of\s+(?:the\s+)?|d'|di\s+|van\s+|)(?:" + NotADoseObject + @"|" + NotAnAmountOfAThing + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuantityQuestion();

    // A quantity question whose thing is left unnamed: "how much a day is safe?", "how many can I have?", "cuántas al
    // día?", "hoeveel per dag?". In a follow-up that thing is the previous subject. "How many countries allow it?" names
    // its own thing, and is no amount of anything taken.
    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|cuant[oa]s?|wie\s*viele?|combien|quant[oaie]s?|hoeveel)\b\s*(?:$|[?.!,;:]|(?:a|per|each|every|in|at|is|are|"
        + @"can|could|should|would|will|do|does|did|may|might|must|ok|okay|safe|too|then|of|more|less|max|roughly|approximately|exactly|"
        + @"you|u|i|one|we|someone|al|por|par|pro|am|es|son|ist|sind|est|sont|e|sono|zijn|kan|kann|puedo|puede|peux|peut|posso|pode|"
        + @"mag|moet|soll|darf|debo|dois|devo|faut|ne|en|de|da|di|te|se|me|lo|la|le|man|je|ik|dan|alors|entonces|dann|for|para|pour|pra|fur|voor)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedQuantity();

    // "what's the max per day", "le maximum par jour", "das Maximum am Tag", "il massimo al giorno": the most one may
    // take in a day is an amount, whether or not a dose word is used.
    [GeneratedRegex(
        @"\b(?:max|maximum|limit|upper\s+limit|maximo|tope|limite|hochstens|maximal|hochstmenge|obergrenze|massimo|maximaal)\b"
        + @"[^.?!]{0,25}\b(?:per\s+day|a\s+day|each\s+day|daily|in\s+a\s+day|par\s+jour|al\s+dia|por\s+dia|am\s+tag|pro\s+tag|"
        + @"per\s+dag|al\s+giorno|per\s+giorno|taglich|diario|diaria)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DailyLimitAsk();

    // "il massimo di contramal che posso prendere senza rischi?", "le max sans risque", "the max I can safely take": the
    // most one may take is an amount, though its risk word makes it read as a question about harms.
    [GeneratedRegex(
        @"\b(?:max|maximum|maximo|maxima|maximale?|massimo|massima|maximaal|hochst\w*|le\s+max)\b[^.?!]{0,40}\b(?:without\s+(?:any\s+)?risk|safely|"
        + @"can\s+(?:i\s+|you\s+)?(?:safely\s+)?take|sans\s+(?:aucun\s+)?risque|je\s+peux\s+prendre|senza\s+rischi\w*|posso\s+prendere|sin\s+riesgos?|puedo\s+tomar|"
        + @"sem\s+riscos?|posso\s+tomar|ohne\s+risiko|kann\s+ich\s+nehmen|darf\s+ich\s+nehmen|zonder\s+risico|mag\s+ik\s+(?:nemen|innemen))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MostOneMayTake();

    // Shapes of a dose question that name nothing, read only in a follow-up to something taken (round 28): when in the
    // day "you take it", more or less "than normal" for someone, whether every day is too often, converting "from one to
    // the other", switching over at once or gradually, spacing doses "every 8 hours instead of 6", "reichen 1mg".
    [GeneratedRegex(
        @"\bwhen\s+(?:in|during)\s+the\s+day\s+(?:do|should|would|can|did)\s+(?:you|i|we|people|she|he|they|u)\s+take\b|\bwhat\s+time\s+(?:of\s+(?:the\s+)?day\s+)?(?:do|should|would|did)\s+(?:you|i|we|people|she|he|they|u)\s+take\s+(?:it|them|yours?)\b"
        + @"|\bswitch\s+the\s+time\s+(?:i|you|she|he|we)\s+take\b"
        + @"|\b(?:need|needs|take|takes|get|gets|give|be\s+on)\s+(?:a\s+bit\s+|a\s+lot\s+)?(?:more|less|fewer|higher|lower)\s+than\s+(?:normal|usual|average|most\s+people|other\s+people|everyone|the\s+usual)\b"
        + @"|\b(?:weniger|mehr)\s+(?:\w+\s+)?(?:als|wie)\s+(?:normal|ublich|sonst|andere)\b|\b(?:mas|menos)\s+(?:de\s+lo|que\s+lo|que\s+el)\s+(?:normal|habitual)\b"
        + @"|\b(?:plus|moins)\s+que\s+(?:la\s+normale|d'habitude|normalement|les\s+autres)\b|\b(?:mais|menos)\s+(?:do\s+que\s+o|que\s+o)\s+(?:normal|habitual)\b"
        + @"|\b(?:meer|minder)\s+dan\s+(?:normaal|gewoonlijk|anderen)\b|\b(?:piu|meno)\s+(?:del|di)\s+(?:normale|solito)\b"
        + @"|\bevery\s+(?:single\s+)?(?:day|night|other\s+day)\s+(?:too\s+(?:often|much)|(?:ok|okay|fine|safe)\b)|\btoo\s+often\s+or\s+(?:is\s+)?every\s+other\s+day\b"
        + @"|\bconvert\s+(?:from\s+)?(?:one|it|this|that|them)\s+(?:to|into)\s+(?:the\s+other|that|it|the\s+new\s+one)\b"
        + @"|\bswitch\s+(?:straight\s+)?over\b[^.?!]{0,30}\b(?:gradually|slowly|cold\s+turkey|bit\s+by\s+bit|step\s+by\s+step)\b"
        + @"|\b(?:every|alle)\s+\d+\s+(?:hours?|hrs?|h|stunden|uur|horas|heures|ore)\s+(?:instead\s+of|statt|in\s+plaats\s+van|en\s+vez\s+de|au\s+lieu\s+de|em\s+vez\s+de|invece\s+di)\s+\d+\b"
        + @"|\b(?:reichen|reicht|genugen|genugt)\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|ml|tropfen|tabletten?)\b"
        // "e pra alguém do meu tamanho?", "en voor iemand van mijn gewicht?" (round 30): an amount for a body, not a person.
        // Round 31 (conversations): when in the day ("would it be better with breakfast or before bed", "soll ich es lieber
        // morgens nehmen?", "dus beste moment is vlak voor het slapen toch?"), how long before something to have it, so many
        // times a day ("kan ik het ook gewoon 2x per dag doen?"), so many extra ("tomar 2 a mais nos dias ruins"), going up to a
        // number ("posso salire a 15 o è meglio 20?"), and how to do the conversion.
        + @"|\b(?:better|best|should\s+i|move\s+it|switch\s+it|lieber|besser|beste\s+moment|mejor|mieux|melhor|meglio)\b[^.?!]{0,40}\b(?:morning|breakfast|before\s+bed|bedtime|at\s+night|evening|morgens|abends|fruhstuck|vor\s+dem\s+schlafen|"
        + @"por\s+la\s+manana|por\s+la\s+noche|antes\s+de\s+dormir|le\s+matin|le\s+soir|au\s+coucher|de\s+manha|a\s+noite|'?s\s+ochtends|'?s\s+avonds|voor\s+het\s+slapen|la\s+mattina|la\s+sera|prima\s+di\s+dormire)\b"
        + @"|\bhow\s+long\s+before\b[^.?!]{0,40}\b(?:should|do|can|would)\s+i\s+(?:have|take|use)\s+(?:it|them|one)\b"
        // Round 33 (conversations): morning or evening ("morning or afternoon?", "would morning be better?"), all at once or
        // spread ("la tomáis toda junta o repartida en el día?"), and spoonfuls ("tsp or tbsp lol").
        // Only as the whole message: "is it better to walk in the morning or evening?" is not a dose.
        + @"|^\W*(?:(?:so|and|or|ok|okay)\W+)?(?:(?:in\s+the\s+)?morning|am)\s+or\s+(?:(?:in\s+the\s+)?(?:afternoon|evening)|(?:at\s+)?night|bedtime|pm|before\s+bed)\W*$"
        + @"|^\W*(?:would|will|is)\s+(?:the\s+)?(?:morning|evening|afternoon|bedtime|night\s*time)\s+(?:be\s+)?(?:better|best)\W*$"
        + @"|\b(?:all\s+at\s+once|in\s+one\s+go|tod[oa]s?\s+junt[oa]s?|de\s+una\s+vez|auf\s+einmal|en\s+une\s+(?:seule\s+)?fois|tudo\s+de\s+uma\s+vez|de\s+uma\s+vez|in\s+een\s+keer|tutt[oa]\s+insieme|in\s+una\s+volta)\s+(?:or|o|oder|ou|of|oppure)\s+(?:\w+\s+)?(?:split|spread|repartid[oa]s?|dividid[oa]s?|separad[oa]s?|verteilt|aufgeteilt|reparti\w*|en\s+plusieurs|verdeeld|gespreid|divis[oa]|distribuit[oa])\b"
        + @"|\b(?:tsp|tbsp|teaspoons?|tablespoons?|scoops?|spoonfuls?)\s+or\s+(?:a\s+)?(?:tsp|tbsp|teaspoons?|tablespoons?|scoops?|spoonfuls?)\b"
        + @"|\b(?:\d+|one|two|three|once|twice|een|twee|drie|zwei|drei|dos|tres|deux|trois|duas|dois|due)\s*(?:x|times|keer|mal|veces|fois|vezes|volte)\s+(?:a|per|al|am|par|por|ao|pro)\s+(?:day|dag|tag|dia|jour|giorno)\b"
        + @"|\b(?:\d+|one|two|uma|duas|dois|una|dos|zwei|deux|twee|due)\s+(?:a\s+mais|de\s+mas|extra|mehr|de\s+plus|en\s+plus|meer|in\s+piu)\b"
        // Round 34 (conversations): "bump it to like 0.3 next time?", "a realistic schedule to get to zero", "what's my old 60
        // equal to on the new one?", "what time of evening is best".
        + @"|\bbump\s+(?:it\s+)?(?:up\s+)?to\s+(?:like\s+|about\s+|around\s+)?\d"
        + @"|\b(?:get|come|go|taper|cut|wean)\s+(?:\w+\s+)?(?:down\s+)?to\s+(?:zero|nothing|0)\b(?!\s*%)"
        + @"|\b\d+(?:[.,]\d+)?\b[^.?!]{0,20}\b(?:equal|equivalent)\s+(?:to|of|on)\b"
        + @"|\bwhat\s+time\s+(?:of\s+(?:the\s+)?(?:day|evening|night|morning)\s+)?(?:is|would\s+be)\s+(?:best|better|ideal|right)\b"
        // Round 36 (conversations): household measures ("would a teaspoon work", "is a full dropper too much now"), another
        // one ("can i take another one if i wake up", "how long should i wait before having another"), puffs and pieces,
        // timing two together, less for her age, stopping at once or easing off, and where to stop going up.
        + @"|\b(?:would|could|can|is|does|do)\b[^.?!]{0,30}\b(?:teaspoons?|tsp|tablespoons?|tbsp|spoonfuls?|droppers?|dropperfuls?|capfuls?|syringes?|pipettes?)\b"
        + @"|\b(?:take|taking|have|having|use|using|smoke|smoking|eat|eating|pop|popping)\s+another\b"
        + @"|\bhow\s+many\s+(?:hits|puffs|tokes|drags|gummies|squares|pieces|bites|sprays|drops|caps|tabs)\b"
        + @"|\bhow\s+much\s+should\s+(?:i|she|he|we|they)\s+(?:be\s+)?(?:smok\w*|tak\w*|hav\w*|us\w*|vap\w*|eat\w*|drink\w*)\b"
        + @"|\bwhat\s+spacing\b|\bhow\s+(?:do|should|would)\s+(?:you|i|we|people)\s+(?:time|space|spread|stagger)\s+(?:them|it|those|these|the\s+two)\b"
        + @"|\bshould\s+(?:she|he|they|i|we)\s+(?:be\s+)?(?:having|taking|using|on)\s+(?:less|more|fewer|a\s+lower|a\s+higher)\b"
        + @"|\b(?:just\s+)?stop\s+(?:it\s+|them\s+)?(?:tomorrow|cold\s+turkey|all\s+at\s+once|overnight)\b|\bease\s+(?:off|down)\b"
        + @"|\bstop\s+going\s+up\b|\bget\s+(?:it|them)\s+down\s+to\b|\bmoving\s+it\s+to\s+(?:the\s+)?(?:morning|evening|night|bedtime)\b"
        // Round 35 (conversations): when do I go up, as the whole message ("quando é que subo?" after starting LDN).
        + @"|^\W*(?:(?:e|y|und|et|en|and|so|ok)\W+)?(?:quando|cuando|wann|quand|wanneer|when)\s+(?:e\s+que\s+|est-ce\s+que\s+|do\s+i\s+|should\s+i\s+)?"
        + @"(?:subo|aumento|erhohe\s+ich|steigere\s+ich|j'augmente|augmente-t-on|verhoog\s+ik|alzo|go\s+up|raise\s+it|increase)\W*$"
        + @"|\b(?:go\s+up\s+to|increase\s+(?:it\s+)?to|salire\s+a|subir\s+a|aumentar\s+(?:a|para)|erhohen\s+auf|hochgehen\s+auf|monter\s+a|verhogen\s+naar|ophogen\s+naar)\s+\d+"
        + @"|\b(?:como|come|comment|wie|hoe|how)\b[^.?!]{0,20}\b(?:convers\w*|conversie|umrechn\w*|umstell\w*|omrekenen|omzetten)\b"
        // Round 37 (conversations in six languages): go up now or stay ("soll ich jetzt mal hochgehn?", "ophogen of gewoon zo
        // houden?", "posso salire adesso?"), taper out ("wie schleich ich das aus", "comment on fait pour diminuer"), at once or
        // bit by bit ("paro de uma vez ou vou tirando aos poucos?"), measure it out or split it ("wie misst man das richtig
        // ab?", "kann man die selber runterteilen"), prepare it ("qual a melhor forma de preparar?"), take it earlier or move
        // it ("se eu tomar mais cedo", "lo sposto alla mattina"), and the same number for someone else ("zelfde aantal
        // druppels als ik of minder").
        + @"|\b(?:soll|sollte|kann|darf)\s+(?:ich|sie|er)\s+(?:\w+\s+){0,3}(?:hochgeh\w*|hoch\s+gehen|erhoh\w*|steiger\w*|runtergeh\w*|reduzier\w*)\b"
        + @"|^\W*(?:(?:e|y|und|et|en|and|ok|allora|dann|alors|entao|dus)\W+)?(?:posso|devo|puedo|debo|kann\s+ich|soll\s+ich|je\s+peux|dois-je|mag\s+ik|moet\s+ik|can\s+i|should\s+i|eu\s+posso)\s+"
        + @"(?:(?:gia|adesso|ora|ya|jetzt|schon|maintenant|deja|nu|al|now|already|ja|agora)\s+)?(?:salire|aumentare|subir|aumentar|hochgehen|erhohen|steigern|augmenter|monter|verhogen|ophogen|go\s+up|increase|raise\s+it)\b"
        + @"|\b(?:ophogen|verhogen|omhoog|erhohen|steigern|hochgehen|subir|aumentar|augmenter|monter|aumentare|salire|go\s+up|increase|raise\s+it)\b[^.?!]{0,10}\b(?:of|oder|o|ou|or|oppure)\s+(?:\w+\s+){0,3}"
        + @"(?:houden|laten|lassen|bleiben|blijven|quedo|quedarme|mantener|mantengo|mantenho|manter|ficar|fico|rester|reste|garder|restare|resto|rimanere|tenere|stay|keep\s+it|stick)\b"
        + @"|\bwie\s+schleich\w*\s+(?:ich|man|sie|er)\b[^.?!]{0,20}\baus\b"
        + @"|\b(?:reduzier\w*|ausschleich\w*|absetz\w*|abbauen|afbouwen|diminuer|baisser|reducir|bajar|reduzir|diminuir|ridurre|scalare|taper)\s+(?:\w+\s+){0,2}(?:oder|of|ou|o|or|oppure)\s+(?:\w+\s+){0,2}"
        + @"(?:kalt\w*\s+entzug|auf\s+einmal|sofort|cold\s+turkey|in\s+een\s+keer|ineens|d'un\s+coup|de\s+golpe|de\s+una\s+vez|de\s+uma\s+vez|di\s+colpo|tutto\s+insieme|all\s+at\s+once)\b"
        + @"|\b(?:kalt\w*\s+entzug|auf\s+einmal|cold\s+turkey|in\s+een\s+keer|ineens|d'un\s+coup|de\s+golpe|de\s+una\s+vez|de\s+uma\s+vez|di\s+colpo|all\s+at\s+once)\s+"
        + @"(?:oder|of|ou|o|or|oppure)\s+(?:\w+\s+){0,3}(?:langsam|schrittweise|nach\s+und\s+nach|afbouwen|geleidelijk|progressivement|petit\s+a\s+petit|poco\s+a\s+poco|gradualmente|aos\s+poucos|devagar|piano\s+piano|gradually|slowly|bit\s+by\s+bit)\b"
        + @"|\bcomment\s+(?:on\s+fait|faire|je\s+fais|je\s+peux\s+faire)\s+pour\s+(?:le\s+|la\s+|les\s+)?(?:diminuer|baisser|arreter|reduire|sevrer|decrocher|augmenter)\b"
        + @"|\bwie\s+miss\w*\s+(?:man|ich|du|sie|er)\s+(?:\w+\s+){0,3}ab\b|\bhoe\s+(?:meet|doseer)\s+(?:je|ik|ze|hij)\b|\bcomo\s+(?:se\s+)?(?:mide|medir|meco|mido|medimos)\b|\bcomment\s+(?:on\s+)?mesur\w*\b|\bcome\s+(?:si\s+)?misur\w*\b"
        + @"|\b(?:kann|soll|darf)\s+(?:man|ich)\s+(?:\w+\s+){0,3}(?:teilen|runterteilen|halbieren|vierteln|aufteilen|auflosen)\b"
        + @"|\b(?:melhor\s+(?:forma|jeito|maneira)|mejor\s+(?:forma|manera)|meilleure\s+(?:facon|maniere)|beste\s+(?:manier|methode)|modo\s+migliore|beste\s+(?:art|weise))\s+(?:de\s+|di\s+|om\s+|zu\s+|pour\s+)?(?:\w+\s+)?(?:prepar\w*|zubereit\w*|bereiden|klaarmaken)\b"
        + @"|\bquanto\s+tempo\s+(?:ferve|deixo\s+ferver|fica\s+na\s+agua)\b|\bcuanto\s+tiempo\s+(?:hierve|lo\s+hiervo|dejo\s+hervir)\b|\bwie\s+lange\s+(?:kochen|ziehen\s+lassen)\b"
        + @"|\b(?:tomar\w*|tomo|prendre|prends|prendo|prenderl\w*|nehm\w*|innemen|inneem|neem|take|taking)\s+(?:\w+\s+)?(?:mais\s+cedo|mas\s+temprano|plus\s+tot|piu\s+presto|fruher|eerder|earlier|mais\s+tarde|mas\s+tarde|plus\s+tard|piu\s+tardi|spater)\b"
        + @"|\b(?:lo|la|le|li)\s+(?:sposto|anticipo|posticipo)\b|\b(?:lo|la)\s+(?:paso|cambio|muevo)\s+(?:a|para)\s+la\s+(?:manana|noche|tarde)\b|\bpasso\s+(?:para|pra)\s+(?:a\s+)?(?:manha|noite)\b"
        + @"|\b(?:je\s+le|je\s+la)\s+(?:deplace|decale|passe)\b|\bverschieb\w*\s+(?:ich|man)\s+(?:\w+\s+){0,2}(?:auf|nach)\b|\bverplaats\s+ik\s+(?:\w+\s+){0,2}naar\b"
        + @"|" + StopsAtOnce + @"|" + CountsCapsOrPuffs
        // Leaves counted only after something taken: bay leaves go in a tea too.
        + @"|\bquant[oa]s\s+folhas\b|\bcuant[oa]s\s+hojas\b|\bwie\s*viele\s+blatter\b|\bcombien\s+de\s+feuilles\b"
        // Round 38 (English conversations): an extra one today, stop at once or slowly, mornings better, how big a square, a
        // second patch on, the next drop of a taper.
        + @"|\b(?:take|have|use)\s+an\s+extra\s+(?:one|half|pill|tablet|tab|cap|patch|drop|gummy)\b|\bstop\s+(?:straight\s+away|right\s+away|immediately|at\s+once)\s+or\b|\bgo\s+down\s+slowly\b"
        + @"|^\W*(?:so\W+|and\W+)?(?:mornings?|evenings?|nights?|bedtime)\s+(?:better|best)\W*$|\bhow\s+(?:big|large|small)\s+(?:a\s+)?(?:square|piece|bit|chunk|slice|bite|cube)\b"
        + @"|\b(?:stick|put|add|slap)\s+(?:a\s+)?(?:second|another|extra)\s+(?:one|patch)\s+on\b|\b(?:do|make)\s+the\s+next\s+(?:drop|step|reduction|decrease|cut)\b"
        + @"|\b(?:zelfde|hetzelfde|same|mismo|misma|mesma|mesmo|gleiche\w*|meme|stesso|stessa)\s+(?:aantal|hoeveelheid|amount|number|cantidad|numero|menge|anzahl|quantite|nombre|quantidade|quantita)\b"
        + @"|\b(?:someone|somebody|a\s+person|people|alguien|alguem|jemand|quelqu'?un|iemand|qualcuno|una\s+persona)\s+(?:\w+\s+)?(?:my|mi|meu|minha|meiner|meines|meinem|ma|mon|mijn|mia|mio|your|his|her)\s+(?:size|weight|build|tamano|peso|tamanho|grosse|gewicht|statur|taille|poids|corpulence|grootte|formaat|corporatura|stazza)\b"
        // Round 39 (conversations in the seven languages): mornings instead, stop it cold or wean, would twice be better, the
        // whole bottle or half, what fraction to eat, cut it in half, stop and restart, simply stop, go to a number or down to
        // half, stop at once, just half, start as I did, add one in the evening, from one day to the next, better in the
        // morning, when to go up, every day, dissolve and measure it.
        + @"|^\W*(?:(?:so|and|or)\W+)?(?:mornings?|evenings?|at\s+night|nights?)\s+instead\W*$|\bstop\s+(?:it\s+)?cold\s+or\s+(?:wean|taper)\b"
        + @"|\bwould\s+(?:twice|three\s+times|two|2)\s+(?:a\s+day\s+)?be\s+better\b|\bwhole\s+(?:bottle|shot|thing|pack|packet|cookie|bar|gummy|brownie)\s+or\s+half\b"
        + @"|\bwhat\s+(?:fraction|portion|part)\s+(?:of\s+it\s+)?(?:should|do|can)\s+i\s+(?:eat|take|have)\b"
        + @"|\bse\s+(?:la|lo)\s+puede\s+(?:partir|cortar)\b|\b(?:partir|cortar)\w*\s+por\s+la\s+mitad\b|\blo\s+paro\b[^.?!]{0,30}\bretomo\b"
        + @"|\beinfach\s+absetzen\b|\bauf\s+die\s+halfte\s+runter\b|^\W*auf\s+\d+(?:[.,]\d+)?\s+gehen\W*$"
        + @"|\barreter\s+net\b|\bet\s+si\s+je\s+(?:prends|prenais)\s+(?:juste\s+|seulement\s+)?la\s+moitie\b|\b(?:il|elle)\s+commence\s+comme\s+moi\b|\bj'en\s+rajoute\s+(?:un|une)\b"
        + @"|\bvan\s+de\s+ene\s+op\s+de\s+andere\s+dag\b|^\W*beter\s+'?s\s*(?:ochtends|avonds)\b|\bmeet\s+ik\s+(?:het|dat|die)\s+af\b|\bhoe\s+los\s+ik\s+(?:dat|het|die)\s+op\b"
        + @"|^\W*quando\s+(?:eu\s+)?(?:salgo|aumento|subo)\W*$|\bposso\s+farlo\s+tutti\s+i\s+giorni\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpDoseShape();

    // "is 4.5 too much?", "would 2 be ok?", "3 is safe right?": a bare number judged, which in a follow-up is an amount
    // of the previous subject. A number of hours, days, people or per cent is not.
    [GeneratedRegex(
        @"\b\d+(?:[.,]\d+)?\b(?!\s*(?:%|percent|hours?|hrs?|h\b|minutes?|mins?|days?|weeks?|months?|years?|yrs?|people|patients?|times|x\b|"
        + @"horas?|dias?|semanas?|stunden|tage|wochen|heures|jours|semaines|uur|dagen|weken|ore|giorni|settimane))"
        + @"[^.?!]{0,20}\b(?:too\s+(?:much|many|high|strong|little|low)|enough|ok|okay|alright|safe|fine|demasiad[oa]s?|segur[oa]|suficiente|"
        + @"zu\s+viel|genug|sicher|trop|assez|sur|demais|te\s+veel|genoeg|veilig|troppo|troppi|abbastanza|sicuro)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex JudgedNumber();

    // The amount to end at, or the share of each part of a mix, asked about something taken or after a message about
    // it: "what number should I be aiming for at the end", "what are the ratios for each part" (after the Stamets stack).
    [GeneratedRegex(
        @"\b(?:what|which)\s+(?:number|amount|level|strength)\b[^.?!]{0,40}\b(?:aim\w*|target\w*|end\s+(?:up|at|on)|get\s+(?:up\s+)?to|work\s+up|build\s+up|reach|stop\s+at|settle\s+(?:on|at))\b"
        + @"|\b(?:target|goal|end)\s+(?:number|amount|level)\b|\bratios?\b[^.?!]{0,20}\b(?:each|every)\b|\bhow\s+much\s+of\s+each\b"
        // One more on bad days, split into two a day, the most people go to: "puedo tomar una más esos días?",
        // "posso prenderne uno in più?", "kann man das auf zweimal am tag aufteilen?", "what's the max people go to?".
        + @"|\b(?:take|tomar|tomo|prender\w*|prendre|nehmen|nemen|innemen)\b[^.?!]{0,20}\b(?:one|una|uno|un|um|uma|eine[nm]?|een|ein)\s+"
        + @"(?:more|extra|mas|in\s+piu|de\s+plus|mais|mehr|meer)\b"
        + @"|\b(?:tomar|tomo|tomei|prendre|prender\w*)\b[^.?!]{0,20}\b(?:mais|mas)\s+(?:um|uma|una|uno|un)\b"
        + @"|\b(?:split|divide|aufteilen|teilen|dividir|diviser|dividere|splitsen|verdelen|repartir)\b[^.?!]{0,30}\b(?:twice|two|zweimal|zwei|dos|deux|due|duas|dois|twee)\b"
        + @"|\bmax(?:imum)?\b[^.?!]{0,20}\b(?:go|get|goes|gets)\s+(?:to|up)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TargetOrRatioAsk();

    private const string NotAnAmountOfAThing =
        @"(?:time|long|often|tiempo|veces|zeit|mal|temps|tempo|vezes|volte|tijd|keer|money|dinero|geld|argent|dinheiro|soldi|"
        + @"euros?|dollars?|costs?|cuesta|kostet|coute|custa|costa|kost|"
        // "cuánto dura un brote", "wie lange dauert", "combien de temps dure": how long something lasts.
        + @"(?:\w+\s+)?(?:dura|duran|durar|tarda|tardan|dauert|dure|durent|duram|duurt|lasts?))";

    private const string OtherLanguageQualifiedDose =
        @"(?:(?:dosis|dose|dosierung|dosering|dosagem|dosaggio|posologia|menge|cantidad|quantidade|quantite|quantita|hoeveelheid|rango)\s+(?:\w+\s+)?"
        + @"(?:habitual|habituales|normal|usual|tipica|recomendada|inicial|maxima|minima|segura|correcta|adecuada|comun|usuelle|habituelle|recommandee|"
        + @"normale|maximale|initiale|efficace|abituale|consigliata|raccomandata|iniziale|massima|sicura|giusta|certa|comum|tipico|tipique|standard|estandar|padrao|"
        + @"de\s+(?:inicio|partida|depart|mantenimiento|manutencao)|di\s+partenza|di\s+mantenimento)"
        + @"|(?:ubliche|normale|maximale|sichere|richtige|empfohlene|typische|gebruikelijke|gangbare|veilige|juiste|aanbevolen|bonne|giusta|buona)\s+(?:\w+\s+)?"
        + @"(?:dosis|dosierung|dosering|menge|hoeveelheid|dose|dagdosis|tagesdosis|dosaggio)"
        + @"|(?:anfangs|start|einstiegs|anfanger|beginners?|begin|tages|dag|onderhouds|erhaltungs)(?:dosis|menge|hoeveelheid))\b";

    // "what's a safe dose", "the usual dosage", "welche Dosis", "quelle dose", "qual dose", "welke dosis".
    [GeneratedRegex(
        @"\b(?:right|correct|proper|good|safe|safest|best|ideal|optimal|usual|normal|typical|standard|recommended|max|maximum|"
        + @"min|minimum|lowest|effective|starting|initial|reasonable|sensible|average|common|regular|exact|appropriate|"
        + @"first|beginner|personal)\s+(?:\w+\s+){0,2}(?:dose|doses|dosage|dosege|dosing|doze|amount|microdose|mg|strength|quantity)\b"
        + @"|\b(?:what|which|wat|whats|what's|wht)\b[^.?!]{0,12}\b(?:dose|dosage|dosege|doze|amount|mg|milligrams?|strength|microdose)\b"
        + @"|\b(?:que|cual|welche|quelle|qual|quale|che|welke|wie\s+hoch)\s+(?:(?:est|es|ist|e|is|sollte|soll|moet)\s+)?(?:(?:la|le|a|die|de|el|het)\s+)?(?:\w+\s+)?(?:dosis|dose|dosagem|dosierung|dosering|dosaggio|posologia|cantidad|quantite|quantidade|quantita|menge|hoeveelheid)\b"
        + @"|\bgive\s+me\s+a\s+number\b|\bballpark\b"
        // A dose judged or fixed, in the six other languages: "dosis habitual", "übliche Dosis", "dose de départ",
        // "gebruikelijke hoeveelheid", "Anfängerdosis".
        + @"|\b" + OtherLanguageQualifiedDose
        // Indirect: "what would a typical person take for ldn", "what do most people use for a microdose".
        + @"|\bwhat\s+(?:would|do|does|did|should|might)\s+(?:a\s+|the\s+)?(?:typical\s+|normal\s+|average\s+|regular\s+|most\s+)?"
        + @"(?:person|people|someone|somebody|patients?|users?|one)\b[^.?!]{0,15}\b(?:take|use|start\s+on)\s+(?:for|of|as)\s+(?:an?\s+)?(?:\w+\s+)?"
        + @"(?:ldn|naltrex\w*|kratom|microdose|dose|psilo\w*|shrooms?|mushrooms?|lsd)\b(?!\s+(?:withdrawal|side|nausea))"
        // Elliptical: "dosage for psilocybin?", "the dose of kratom?"
        + @"|^(?:the\s+|a\s+)?(?:dose|dosage|dosing|doses|amount|mg)\s+(?:for|of)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedDoseAsk();

    [GeneratedRegex(@"^(?:can|could|would)\s+you\s+(?:please\s+)?(?=explain|describe|define)", RegexOptions.CultureInvariant)]
    private static partial Regex PoliteLead();

    // A dose word with a word that judges or fixes the amount: "safe dose", "usual dosage", "starting amount".
    [GeneratedRegex(
        @"\b(?:right|correct|proper|good|safe|safest|best|ideal|optimal|usual|normal|typical|standard|recommended|max|maximum|"
        + @"min|minimum|lowest|effective|starting|initial|reasonable|sensible|average|common|regular|exact|appropriate|"
        + @"first|beginner|personal)\s+(?:\w+\s+)?(?:dose|doses|dosage|dosing|amount|microdose|strength|quantity)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedDose();

    [GeneratedRegex(
        @"\b(?:dose|doses|dosage|dosege|dosing|doze|d0se|dosis|dosierung|posologie|posologia|dosaggio|dosaggi|dosagem|dosering|amounts?|mg|milligrams?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DoseWord();

    [GeneratedRegex(
        @"(?<!\b(?:low|lower|high|higher|full)\s)\b(?:dose|doses|dosage|dosing|dosis|dosierung|posologie|posologia|dosaggio|dosagem|dosering|amount|mg|milligrams?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BareDoseWord();

    [GeneratedRegex(@"\bhow\s+many\s+(?:[\w-]+\s+){1,3}(?:does\s+it|do\s+you\s+need\s+to|to)\s+(?:take\s+to\s+)?(?:change|screw\s+in|fix)\s+a\s+light\s*bulb\b", RegexOptions.CultureInvariant)]
    private static partial Regex LightbulbJoke();

    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)\s+(?:\w+\s+)?(?:ml|millilit\w*|litres?|liters?|glasses|cups|bottles|oz|ounces?)?\s*(?:of\s+)?(?:water|fluids?|liquids?)"
        + @"|(?:cuant[ao]s?|wie\s*viel\w*|combien|quant[ao]s?|quant[ie]|hoeveel)\s+(?:\w+\s+)?(?:de\s+|d'|di\s+)?(?:agua|wasser|eau|acqua|water)"
        + @"|(?:ml|millilit\w*|litres?|liters?|glasses|cups|bottles|oz|ounces?)\s+of\s+(?:water|fluids?|liquids?))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountOfADrink();

    // That the bot gives no doses, said back to it, in the seven languages ("i know you can't give doses", "tu peux pas me
    // donner de dose", "du darfst keine Dosis nennen").
    [GeneratedRegex(
        @"\b(?:you|u)\s+(?:can'?t|cannot|cant|don'?t|dont|won'?t|wont|aren'?t\s+allowed\s+to|are\s+not\s+allowed\s+to)\s+(?:give|tell|say|recommend)\s+(?:me\s+|us\s+)?(?:a\s+|any\s+)?(?:doses?|dosages?|dosing)\b"
        + @"|\bno\s+(?:puedes|podes|das|dais)\s+(?:dar(?:me|nos)?\s+)?(?:dosis|dosificaciones)\b|\bdu\s+(?:darfst|kannst|gibst)\s+(?:mir\s+)?keine\s+(?:dosis|dosierung\w*|dosen)\b"
        + @"|\btu\s+(?:ne\s+)?(?:peux|veux|donnes|as\s+pas\s+le\s+droit\s+de)\s+(?:pas\s+)?(?:me\s+)?(?:donner\s+)?(?:de\s+|des\s+)?(?:doses?|dosages?|posologies?)\b"
        + @"|\b(?:vc|voce|tu)\s+nao\s+(?:pode\s+)?(?:me\s+)?(?:da|dar|passa|passar)\s+(?:doses?|dosagens?)\b|\bje\s+(?:mag|kan|geeft)\s+(?:me\s+)?geen\s+(?:dosis|doseringen|doses)\b"
        + @"|\bnon\s+(?:puoi|dai)\s+(?:darmi\s+|dare\s+)?(?:dosi|dosaggi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TheBotGivesNoDoses();

    // Water drunk in a day while on a medicine: the medicine is what they are on, not what the water is for.
    [GeneratedRegex(@"\b(?:drink|drinking)\s+(?:\w+\s+){0,2}(?:a|per|each|every)\s+day\s+(?:on|while\s+(?:on|taking)|when\s+(?:on|taking)|since\s+(?:starting|i\s+started))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DrinksADayWhileOnIt();

    // Round 63 (read after measuring on f05289d): how much the others took themselves ("et vous, vous avez pris combien au
    // début ? du rouge ou du vert ?" after a question about starting kratom), in the seven languages. The amount word
    // stands right beside the verb, so "how much time did you take off" and "cuánto tiempo tomaste" are not read.
    [GeneratedRegex(
        @"\bhow\s+(?:much|many)\s+did\s+(?:you|u|ya|y'?all)\s+(?:guys\s+|all\s+)?(?:take|start\s+(?:on|with|at)|begin\s+(?:on|with))\b(?!\s+(?:off|out|away|apart|home|in\s+total\s+(?:days|hours)))"
        + @"|\b(?:vous\s+(?:en\s+)?avez|t'?as|tu\s+(?:en\s+)?as|avez-vous|as-tu)\s+pris\s+combien\b|\bcombien\s+(?:vous\s+(?:en\s+)?avez|t'?en\s+as|t'?as|tu\s+(?:en\s+)?as|avez-vous|en\s+avez-vous|as-tu)\s+pris\b"
        + @"|\bcu[a]nt[oa]s?\s+(?:tomaste|tomaron|tomabas|tomasteis|tomabais|usaste)\b|\bquant[oa]s?\s+(?:(?:voce|vc|voces|vcs|tu)\s+)?(?:tomou|tomaram|tomavas?|tomaste)\b"
        + @"|\bquant[oaie]\s+(?:ne\s+)?(?:hai|avete)\s+pres[oaie]\b|\bquant[oaie]\s+(?:ne\s+)?prendevi\b"
        + @"|\bhoeveel\s+(?:nam|neem)\s+(?:jij|je|u|jullie)\b|\bhoeveel\s+(?:heb|hebben)\s+(?:jij|je|u|jullie)\s+(?:\w+\s+)?genomen\b|\bhoeveel\s+namen\s+jullie\b"
        + @"|\bwie\s*viel\s+(?:hast\s+du|habt\s+ihr|haben\s+sie)\s+(?:denn\s+|am\s+anfang\s+|anfangs\s+)?genommen\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksHowMuchOthersTook();

    [GeneratedRegex(@"\b(?:drink\w*|intake|hydrat\w*|trinken|trinke|beber|bebo|boire|bois|bere|bevo|drinken|drink)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DrinkingIt();

    [GeneratedRegex(
        @"\b(?:dissolv\w*|mix\w*|solution|prepar\w*|make|making|stir\w*|steep\w*|brew\w*|trekken|sciogl\w*|dissoudre|dissous|disolv\w*|auflos\w*|oplos\w*|diluir|diluer|diluire|verdunn\w*|verdun\w*|of\s+that|of\s+it|of\s+the\s+solution)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PreparingIt();

    [GeneratedRegex(
        @"\b(?:tell|give|gimme|share|print|output|list|recommend|suggest|advise|need|want|what|whats|what's|which|should|can\s+i|"
        + @"sollte|soll|muss|debo|devo|dois|doit|moet|mag|puedo|posso|peux|"
        + @"do\s+i|would|pls|please|dime|dame|diga|digame|nenn|nennen|sag|gib|donnez|donne|dites|dis|me\s+diga|geef|zeg|noem)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RequestVerb();

    [GeneratedRegex(@"\?|^(?:is|are|should|can|could|would|will|do|does|am)\b|\b(?:should|can|could)\s+i\b|\bfor\s+me\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionForm();

    [GeneratedRegex(
        @"\bhow\s+(?:often|frequently|regularly)\b|\bhow\s+many\s+(?:times|days|weeks|doses|hours)\b"
        + @"|\bwhen\s+(?:should|do|can|would|shall|must)\s+(?:i|you|one|we)\b(?:[^.?!]{0,30}\b(?:take|dose|microdose|use|it))?"
        + @"|\b(?:what|which)\s+time\s+of\s+(?:the\s+)?day\b|\b(?:morning|daytime|day)\s+or\s+(?:at\s+)?(?:night|evening|bedtime)\b"
        + @"|\b(?:at\s+bedtime|at\s+night|in\s+the\s+morning)\s+or\b"
        + @"|\b(?:should|can|do)\s+i\b[^.?!]{0,40}\b(?:every\s+(?:other\s+)?day|daily|skip\s+days|twice|once\s+a|days?\s+off|break)\b"
        + @"|\bis\s+it\s+(?:ok|okay|safe|fine)\s+to\s+take\b[^.?!]{0,30}\b(?:twice|once|daily|every|times)\b"
        + @"|\b(?:what|which|good|best|recommended?|follow|give\s+me\s+a)\b[^.?!]{0,25}\b(?:schedule|cycle|regimen|routine)\b"
        + @"|\bhow\s+long\s+(?:should|do|can)\s+(?:i|you|one)\b|\bspace\s+out\b|\bdays?\s+on\s+and\s+(?:days?\s+)?off\b"
        + @"|\bhow\s+spaced\b|\bhow\s+long\s+(?:after|before)\b[^.?!]{0,30}\btake\b|\bmore\s+often\b[^.?!]{0,30}\b(?:or|than|on)\b|\bor\s+(?:do\s+i\s+|should\s+i\s+)?skip\b"
        + @"|\b(?:once|twice|three\s+times|\d+\s+times)\s+a\s+day\b[^.?!]{0,20}\b(?:ok|okay|safe|fine|enough)\b"
        + @"|\bcada\s+cuant[oa]\b|\bcon\s+que\s+frecuencia\b|\bwie\s+(?:oft|haufig)\b|\bwann\s+(?:soll|sollte|muss)\b"
        + @"|\ba\s+quelle\s+frequence\b|\bcombien\s+de\s+fois\b|\bquand\s+(?:dois|faut)\b|\bcom\s+que\s+frequencia\b"
        + @"|\bquantas\s+vezes\b|\bde\s+quanto\s+em\s+quanto\b|\bhoe\s+(?:vaak|dikwijls)\b|\bwanneer\s+moet\b"
        // The same asks as members write them in the six other languages: times a day, morning or evening, every day
        // or not, every so many hours, at what time.
        + @"|\bcuantas\s+veces\s+al\s+dia\b|\bcada\s+cuantas\s+horas\b|\b(?:de|por\s+la|a\s+la)\s+(?:noche|manana)\s+o\b|\btodos\s+los\s+dias\s+o\b|\bun\s+dia\s+si\b|\bmas\s+seguido\b"
        + @"|\bwie\s+viele?\s+mal\s+(?:am|pro)\s+tag\b|\b(?:morgens|abends|nachts)\s+oder\s+(?:morgens|abends|nachts)\b|\bjeden\s+tag\s+oder\b"
        + @"|\b(?:einmal|zweimal|dreimal)\s+(?:am|pro)\s+tag\s+oder\b|\bzu\s+welcher\s+(?:uhrzeit|tageszeit)\b|\balle\s+\d+\s+oder\s+alle\b"
        + @"|\bcombien\s+de\s+fois\s+par\s+(?:jour|semaine)\b|\ble\s+(?:matin|soir)\s+ou\s+(?:le\s+)?(?:matin|soir)\b|\btous\s+les\s+(?:jours|soirs)\s+ou\b|\btoutes\s+les\s+combien\b"
        + @"|\bquantas\s+vezes\s+(?:ao|por)\s+dia\b|\bde\s+\d+\s+em\s+\d+\b|\b(?:de\s+manha|de\s+noite|a\s+noite)\s+ou\b|\btodo\s+dia\s+ou\b"
        + @"|\bogni\s+quante\s+ore\b|\bquante\s+volte\s+al\s+giorno\b|\b(?:la\s+)?(?:mattina|sera)\s+o\s+(?:la\s+|al\s+)?(?:mattina|sera)\b|\btutti\s+i\s+giorni\s+o\b|\bogni\s+quanto\b"
        + @"|\bhoeveel\s+(?:keer|maal)\s+per\s+(?:dag|week)\b|'s\s+(?:ochtends|morgens|avonds)\s+of\s+'s\s+(?:ochtends|morgens|avonds)\b|\belke\s+dag\s+of\b|\bom\s+de\s+hoeveel\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleAsk();

    [GeneratedRegex(
        @"\b(?:starting|start|initial|first|beginning|beginner|opening|maintenance|target)\s+(?:\w+\s+)?(?:dose|doses|dosage|amount|microdose)\b"
        + @"|\bstart\s+(?:\w+\s+){0,2}(?:at|on|with)\b[^.?!]{0,20}\b(?:dose|mg|ldn|kratom)\b|\bstart\s+low\b[^.?!]{0,30}\bhow\b"
        + @"|\btitrat\w*|\bramp(?:ing)?\s+up\b|\btaper\w*|\bwork\s+(?:my\s+way\s+)?up\s+to\b|\bhow\s+(?:low|high|fast|quickly)\b"
        + @"|\b(?:increase|raise|up|lower|reduce|cut|drop|decrease)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:dose|dosage|microdose)\b"
        + @"|\bdosis\s+inicial\b|\b(?:anfangs|start|einstiegs|begin)dosis\b|\bdose\s+(?:de\s+depart|initiale|inicial)\b"
        // Building up and coming off in steps, in the six other languages.
        + @"|\b(?:eindosier\w*|aufdosier\w*|hochdosier\w*|ausschleich\w*)|\bin\s+welchen\s+schritten\b|\bwie\s+(?:schnell\s+)?(?:steigere|setze|reduziere|erhohe)\s+ich\b"
        + @"|\bcomo\s+(?:voy\s+)?(?:subiendo|bajando|subo|bajo|reduzco|quito)\b|\bpauta\s+de\s+(?:subida|bajada|descenso|titulacion)\b"
        + @"|\bcomment\s+(?:augmenter|diminuer|baisser|monter|descendre|sevrer|reduire)\b|\b(?:plan|calendrier|schema)\s+de\s+(?:sevrage|decroissance|diminution)\b"
        + @"|\bcomo\s+(?:eu\s+)?(?:aumento|diminuo|reduzo|desmamo|subo)\b|\bdesmam\w*|\besquema\s+de\s+(?:desmame|reducao|aumento)\b"
        + @"|\bcome\s+(?:aumento|scalo|diminuisco|riduco|salgo)\b|\bscalaggio\b|\bschema\s+(?:di\s+)?(?:riduzione|scalaggio|salita|avvio)\b"
        + @"|\b(?:afbouwschema|opbouwschema)\b|\bhoe\s+(?:bouw|bouwt)\b[^.?!]{0,30}\b(?:af|op)\b|\bin\s+welke\s+stappen\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TitrationAsk();

    [GeneratedRegex(
        @"\bhow\s+(?:do|to|should|can|would|could)\s+(?:i\s+|you\s+|one\s+|we\s+|people\s+)?(?:best\s+|usually\s+|typically\s+|normally\s+|generally\s+)?"
        + @"(?:prepare|prep|make|measure|weigh|split|dissolve|fill|grind|portion|brew|mix|divide|dilute|compound|volumetric\w*|encapsulate|dose)\b"
        + @"|\bbest\s+way\s+to\s+(?:make|prepare|measure|take)\b|\bwithout\s+a\s+scale\b"
        + @"|\bcomo\s+(?:eu\s+)?(?:preparo|preparar|prepara|hago|hacer|mido|medir|faco|fazer|meco|dosifico|dosificar)\b"
        + @"|\bwie\s+(?:bereite|mache|messe|dosiere|teile|stelle)\b|\bzubereit\w*"
        + @"|\bcomment\s+(?:preparer|faire|mesurer|doser|prendre)\b|\bhoe\s+(?:bereid|maak|meet|doseer|verdeel)\b"
        // Splitting, crushing, opening or dissolving a tablet, patch or capsule, in the six other languages.
        + @"|\b(?:se\s+pueden?|puedo)\s+(?:partir|triturar|machacar|abrir|disolver|moler|cortar)\b|\bcomo\s+(?:se\s+)?(?:prepara|mide|disuelve|parte|divide|corta)\b"
        + @"|\b(?:zermorser\w*|morsern|halbieren|durchschneiden|durchbrechen)\b|\bwie\s+(?:lose|viertel|halbiere|schneide)\s+ich\b"
        + @"|\b(?:peut-on|on\s+peut|je\s+peux|puis-je)\s+(?:les?\s+|la\s+|l')?(?:couper|ecraser|ouvrir|dissoudre|broyer|moudre)\b|\bcomment\s+(?:on\s+)?(?:prepare|coupe|divise|dissout)\b"
        + @"|\b(?:posso|pode|da\s+pra)\s+(?:partir|cortar|triturar|esmagar|abrir|dissolver|moer)\b|\bcomo\s+(?:eu\s+)?(?:preparo|corto|divido|dissolvo)\b"
        + @"|\b(?:posso|si\s+puo|si\s+possono)\s+(?:tagliare|spezzare|frantumare|sciogliere|aprire|tritare|macinare)\b|\bcome\s+(?:si\s+)?(?:prepara|preparo|taglio|divido|sciolgo)\b"
        + @"|\b(?:mag|kan)\s+(?:je|ik|de|het|die|een)\b[^.?!]{0,40}\b(?:breken|doormidden|fijnstampen|vermalen|oplossen|openen|knippen|snijden|kapot\s+kauwen)\b|\bhoe\s+(?:snijd|knip|breek|verdeel)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PreparationAsk();

    // "can I just double it", "do I add another one", "should I take more": a bigger amount asked for.
    [GeneratedRegex(
        @"\b(?:can|should|could|do|shall)\s+i\s+(?:just\s+)?(?:double|add\s+(?:another|an\s+extra)|take\s+(?:more|another|an\s+extra|two|a\s+second))\b"
        + @"|\bdo\s+i\s+just\s+(?:take|add)\s+more\b"
        // "posso raddoppiare?", "darf ich die doppelte Menge", "zwei statt einer", "deux au lieu d'une".
        + @"|\b(?:posso|puedo|kann\s+ich|darf\s+ich|je\s+peux|mag\s+ik|kan\s+ik)\b[^.?!]{0,30}\b(?:raddoppia\w*|duplicar|doblar|dobrar|doubler|verdoppeln|doppelte|dubbele|verdubbel\w*)\b"
        + @"|\b(?:due\s+invece\s+di\s+una?|zwei\s+statt\s+(?:einer|einem|eine)|deux\s+au\s+lieu\s+d'une?|dos\s+en\s+vez\s+de\s+una?|duas\s+em\s+vez\s+de\s+uma|twee\s+in\s+plaats\s+van\s+een)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MoreOfItAsk();

    // How to take or use something, in the seven languages; an ask only when something taken is named.
    [GeneratedRegex(
        @"\bhow\s+(?:do|should|would|can)\s+(?:i|you|one|we)\s+(?:actually\s+|best\s+|properly\s+)?(?:take|use|start)\b"
        + @"|\b(?:tell|show|explain)\s+(?:me\s+)?(?:exactly\s+)?how\s+to\s+(?:take|use|start)\b|\bstep\s+by\s+step\b"
        + @"|\bcomo\s+(?:se\s+)?(?:toma|tomo|usa|uso)\b|\bwie\s+(?:nimmt\s+man|nehme\s+ich)\b|\bcomment\s+(?:on\s+)?(?:prend|prendre|utilise)\w*"
        + @"|\bcome\s+(?:si\s+)?(?:prende|prendo|usa|assume)\b|\bhoe\s+(?:neem|gebruik)\w*|\bpaso\s+a\s+paso\b|\bschritt\s+fur\s+schritt\b|\bpasso\s+a\s+passo\b|\bstap\s+voor\s+stap\b"
        + @"|\b(?:mode\s+d'emploi|gebrauchsanweisung|einnahmeanleitung|anleitung|handleiding|gebruiksaanwijzing|istruzioni|bugiardino|instrucciones|instrucoes|instructions)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex InstructionsAsk();

    // "week by week", "giorno per giorno", a step ("palier", "Stufe", "scalino"): a plan for something named.
    [GeneratedRegex(
        @"\b(?:week\s+by\s+week|day\s+by\s+day|semaine\s+par\s+semaine|settimana\s+per\s+settimana|semana\s+(?:a|por)\s+semana|week\s+(?:per|voor)\s+week|"
        + @"woche\s+fur\s+woche|jour\s+par\s+jour|giorno\s+per\s+giorno|dia\s+a\s+dia|dag\s+(?:per|voor)\s+dag|tag\s+fur\s+tag|"
        + @"paliers?|stufen?|scalin[oi]|gradin[oi]|escalon(?:es)?|degraus?)\b"
        // Round 84: "e dopo un mese?" right after "quanto ldn si prende all'inizio?": the whole message asks what comes after a
        // month or some weeks, in the seven languages (read only when something taken is named or implied).
        + @"|^\W*(?:and|y|und|et|e|en)\s+(?:then\s+|luego\s+|dann\s+|puis\s+|depois\s+|dan\s+|poi\s+)?(?:after|despues\s+de|nach|apres|depois\s+de|na|dopo)\s+"
        + @"(?:a|one|two|three|\d+|un|una|uno|einem|einer|zwei|drei|deux|trois|um|uma|dois|tres|een|twee|drie|due|tre)\s+"
        + @"(?:month|months|week|weeks|mes|meses|semana|semanas|monat|monaten|woche|wochen|mois|semaine|semaines|maand|maanden|mese|mesi|settimana|settimane)\W*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayByDayOrStepAsk();

    // "à quelle heure", "a che ora", "a qué hora", "que horas", "hoe laat", "um wie viel Uhr", "what time", and the rhythm
    // of taking: an ask about timing when something taken is named.
    [GeneratedRegex(
        @"\b(?:a\s+quelle\s+heure|a\s+che\s+ora|a\s+que\s+hora|que\s+horas?|hoe\s+laat|um\s+wie\s*viel\s+uhr|wann\s+am\s+tag|what\s+time|"
        + @"quel\s+rythme|che\s+ritmo|que\s+ritmo|qual\s+(?:o\s+)?ritmo|welk\s+ritme|welcher\s+rhythmus|what\s+rhythm)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayAsk();

    // "the kratom range", "what range of mcg", "a normal serving": an amount by another name.
    [GeneratedRegex(@"\b(?:range|serving|servings|regimen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RangeAsk();

    // When to raise it, in the seven languages: "wann steigert man?", "quando si aumenta?", "wanneer ga je omhoog?".
    [GeneratedRegex(
        // Verbs that also climb stairs or lift an arm ("cuando subo escaleras", "quand je monte", "when I raise my arm")
        // are left out.
        @"\b(?:when|wann|wanneer|quando|cuando|quand)\b[^.?!]{0,25}\b(?:go\s+up|step\s+up|steiger\w*|erhoh\w*|verhog\w*|ophog\w*|ga\w*\s+(?:\w+\s+)?omhoog|"
        + @"aument\w*|se\s+sube|subir|augment\w*)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhenToRaiseAsk();

    // Going up or coming off, and what people are started on: "how do I go up on it", "bump it up", "come off
    // amitriptyline", "what did your doc start you on".
    [GeneratedRegex(
        @"\bhow\s+(?:do|to|should|can|would)\s+(?:i\s+|you\s+|we\s+)?(?:go|step|move|build)\s+(?:it\s+|them\s+)?up\s+(?:on|with)\b|\bbump\s+(?:it|them|my\s+\w+)\s+up\b|\bramp[\s-]?up\s+plan\b"
        + @"|\bhow\s+(?:do|to|should|can)\s+(?:i\s+|you\s+|one\s+|people\s+)?(?:come|get|go|step|wean)\s+(?:off|down)\b|\bcome\s+down\s+off\b"
        + @"|\bstart(?:ed)?\s+(?:you|people|them|us)\s+on\b|\bwhen(?:'s|\s+is)\s+it\s+ok\s+to\s+(?:bump|go\s+up|increase)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StepUpOrDownAsk();

    [GeneratedRegex(
        @"\b(?:convert|conversion|equivalent|equal|equals|same\s+as|compare|compares|compared|comparison|ratio|switch(?:ing)?\s+from)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ConversionWord();

    [GeneratedRegex(
        @"\b(?:fresh|dried|dry|extract|powder|capsules?|tabs?|tablets?|liquid|truffles?|mushrooms?|shrooms?|leaf|tea|micrograms?|mg|grams?|spoon\w*|teaspoons?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PreparationForm();

    [GeneratedRegex(
        @"\b(?:how\s+(?:much|many)|dose|dosing|dosage|amount|grams?|mg|micrograms?|strength|teaspoons?|spoon\w*|for\s+me|do\s+i)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuantityTerm();

    [GeneratedRegex(
        @"\b(?:walk\s+me\s+through|explain\s+how\s+to\s+follow|how\s+(?:do|to|should)\s+i?\s*(?:follow|do|run|start))\b[^.?!]{0,30}\b(?:protocol|stack|regimen|fadiman|stamets)\b"
        + @"|\b(?:which|good|best|recommended|ideal)\b[^.?!]{0,30}\b(?:protocol|stack)\b(?=[^.?!]*\b(?:should|for|use|fibro\w*|pain|energy)\b)"
        + @"|\b(?:fadiman|stamets)\s+or\s+(?:fadiman|stamets)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolAsk();

    [GeneratedRegex(@"\b(?:fadiman|stamets|stack|protocol|regimen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedProtocol();

    [GeneratedRegex(
        @"\b(?:step\s+by\s+step|exactly|schedule|dose|dosage|amounts?|how\s+(?:much|many)|days?\s+on|days?\s+off|give\s+me|with\s+amounts|walk\s+me|go\s+in|"
        + @"explain|describe|outline|summari[sz]e|details|follow|works?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolContentAsk();

    [GeneratedRegex(
        @"\b(?:combine|combining|mix|mixing|alongside|along\s+with|together\s+with|stack(?:ing)?|of\s+each|on\s+(?:my\s+)?\w+(?:ine|am|ol|il)|with\s+my)\b"
        + @"|\b(?:if|while)\s+i'?m\s+(?:also\s+)?on\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Combination();

    [GeneratedRegex(
        @"\b(?:trials?|study|studies|studied|research|researchers?|evidence|pilot|survey|participants|placebo|papers?|literature|"
        + @"meta-?analys\w*|found|find|finding|findings|showed|shown|conclude[ds]?|reported|measured|tested|investigat\w*|"
        + @"estudios?|studien?|etudes?|estudos?|onderzoek)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ResearchFrame();

    [GeneratedRegex(
        @"^(?:what|whats|what's|wat|que|y\s+que|was|qu'est|c'est\s+quoi|o\s+que|che|cosa|cos'e|che\s+cos'e)\b[^?]*\b(?:mean|means|meaning|stand\s+for|refer|refers|called|named|"
        + @"definition|difference|conceptually|in\s+general\s+terms|in\s+principle|significa|bedeutet|signifie|betekent|quiere\s+decir|quer\s+dizer|"
        + @"hei(?:ss|ß)t|versteht\s+man\s+unter|gemeint|bedoeld|veut\s+dire|vuol\s+dire|differenza|diferencia|diferenca|unterschied|verschil)\b"
        + @"|^(?:what|whats|what's)\s+(?:is|are)\s+(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*[?.!]*$|^who\b"
        // Asking what a term means, however phrased: "what's meant by a sub-perceptual dose", "define microdose".
        + @"|^(?:what|whats|what's)\s+(?:is\s+)?meant\s+by\b|^(?:please\s+)?define\b"
        // "can you explain what a sub-perceptual dose is?", "what is a sub-perceptual dose in microdosing?"
        + @"|^(?:can|could|would)\s+you\s+(?:please\s+)?(?:explain|describe|define)\s+what\s+(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|means?)\s*[?.!]*$"
        + @"|^(?:what|whats|what's)\s+(?:is|are)\s+(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+in\s+(?:the\s+context\s+of\s+)?[\w'-]+\s*[?.!]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionFrame();

    [GeneratedRegex(@"^(?:why|por\s*que|porque|warum|wieso|pourquoi|waarom)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhyFrame();

    [GeneratedRegex(
        @"\b(?:cost|costs|price|prices|pay|paid|insurance|afford|expensive|cheap|dollars|euros|pounds|per\s+month|cuesta|kostet|kosten|coute|custa|kost)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CostQuestion();

    [GeneratedRegex(
        @"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|us|our|you|your|u|someone|somebody|anyone|a\s+person|typical\s+person|"
        + @"most\s+people|people\s+usually|beginners?|newbies?|first[\s-]?timers?|should|recommend|suggest|tell|give|copy|"
        + @"yo|mi|me|ich|mir|mich|je|moi|eu|ik|mij)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonalFrame();

    // Fiction, role-play, claimed authority and attempts to switch the rules off.
    [GeneratedRegex(
        @"\b(?:pretend|imagine|hypothetical\w*|theoretical\w*|for\s+a\s+(?:story|novel|book|script|game)|in\s+a\s+(?:story|novel|scene)|"
        + @"write\s+a\s+scene|character|role\s*-?\s*play|act\s+as|play\s+the\s+role|you\s+are\s+now|you're\s+my|as\s+my\s+(?:doctor|pharmacist)|"
        // Homework, "research" and verse wrappers: the issue counts a dose ask wrapped in them as a dose ask.
        + @"for\s+(?:a|an|my|our|the)\s+(?:\w+\s+)?(?:assignment|essay|project|module|presentation|homework|coursework|dissertation|thesis|report|blog\s+post)|"
        + @"research\s+(?:purposes|essay|project|only)|purely\s+(?:for\s+)?research|academic\s+question|(?:school|uni|class)\s+(?:project|essay|assignment)|"
        + @"write\s+(?:me\s+)?(?:a|an|the|my|some)\s+(?:\w+\s+){0,2}(?:poem|song|story|villanelle|limerick|haiku|rap|lyrics?|scene|script|play|comic|novel|novella|dialogue|monologue|sonnet|chorus|verse|jingle)|"
        + @"(?:in|for)\s+(?:my|a|our|the)\s+(?:\w+\s+)?(?:novel|novella|play|comic|screenplay|poem|song|story|fanfic|sitcom|podcast\s+script)|story\s+idea|song\s+lyric|"
        + @"ignore\s+(?:your|all|the|previous|any)|disregard|override|forget\s+(?:your|all|the)|developer\s+mode|jailbreak|no\s+restrictions|"
        + @"i'?m\s+an?\s+(?:nurse|doctor|physician|pharmacist|researcher|medical\s+student|professional)|as\s+an?\s+(?:nurse|doctor|physician|pharmacist)|"
        + @"sono\s+(?:un\s+|una\s+)?(?:medico|infermier[ae]|farmacist[ae]|dottore\w*)|finge\s+que|finja\s+que|fingi\s+di|fais\s+semblant|tu\s+es\s+mon\s+medecin|doe\s+alsof|tu\s+sei\s+il\s+mio\s+medico|"
        + @"soy\s+(?:enfermer[ao]|medic[ao])|ich\s+bin\s+(?:krankenschwester|arzt|arztin|apotheker\w*)|je\s+suis\s+(?:infirmier\w*|medecin)|"
        + @"sou\s+(?:enfermeir[ao]|medic[ao])|ik\s+ben\s+(?:verpleegkundige|arts|apotheker))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Manipulation();

    [GeneratedRegex(
        @"\b(?:dos\w*|amounts?|amt|amnt|how\s+(?:much|many)|mg|grams?|micrograms?|schedule|protocol|microdose|cuant\w*|wie\s*viel|combien|quant\w*|hoeveel"
        + @"|number\s+of\s+(?:pills|tabs|tablets|caps|capsules|grams|drops|mg)|(?:pills?|tabs?|tablets?|caps|capsules|grams?|drops)\s+(?:per|a)\s+day"
        // Round 52: a half spelled out ("jede woche nen halben gramm weniger"), which has no digit to count.
        + @"|(?:half|halbe[nrs]?|halve|mezzo|mezza|medio|media|demi|meio|meia)\s+(?:a\s+)?(?:gram|gramm|gramo|grammo|gramme|grama|pill|tablet|tablette|pastilla|compressa|comprimido|comprime|capsule|kapsel|pil|cap))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DoseMention();
}
