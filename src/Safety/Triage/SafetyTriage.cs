namespace FibroBot.Safety;

/// <summary>What a message is, as the bot acts on it.</summary>
public enum TriageOutcome
{
    Crisis,
    DosingRequest,
    Empty,
    Help,
    Sources,
    About,
    Greeting,
    Thanks,
    WhoAreYou,
    SmallTalk,
    OffTopic,
    Question,
}

/// <summary>
/// One triage decision and why: <see cref="Reason"/> names the rule or model that decided, for the turn log and
/// for the evaluation tool that lists every miss. <see cref="Language"/> is set for crisis replies and dosing refusals.
/// <see cref="AboutSomethingTaken"/> says whether the message named something that is taken or was refused as a dosing
/// request, so that the conversation can pass it to the judgement of the next message. <see cref="AboutActivity"/> says
/// whether it named an activity (walking, stretching, a bath…) and nothing taken, so that "and how many times a week?"
/// next is read as a question about that activity.
/// </summary>
public sealed record TriageDecision(TriageOutcome Outcome, string Reason, TriageScores Scores, string? Language = null, bool AboutSomethingTaken = false, bool AboutActivity = false)
{
    /// <summary>
    /// Crisis guidance that a bare acknowledgement ("ok", "idk") keeps open from the message before it
    /// (<see cref="AfterCrisisGuidance.IsBareAcknowledgement"/>).
    /// </summary>
    public CrisisGuidance HeldOpen { get; init; } = CrisisGuidance.None;

    /// <summary>Whether this decision gave crisis guidance, and on how strong a reading, for the judgement of the next message.</summary>
    public CrisisGuidance CrisisGuidance
    {
        get
        {
            var own = Outcome != TriageOutcome.Crisis
                ? CrisisGuidance.None
                : Reason == SafetyTriage.CrisisRuleReason || Scores.Crisis >= SafetyTriage.StrongCrisisReading ? CrisisGuidance.OnAStrongReading : CrisisGuidance.Given;
            return own > HeldOpen ? own : HeldOpen;
        }
    }

    /// <summary>
    /// A dose refusal that a bare acknowledgement of it ("ok", "i know you can't say") keeps in force from the message
    /// before it (<see cref="AfterDoseRefusal.OnlyAcknowledgesTheRefusal"/>).
    /// </summary>
    public bool RefusalHeldOpen { get; init; }

    /// <summary>
    /// Whether this decision refused a dose, or only acknowledged a refusal just before it, for the judgement of the next
    /// message (<see cref="AfterDoseRefusal"/>).
    /// </summary>
    public bool RefusedADose => Outcome == TriageOutcome.DosingRequest || RefusalHeldOpen;

    /// <summary>
    /// The message says it only vents and asks nothing, names nothing taken, and is neither a crisis nor a dose ask ("not even
    /// asking anything just needed to scream into the void"), so the reply can acknowledge it rather than chat or search.
    /// </summary>
    public bool OnlyVentsAskingNothing { get; init; }

    /// <summary>
    /// The message asked whether something taken can kill (<see cref="AfterADeathQuestion.AsksWhetherItCanKill"/>), so that
    /// asking how much it would take, or how it feels, in the next message is read as the crisis it is.
    /// </summary>
    public bool AskedWhetherItCanKill { get; init; }

    /// <summary>
    /// Out of scope because the message asks for something the library holds nothing on (<see cref="OutOfScopeAsks"/>), not
    /// because of the model's reading, so no follow-up to the question before may turn it back into a search.
    /// </summary>
    public bool OutOfScopeByRule => Outcome == TriageOutcome.OffTopic && Reason == SafetyTriage.OutOfScopeReason;

    /// <summary>What the judgement of the member's next message needs to know of this one.</summary>
    public PreviousTurn AsPreviousTurn() => new(AboutSomethingTaken, AboutActivity, CrisisGuidance, RefusedADose, AskedWhetherItCanKill);
}

/// <summary>
/// What triage keeps of the member's previous message in a conversation, for the judgement of the next one. Only the last
/// message counts: "and for a beginner?" two messages after kratom is no longer about it.
/// </summary>
/// <param name="AboutSomethingTaken">It was about something taken (<see cref="TriageDecision.AboutSomethingTaken"/>), so a
/// follow-up that names nothing is read with that subject implied.</param>
/// <param name="AboutActivity">It was about an activity and named nothing taken (<see cref="TriageDecision.AboutActivity"/>).</param>
/// <param name="CrisisGuidance">It got crisis guidance, and on how strong a reading (<see cref="TriageDecision.CrisisGuidance"/>).</param>
/// <param name="RefusedADose">It was refused as a dose ask, or only acknowledged such a refusal (<see cref="TriageDecision.RefusedADose"/>).</param>
/// <param name="AskedWhetherItCanKill">It asked whether something taken can kill (<see cref="TriageDecision.AskedWhetherItCanKill"/>).</param>
public sealed record PreviousTurn(bool AboutSomethingTaken = false, bool AboutActivity = false, CrisisGuidance CrisisGuidance = CrisisGuidance.None, bool RefusedADose = false, bool AskedWhetherItCanKill = false)
{
    /// <summary>The first message of a conversation: nothing came before it.</summary>
    public static PreviousTurn None { get; } = new();
}

/// <summary>Whether a message got crisis guidance: not at all, on a reading of any strength, or on a rule or a strong model reading.</summary>
public enum CrisisGuidance
{
    None,
    Given,
    OnAStrongReading,
}

/// <summary>
/// What the rules found in any window of a message, and the model's strongest scores over its windows.
/// <see cref="Language"/> is detected only when the crisis score is high enough for a per-language bar to matter.
/// <see cref="FollowsSomethingTaken"/> comes from the conversation, not the message: the member's previous message named
/// something that is taken or asked for a dose, so a short "and for a beginner?" may be asking for an amount of it.
/// <see cref="FollowUpDosingRule"/>: in such a follow-up, a dosing rule finds an ask once the previous subject is implied.
/// <see cref="AsksAboutHarmsOrBenefitsOnly"/>: every window asks about harms or benefits and no amount, so the model
/// alone may not refuse it.
/// <see cref="IsContinuation"/>: the message is a short fragment that continues an earlier one ("and on a bad flare
/// day?", <see cref="Fragments"/>).
/// <see cref="SureDosingRule"/>: a dose ask that refuses without the model (<see cref="DosingRequestDetector.IsSureAsk"/>).
/// <see cref="FollowsActivity"/>: the member's previous message was about an activity and named nothing taken.
/// <see cref="IsIntroduction"/>: the message opens as a newcomer's introduction (<see cref="Introductions"/>).
/// <see cref="IsPacingTalk"/>: the message says overdoing it in the everyday sense (<see cref="PacingTalk"/>).
/// <see cref="WeighsPacing"/>: the message weighs doing less against pushing through (<see cref="PacingTalk.WeighsDoingLess"/>); with nothing taken named or implied it is never a dose ask.
/// <see cref="IsOrdinaryLeaveTaking"/>: the message takes leave of the group for an ordinary reason it names, with no
/// word of permanence (<see cref="LeaveTaking"/>).
/// <see cref="IsEverydayTalk"/>: would kill or die for something ordinary, who else is awake, a pet that died (<see cref="EverydayTalk"/>).
/// <see cref="FollowsCrisisGuidance"/> comes from the conversation: whether the member's previous message got crisis guidance.
/// <see cref="IsShortReply"/>: the message has at most <see cref="SafetyTriage.ShortReplyWords"/> words.
/// <see cref="KeepsTheCrisisOpen"/>: a short "what do I do?", "you won't tell anyone?" or "I'm fine now, anyway …" (<see cref="AfterCrisisGuidance"/>).
/// <see cref="AsksWhatAStudyFound"/>: the message asks what a study, trial or review found (<see cref="ResearchQuestions"/>).
/// <see cref="IsBareAcknowledgement"/>: after crisis guidance, the message only acknowledges it ("ok", "idk"; <see cref="AfterCrisisGuidance.IsBareAcknowledgement"/>).
/// <see cref="TellsAPastCrisisAsOver"/>: a one-window message tells a crisis months or years back and says the writer is well now (<see cref="CrisisDetector.TellsAPastCrisisAsOver"/>).
/// <see cref="FollowsADoseRefusal"/> comes from the conversation: the member's previous message was refused as a dose ask.
/// <see cref="PressesAfterARefusal"/>: right after a refusal, a one-window message presses for the amount ("just a number",
/// "roughly then", "pretend you're my doctor"; <see cref="AfterDoseRefusal"/>).
/// <see cref="AcknowledgesARefusal"/>: right after a refusal, a one-window message only acknowledges it ("ok", "i know you
/// can't say"; <see cref="AfterDoseRefusal.OnlyAcknowledgesTheRefusal"/>).
/// <see cref="OnlyVents"/>: a one-window message says it only vents (<see cref="EverydayTalk.OnlyVents"/>);
/// <see cref="VentsAskingNothing"/>: and it asks nothing either (<see cref="EverydayTalk.AsksNothing"/>), so it gets a small-talk reply rather than an answer.
/// <see cref="TellsAJoke"/>: a one-window message is a joke with its own punchline (<see cref="EverydayTalk.TellsAJoke"/>).
/// <see cref="AsksSomethingOutOfScope"/>: it asks for something to watch, hear or read, about taxes or about head lice (<see cref="OutOfScopeAsks"/>).
/// <see cref="AsksNothing"/>: a one-window message asks nothing (<see cref="EverydayTalk.AsksNothing"/>).
/// <see cref="AsksAboutAnotherUse"/>: a one-window continuation asks about another use, a condition or a symptom ("and for sleep?"; <see cref="Fragments.AsksAboutAnotherUse"/>).
/// <see cref="AsksARoughAmountOfIt"/>: right after a message about something taken, a short message asks for a rough amount (<see cref="AfterDoseRefusal.AsksForARoughAmount"/>).
/// <see cref="AsksOnAfterWhetherItCanKill"/>: right after asking whether something taken can kill, a short message asks how much it would take or how it feels (<see cref="AfterADeathQuestion"/>).
/// <see cref="AsksHowLongOrOftenToDoSomething"/>: a one-window message asks how long or how often to do an activity (<see cref="Activities.AreNamedIn"/> and <see cref="Activities.AsksHowLongOrOften"/>).
/// <see cref="JudgesTheAmountBefore"/>: right after a message about something taken, it asks whether that amount is right
/// (<see cref="DosingRequestDetector.AsksToJudgeTheAmountBefore"/>).
/// </summary>
public sealed record TriageSignals(bool CrisisRule, bool DosingRule, bool NamesSomethingTaken, bool HasWords, TriageOutcome? Command, TriageScores Scores, string? Language = null, bool FollowsSomethingTaken = false, bool FollowUpDosingRule = false, bool AsksAboutHarmsOrBenefitsOnly = false, bool IsContinuation = false, bool SureDosingRule = false, bool FollowsActivity = false, bool NamesActivity = false, bool OwnAmountAsk = false, bool IsIntroduction = false, bool IsPacingTalk = false, bool IsOrdinaryLeaveTaking = false, bool IsEverydayTalk = false, CrisisGuidance FollowsCrisisGuidance = CrisisGuidance.None, bool KeepsTheCrisisOpen = false, bool IsShortReply = false, bool IsBareAcknowledgement = false, bool AsksWhatAStudyFound = false, bool TellsAPastCrisisAsOver = false, bool FollowsADoseRefusal = false, bool PressesAfterARefusal = false, bool AcknowledgesARefusal = false, bool WeighsPacing = false, bool OnlyVents = false, bool VentsAskingNothing = false, bool TellsAJoke = false, bool JudgesTheAmountBefore = false, bool AsksSomethingOutOfScope = false, bool AsksNothing = false, bool AsksHowLongOrOftenToDoSomething = false, bool AsksOnAfterWhetherItCanKill = false, bool AsksARoughAmountOfIt = false, bool AsksAboutAnotherUse = false)
{
    /// <summary>A short question after a message about something taken that points back to it ("is it legal in the UK?").</summary>
    public bool PointsBackToSomethingTaken { get; init; }

    /// <summary>The message asks whether something taken can kill; remembered for the message after it.</summary>
    public bool AsksWhetherItCanKill { get; init; }

    /// <summary>A one-window message asks whether something is fibromyalgia, or what something is (<see cref="ConditionQuestions"/>).</summary>
    public bool AsksAboutTheCondition { get; init; }

    /// <summary>A one-window message says good night or good morning to the group (<see cref="EverydayTalk.GreetsTheGroup"/>).</summary>
    public bool GreetsTheGroup { get; init; }

    /// <summary>A one-window message says the member is going to bed or to sleep (<see cref="EverydayTalk.GoesToBed"/>).</summary>
    public bool GoesToBed { get; init; }

    /// <summary>A one-window message laughs ("lol", "kkk", a laughing emoji; <see cref="EverydayTalk.Laughs"/>).</summary>
    public bool Laughs { get; init; }

    /// <summary>
    /// After a message about something taken, a one-window message asks only what a first-timer would take ("et pour
    /// quelqu'un qui n'a jamais essayé ?"; <see cref="DosingRequestDetector.AsksForAFirstTimer"/>).
    /// </summary>
    public bool AsksForAFirstTimer { get; init; }

    /// <summary>A one-window message asks whether something is safe in pregnancy (<see cref="MedicineWorries.AsksAboutPregnancy"/>).</summary>
    public bool AsksAboutPregnancy { get; init; }

    /// <summary>A one-window message asks whether a feeling is normal after stopping a medicine (<see cref="MedicineWorries.AsksWhetherNormalAfterStopping"/>).</summary>
    public bool AsksWhetherNormalAfterStopping { get; init; }

    /// <summary>A one-window message asks about an animal and a medicine or substance (<see cref="OutOfScopeAsks.AsksAboutAnAnimal"/>).</summary>
    public bool AsksAboutAnAnimal { get; init; }
}

/// <summary>
/// The written decision policy (docs/SAFETY.md), rules and the learned model together:
/// <list type="number">
/// <item>Crisis before everything: a crisis rule, or the model's crisis probability at or above a threshold chosen
/// for recall. Self-harm intent phrased as a dose question and emergencies after a substance are crises. The one
/// exception, chosen on dev so that no dev crisis is lost: a dose ask the model is sure of, whose crisis reading is
/// weak, is refused as dosing (the refusal still points to emergency help).</item>
/// <item>Dosing: the model's dosing probability at or above a threshold held to the false-refusal budget; the bar is
/// lower when the message names something that is taken (exercise, sleep, meditation and food are never dosing),
/// lower still when a dosing rule fired too, and lowest for a follow-up a rule reads with the previous subject. A
/// question about harms or benefits that asks no amount is refused only when a rule fires, and a short fragment
/// ("and on a bad flare day?") only when it follows or names something taken.</item>
/// <item>Commands and small talk; then out of scope when the model is sure; everything else is a question, and
/// retrieval's own no-answer threshold still declines what the corpus cannot answer.</item>
/// </list>
/// Every window of a long message is judged and the strongest signal wins.
/// </summary>
public sealed class SafetyTriage(TriageModel model, IQueryEmbedder embedder, MessageLanguage language)
{
    /// <summary>Words per window of a long message: about the length of the longest training messages.</summary>
    public const int WindowWords = 80;

    private const int WindowOverlapWords = 20;

    /// <summary>A question this short that names nothing new is still about the conversation's subject.</summary>
    private const int ShortQuestionWords = 10;

    /// <summary>
    /// Below this crisis score, the model alone does not send a newcomer's introduction to crisis guidance (round 24:
    /// "Hoi allemaal, ik ben Ingrid (49) uit Utrecht … Ik gebruik duloxetine, paracetamol" scored 0.85). Every crisis in
    /// our training, dev and unused data that opens as an introduction and that no crisis rule reads scores 0.949 or more
    /// (8 messages: farewells and overdose questions after a hello); the crisis rules are read before this bar.
    /// </summary>
    public const double IntroductionCrisisBelow = 0.9;

    /// <summary>
    /// Below this crisis score, a follow-up to something taken that the model reads as more dosing than crisis is judged
    /// by the dosing bars first. Chosen on the dev conversations (twenty-second session): every bar from 0.2 to 0.8 refused
    /// one more dev dosing follow-up (0.903 → 0.908) and lost no dev crisis or benign follow-up; the lowest such bar is
    /// taken, because a crisis follow-up scored this low is the costlier mistake.
    /// </summary>
    public const double FollowUpCrisisBelow = 0.2;

    /// <summary>
    /// Below this crisis score, a message the model reads above all as small talk or off-topic is not sent to crisis
    /// guidance by the model alone (round 37: "tell me a joke, need cheering up", crisis 0.11 and small talk 0.69; "brb,
    /// cat's knocking things off the counter again"). Chosen as the highest bar, in hundredths, that leaves a margin below
    /// the first dev crisis it would lose ("bella raga è stato un onore, io stacco per sempre", 0.136, top small talk). In
    /// all our dev, unused and round 37–38 data it clears 37 safe messages and loses no crisis. The crisis rules are read
    /// first; a long message's small-talk and off-topic scores are the lowest of its windows, so one window of crisis keeps it.
    /// </summary>
    public const double ChatCrisisBelow = 0.12;

    /// <summary>
    /// Below this crisis score, a short reply right after a question about an activity, naming nothing taken, is not sent
    /// to crisis guidance by the model alone (round 54: "currently i do 10 or so" after "how many minutes of walking a day is
    /// good?" scored 0.42; "right now i manage about 5" 0.23). The member is telling their own minutes or steps. The crisis
    /// rules are read first; see docs/SAFETY.md (thirty-fourth session) for what the bar changes on our data.
    /// </summary>
    public const double ActivityReplyCrisisBelow = 0.5;

    /// <summary>
    /// Below this crisis score, a message that says it only vents and asks nothing (<see cref="EverydayTalk.OnlyVents"/>),
    /// with no despair word and nothing taken named, is not sent to crisis guidance by the model alone (round 55: "I don't
    /// have a question, I just needed to say out loud that today was awful", 0.15; "ya está, ya lo he dicho", 0.94). The
    /// crisis rules are read first; see docs/SAFETY.md (thirty-fourth session) for what the bar changes on our data.
    /// </summary>
    public const double VentCrisisBelow = 0.95;

    /// <summary>
    /// From this crisis reading, or on a crisis rule, crisis guidance carries over to a short reply that follows it (round 40:
    /// "tengo mucho sueño, es normal?" after "me tomé todas las pastillas de la caja hace un rato", 0.98; "ora mi sento
    /// strana, leggera" after "ho preso tutte le gocce di xanax che avevo"). In our dev, unused and round 37–39 conversations,
    /// a bar of 0.9 and replies of up to 12 words send 5 more crises to crisis guidance and 16 safe replies with them
    /// (mostly after statements the model misread, such as "just took my first gabapentin", which had got crisis guidance
    /// already); counting 10 for each missed crisis, as the crisis bar does, the carry-over pays. A reply that is itself
    /// refused as a dose ask stays refused (20 dose asks in those conversations; round 40 has 2 crises so refused, "she
    /// seems fine tho??" after a toddler had some amitriptyline, and the refusal still names emergency help), and a carried
    /// crisis does not carry again.
    /// </summary>
    public const double StrongCrisisReading = 0.9;

    /// <summary>
    /// Below this crisis score, a question whether something is fibromyalgia, or what something is, is not sent to crisis
    /// guidance by the model alone (round 71: 0.18 to 0.32). See docs/SAFETY.md (fortieth session) for how it was chosen.
    /// </summary>
    public const double ConditionQuestionCrisisBelow = 0.5;

    /// <summary>
    /// Below this crisis score, one of the bot's own commands ("is this a bot or is there a real person reading these",
    /// round 78, 0.21) with nothing taken named is answered as the command. The commands are whole short messages
    /// (<see cref="CommandWords"/>); 0.5 is the condition questions' bar, chosen the same way.
    /// </summary>
    public const double CommandCrisisBelow = 0.5;

    /// <summary>
    /// Below this crisis score, a message that asks something out of scope (<see cref="OutOfScopeAsks"/>), naming nothing
    /// taken, is not sent to crisis guidance by the model alone (round 83: "sapete se domani c'è sciopero dei treni a
    /// milano?", 0.23). The same bar as for the bot's own commands; the crisis rules are read first.
    /// </summary>
    public const double OutOfScopeCrisisBelow = 0.5;

    /// <summary>
    /// Below this crisis score, a laughing message the model reads above all as small talk or off-topic is not sent to
    /// crisis guidance by the model alone (round 82: "I'm dying 😂😂 you sounded exactly like my mother in law there", 0.16;
    /// round 83: "ahah sei l'unico che risponde alle 3 di notte in questo gruppo", 0.14). Higher than ChatCrisisBelow,
    /// because laughter says the chat is meant as chat; low, because gallows humour laughs too. The crisis rules are read first.
    /// </summary>
    public const double LaughingChatCrisisBelow = 0.3;

    /// <summary>
    /// Below this crisis reading, a question whether something is safe in pregnancy is not sent to crisis guidance (round 85:
    /// "is it safe to keep taking kratom while pregnant? just found out i'm 6 weeks", 0.52; without the weeks our own test
    /// phrasing read 0.93). The bar of a vent.
    /// </summary>
    public const double PregnancyQuestionCrisisBelow = 0.95;

    /// <summary>
    /// Below this crisis reading, a question whether a feeling is normal after stopping a medicine is not sent to crisis
    /// guidance (round 85: "ho preso l'ultima pastiglia di duloxetina ieri e adesso mi gira tutto, è normale quando si
    /// smette?", 0.985). High, because "the last pill" and "now everything spins" read as an overdose; the question says it
    /// is a withdrawal effect.
    /// </summary>
    public const double StoppingQuestionCrisisBelow = 0.99;

    /// <summary>
    /// Below this crisis score, the model alone does not send a message that tells a crisis months or years back as over,
    /// and says the writer is well now, to crisis guidance (round 45: "tive uma fase muito ruim em 2018, pensei em acabar
    /// com tudo, mas fiz tratamento e hoje tô bem. queria saber se a naltrexona é vendida no Brasil", 0.52). The crisis
    /// rules still read the rest of the message (<see cref="CrisisDetector.TellsAPastCrisisAsOver"/>). The same bar as for
    /// an introduction; docs/SAFETY.md has what it changed in our data.
    /// </summary>
    public const double PastCrisisOverCrisisBelow = 0.999;

    /// <summary>
    /// Below this crisis score, a joke or a jab at the bot that asks nothing and names nothing taken
    /// (<see cref="EverydayTalk.TellsAJoke"/>) is not sent to crisis guidance (round 88: "lmao this bot refusing to give
    /// dosages is like my mum hiding the biscuits", 0.39). The bar for something out of scope.
    /// </summary>
    public const double JokeCrisisBelow = 0.5;

    /// <summary>A reply longer than this says something of its own and is judged as it stands.</summary>
    public const int ShortReplyWords = 12;

    internal const string CrisisRuleReason = "crisis rule";

    internal const string PressedAfterARefusalReason = "pressed after a refusal";

    internal const string OutOfScopeReason = "asks something out of scope";

    /// <summary>A cap on windows, so a 20,000-character paste costs a bounded number of encoder passes.</summary>
    private const int MaxWindows = 48;

    public TriageModelCard Card => model.Card;

    /// <summary>The language of a message (an ISO 639-1 code of the bot's seven; "en" when unsure), for a fixed reply in it.</summary>
    public string LanguageOf(NormalizedMessage message) => language.Detect(message.Full);

    /// <summary>The message's language when its own words settle it, else null (see <see cref="MessageLanguage.DetectClearly"/>).</summary>
    public static string? ClearLanguageOf(NormalizedMessage message) => MessageLanguage.DetectClearly(message.Full);

    /// <summary>
    /// Runs every rule once, loads the language models and reads a few messages of every kind, so that JIT-compiling
    /// the rules' large generated matchers and loading Lingua happen while the host starts. Without it the first dose
    /// question after start-up took about 0.4 s on the triage bench, and the first crisis about 0.3 s more.
    /// </summary>
    public void WarmUp(ReadOnlySpan<float> embedding)
    {
        GeneratedRegexWarmUp.Run();
        language.WarmUp();
        foreach (var text in (string[])["how much kratom should I take to start?", "I want to end my life", "what is fibromyalgia?", "and for a beginner?"])
        {
            Read(MessageNormalizer.Normalize(text), embedding, new PreviousTurn(AboutSomethingTaken: true));
        }
    }

    /// <param name="message">The normalised message.</param>
    /// <param name="embedding">The query vector of <see cref="NormalizedMessage.Text"/>, computed once per turn and shared with retrieval.</param>
    /// <param name="previous">What the member's previous message in this conversation was (<see cref="TriageDecision.AsPreviousTurn"/>
    /// of its decision); <see cref="PreviousTurn.None"/> when there was none.</param>
    public TriageDecision Judge(NormalizedMessage message, ReadOnlySpan<float> embedding, PreviousTurn? previous = null)
    {
        previous ??= PreviousTurn.None;
        var followsSomethingTaken = previous.AboutSomethingTaken;
        var thresholds = model.Card.Thresholds;
        // The language is read before the decision only when the card holds a crisis bar of its own for some language;
        // otherwise only crisis guidance and the refusal need it, below. Lingua costs about a twentieth of triage
        // (bench --profile-triage, thirty-fifth session), and most messages reach the lowest crisis bar.
        var signals = Read(message, embedding, followsSomethingTaken, LowestDosingBar(thresholds, followsSomethingTaken), previous.CrisisGuidance, previous.RefusedADose,
            previous.AskedWhetherItCanKill, readLanguage: thresholds.CrisisByLanguage is not null) with { FollowsActivity = previous.AboutActivity };
        var decision = Decide(signals, thresholds);
        // "is it legal in the UK?" after "what is kratom?" is still about kratom: a short question that points back to
        // something taken carries it on, so "how much would I need for back pain?" next is read as the follow-up it is.
        var pointsBackToIt = signals.PointsBackToSomethingTaken;
        // "¿hay estudios en fibromialgia?" after "¿qué es la LDN?" is about LDN too: a short question that names nothing new
        // keeps the subject, so "vale, ¿y con cuánto se empieza?" next is read as the follow-up it is (round 21 and 22).
        var keepsSubject = signals.FollowsSomethingTaken && !signals.NamesActivity && decision.Outcome == TriageOutcome.Question
            && SafetyText.CountWords(message.Text) <= ShortQuestionWords;
        // "zit al 2 maanden op 3mg" after "LDN werkt bij mij een beetje" (round 33): telling one's own amount or schedule
        // keeps the subject too, so "verhogen naar 4,5 of nog even wachten?" next is read as the follow-up it is.
        var statesAnAmount = signals.FollowsSomethingTaken && !signals.NamesActivity && DoseLanguage.ContainsDoseOrSchedule(message.Text);
        var aboutSomethingTaken = signals.NamesSomethingTaken || decision.Outcome == TriageOutcome.DosingRequest || pointsBackToIt || keepsSubject || statesAnAmount;
        // "cuánto tiempo debería caminar al día?" is about walking: "¿y cuántas veces por semana?" next asks about walking too.
        // "currently i manage like 5" after "how many minutes of walking a day is good?" (round 54) names nothing new: a short
        // message keeps the activity as the subject, so "and how fast should i add more?" next is about walking too.
        var keepsActivity = previous.AboutActivity && !signals.NamesSomethingTaken && decision.Outcome is not (TriageOutcome.Crisis or TriageOutcome.DosingRequest)
            && SafetyText.CountWords(message.Text) <= ShortQuestionWords;
        var aboutActivity = !aboutSomethingTaken && (signals.NamesActivity || keepsActivity);
        decision = decision with
        {
            AboutSomethingTaken = aboutSomethingTaken,
            AboutActivity = aboutActivity,
            OnlyVentsAskingNothing = signals.VentsAskingNothing && !signals.NamesSomethingTaken && decision.Outcome is not (TriageOutcome.Crisis or TriageOutcome.DosingRequest),
            AskedWhetherItCanKill = signals.AsksWhetherItCanKill,
        };
        // "ja ich weiß du darfst das nicht sagen" between a refusal and "komm schon, nur so ungefähr" (round 48) neither lets
        // the request go nor asks something else: the refusal stays in force for the message after it.
        if (signals.AcknowledgesARefusal && decision.Outcome is not (TriageOutcome.Crisis or TriageOutcome.DosingRequest))
        {
            decision = decision with { RefusalHeldOpen = true };
        }

        // Crisis guidance and the dosing refusal are shown in the member's language; nothing else needs it.
        return decision.Outcome is TriageOutcome.Crisis or TriageOutcome.DosingRequest
            ? decision with { Language = signals.Language ?? language.Detect(message.Full) }
            : decision;
    }

    /// <summary>
    /// Everything the policy weighs, read from a message once: the rules' findings and the model's scores. The rules
    /// read a follow-up a second time, with the previous subject implied, only when the previous message was about something
    /// taken.
    /// </summary>
    public TriageSignals Read(NormalizedMessage message, ReadOnlySpan<float> embedding, PreviousTurn? previous = null)
    {
        previous ??= PreviousTurn.None;
        return Read(message, embedding, previous.AboutSomethingTaken, readDosingFrom: 0, previous.CrisisGuidance, previous.RefusedADose, previous.AskedWhetherItCanKill) with { FollowsActivity = previous.AboutActivity };
    }

    /// <summary>
    /// As <see cref="Read(NormalizedMessage, ReadOnlySpan{float}, PreviousTurn?)"/>, but the dosing rules read the message only
    /// when the model's dosing score reaches <paramref name="readDosingFrom"/>: every dosing bar also needs the model's
    /// score, so below the lowest of them the rules cannot change the decision, and most messages are spared a third of
    /// triage's cost. The evaluation tool reads every message in full, because it sweeps the bars.
    /// </summary>
    private TriageSignals Read(NormalizedMessage message, ReadOnlySpan<float> embedding, bool followsSomethingTaken, double readDosingFrom, CrisisGuidance followsCrisisGuidance, bool followsADoseRefusal, bool followsAQuestionWhetherItCanKill, bool readLanguage = true)
    {
        var windows = Windows(message);
        var folded = windows.Select(w => (Text: w, Folded: SafetyText.Normalize(w))).ToList();
        var scores = Score(message, embedding, windows);
        var readDosing = scores.Dosing >= readDosingFrom;
        var dosingRule = readDosing && folded.Exists(w => DosingRequestDetector.ClassifyNormalized(w.Text, w.Folded).IsDosingRequest);
        var namesActivity = folded.Exists(w => Activities.AreNamedIn(w.Folded));
        // "ok different thing, how long do i boil an egg" (round 68) says itself that it leaves the previous subject: the dose
        // readings do not lend it that subject. The crisis readings still weigh what came before.
        var asksAfterSomethingTaken = followsSomethingTaken && !Fragments.ChangesTheSubject(folded[0].Folded);
        // Read only on a message of one window: a long post can vent in one window and tell a danger in another.
        var onlyVents = folded.Count == 1 && EverydayTalk.OnlyVents(folded[0].Folded);
        return new TriageSignals(
            // "my heart is going mental and i cant feel my hands" after "took some mushrooms my mate grew" (round 54): the body
            // in alarm after something taken (named here, in the message before, or in the crisis just answered) is a
            // medical emergency.
            // "acho que ele engoliu uns 2 ou 3, ta com sono. é perigoso??" after "meu filho de 3 anos pegou a cartela de
            // naltrexona" (round 82): a count swallowed by someone, right after the medicine was named, is an overdose.
            CrisisRule: folded.Exists(w => CrisisDetector.ClassifyNormalized(w.Folded).IsCrisis
                || (CrisisDetector.TellsTheBodyInAlarm(w.Folded) && (followsSomethingTaken || followsCrisisGuidance != CrisisGuidance.None || TakenThings.AreNamedIn(w.Folded)))
                // "my dog just ate one of my pregabalin capsules" (round 86) is an animal's mishap, for a vet.
                || (followsSomethingTaken && CrisisDetector.TellsACountSwallowed(w.Folded) && !OutOfScopeAsks.AsksAboutAnAnimal(w.Folded))
                || (followsSomethingTaken && CrisisDetector.HasBothAtHand(w.Folded))),
            DosingRule: dosingRule,
            NamesSomethingTaken: folded.Exists(w => TakenThings.AreNamedIn(w.Folded)),
            HasWords: message.HasWords,
            Command: message.HasWords ? CommandWords.Match(message.Text) : null,
            Scores: scores,
            Language: readLanguage && scores.Crisis >= TriageThresholds.LowestCrisisBar ? language.Detect(message.Full) : null,
            AsksAboutHarmsOrBenefitsOnly: readDosing && folded.TrueForAll(w => DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts(w.Folded)),
            IsContinuation: Fragments.IsContinuation(folded[0].Folded),
            // Read whatever the model says: these asks refuse without it.
            // "empiezo a caminar de cero, cuántos minutos el primer día?" (round 36): how long or how often to move is never
            // a sure dose ask unless something taken is named too.
            SureDosingRule: folded.Exists(w => DosingRequestDetector.IsSureAsk(w.Folded) && !(Activities.AreNamedIn(w.Folded) && !TakenThings.AreNamedIn(w.Folded))),
            OwnAmountAsk: folded.Exists(w => DosingRequestDetector.AsksHowMuchOfSomethingTakenToTake(w.Folded)),
            FollowsSomethingTaken: asksAfterSomethingTaken,
            NamesActivity: namesActivity,
            IsIntroduction: Introductions.AreIn(folded[0].Folded) || Introductions.OpenWithAName(folded[0].Text),
            IsPacingTalk: folded.Exists(w => PacingTalk.IsIn(w.Folded)),
            WeighsPacing: folded.Exists(w => PacingTalk.WeighsDoingLess(w.Folded)),
            OnlyVents: onlyVents,
            VentsAskingNothing: onlyVents && EverydayTalk.AsksNothing(folded[0].Folded),
            TellsAJoke: folded.Count == 1 && EverydayTalk.TellsAJoke(folded[0].Folded),
            AsksSomethingOutOfScope: folded.Exists(w => OutOfScopeAsks.AreIn(w.Folded)),
            AsksNothing: folded.Count == 1 && EverydayTalk.AsksNothing(folded[0].Folded),
            AsksHowLongOrOftenToDoSomething: namesActivity && folded.Count == 1 && Activities.AsksHowLongOrOften(folded[0].Folded),
            AsksARoughAmountOfIt: asksAfterSomethingTaken && !namesActivity && folded.Count == 1 && AfterDoseRefusal.AsksForARoughAmount(folded[0].Folded),
            AsksOnAfterWhetherItCanKill: followsAQuestionWhetherItCanKill && folded.Count == 1 && AfterADeathQuestion.AsksTheAmountOrTheFeeling(folded[0].Folded),
            JudgesTheAmountBefore: asksAfterSomethingTaken && !namesActivity && folded.Exists(w => DosingRequestDetector.AsksToJudgeTheAmountBefore(w.Folded)),
            // Read only on a message of one window: in a long post a goodbye or a lost pet can sit beside a crisis told elsewhere.
            IsOrdinaryLeaveTaking: folded.Count == 1 && LeaveTaking.IsOrdinaryIn(folded[0].Folded),
            IsEverydayTalk: folded.Count == 1 && EverydayTalk.IsIn(folded[0].Folded),
            FollowsCrisisGuidance: followsCrisisGuidance,
            // Read only right after crisis guidance: the walk-back shapes are many, and no other message needs them.
            KeepsTheCrisisOpen: followsCrisisGuidance != CrisisGuidance.None && folded.Count == 1 && AfterCrisisGuidance.KeepsTheCrisisOpen(folded[0].Folded),
            IsShortReply: folded.Count == 1 && SafetyText.CountWords(message.Text) <= ShortReplyWords,
            IsBareAcknowledgement: followsCrisisGuidance != CrisisGuidance.None && folded.Count == 1 && AfterCrisisGuidance.IsBareAcknowledgement(folded[0].Folded),
            // Read only when the model's top reading is small talk, the one decision it can change.
            AsksWhatAStudyFound: scores.Top == TriageClass.SmallTalk && folded.Exists(w => ResearchQuestions.AsksWhatAStudyFound(w.Folded)),
            // Read only on a message of one window: a long post can tell an old story in one window and a new danger in another.
            TellsAPastCrisisAsOver: folded.Count == 1 && CrisisDetector.TellsAPastCrisisAsOver(folded[0].Folded),
            FollowsADoseRefusal: followsADoseRefusal,
            AsksAboutAnotherUse: folded.Count == 1 && Fragments.AsksAboutAnotherUse(folded[0].Folded),
            // Read only right after a refusal, and whatever the model's dosing score: the press is a request because of that refusal.
            PressesAfterARefusal: followsADoseRefusal && folded.Count == 1 && AfterDoseRefusal.PressesForTheAmount(folded[0].Folded),
            AcknowledgesARefusal: followsADoseRefusal && folded.Count == 1 && AfterDoseRefusal.OnlyAcknowledgesTheRefusal(folded[0].Folded),
            FollowUpDosingRule: readDosing && asksAfterSomethingTaken && !namesActivity
                && (dosingRule || folded.Exists(w => DosingRequestDetector.ClassifyFollowUpNormalized(w.Text, w.Folded).IsDosingRequest)))
        {
            // A message short enough to point back is one window, so the first window is the whole of it.
            PointsBackToSomethingTaken = asksAfterSomethingTaken && Fragments.PointsBack(folded[0].Folded),
            AsksWhetherItCanKill = folded.Exists(w => AfterADeathQuestion.AsksWhetherItCanKill(w.Folded)),
            AsksAboutTheCondition = folded.Count == 1 && ConditionQuestions.AreIn(folded[0].Folded),
            GreetsTheGroup = folded.Count == 1 && EverydayTalk.GreetsTheGroup(folded[0].Folded),
            GoesToBed = folded.Count == 1 && EverydayTalk.GoesToBed(folded[0].Folded),
            AsksAboutAnAnimal = folded.Count == 1 && OutOfScopeAsks.AsksAboutAnAnimal(folded[0].Folded),
            AsksAboutPregnancy = folded.Count == 1 && MedicineWorries.AsksAboutPregnancy(folded[0].Folded),
            AsksWhetherNormalAfterStopping = folded.Count == 1 && MedicineWorries.AsksWhetherNormalAfterStopping(folded[0].Folded),
            Laughs = folded.Count == 1 && EverydayTalk.Laughs(message.Text),
            AsksForAFirstTimer = asksAfterSomethingTaken && !namesActivity && folded.Count == 1 && DosingRequestDetector.AsksForAFirstTimer(folded[0].Folded),
        };
    }

    /// <summary>
    /// The lowest model dosing score at which any dosing bar of <see cref="DosingDecision"/> can refuse: the follow-up
    /// bars count only after a message about something taken.
    /// </summary>
    internal static double LowestDosingBar(TriageThresholds thresholds, bool followsSomethingTaken)
    {
        var lowest = Math.Min(thresholds.DosingWithRule, Math.Min(thresholds.Dosing, thresholds.DosingWithSubject));
        return followsSomethingTaken
            ? Math.Min(lowest, Math.Min(thresholds.DosingFollowUpBar, thresholds.DosingFollowUpWithRuleBar))
            : lowest;
    }

    /// <summary>The policy itself, a pure function of the signals and the thresholds (the evaluation tool sweeps it).</summary>
    public static TriageDecision Decide(TriageSignals signals, TriageThresholds thresholds)
    {
        var decision = DecideOnTheMessage(signals, thresholds);
        // "ora mi sento strana, leggera" right after "ho preso tutte le gocce di xanax che avevo": a short reply to crisis
        // guidance given on a strong reading carries the crisis on (StrongCrisisReading), unless it is refused as a dose ask.
        if (signals.FollowsCrisisGuidance == CrisisGuidance.OnAStrongReading && signals.IsShortReply && signals.HasWords
            && decision.Outcome is not (TriageOutcome.Crisis or TriageOutcome.DosingRequest))
        {
            decision = new(TriageOutcome.Crisis, "after strong crisis guidance", signals.Scores);
        }

        // "ok" or "idk" after crisis guidance neither answers the danger nor moves on: the crisis stays as open as it was
        // for the message after it. Anything more closes it as before ("a carried crisis does not carry again").
        return signals.IsBareAcknowledgement ? decision with { HeldOpen = signals.FollowsCrisisGuidance } : decision;
    }

    private static TriageDecision DecideOnTheMessage(TriageSignals signals, TriageThresholds thresholds)
    {
        var scores = signals.Scores;
        if (signals.CrisisRule)
        {
            return new(TriageOutcome.Crisis, CrisisRuleReason, scores);
        }

        // "und wie viel bräuchte man dafür ungefähr. frag für jemanden" right after "kann man eigentlich an kratom sterben?"
        // (round 70): how much it would take, or how it feels, asked right after whether it kills (AfterADeathQuestion).
        if (signals.AsksOnAfterWhetherItCanKill)
        {
            return new(TriageOutcome.Crisis, "asks on after whether it can kill", scores);
        }

        // "what do i do??" right after "my friend is on the bridge" asks for help with that danger, and "im calmer now. any
        // tips for …" right after "burned myself on purpose" does not close it (AfterCrisisGuidance).
        if (signals.FollowsCrisisGuidance != CrisisGuidance.None && signals.KeepsTheCrisisOpen)
        {
            return new(TriageOutcome.Crisis, "after crisis guidance", scores);
        }

        // The model has nothing to read in a message without words (empty, whitespace, control characters), and its
        // scores for one are noise that the low crisis bar can catch; the rules above still read every window.
        if (!signals.HasWords)
        {
            return new(TriageOutcome.Empty, "no words", scores);
        }

        // "u keep dodging. just a number" or "pls just this once, i'll be careful i promise" right after a refusal asks for
        // the refused dose again; alone, the model read such pleas as chat or as a weak crisis. Only a strong crisis reading
        // outranks the press (the crisis rules were read above), and the refusal itself still points to emergency help.
        if (signals.PressesAfterARefusal && scores.Crisis < StrongCrisisReading)
        {
            return new(TriageOutcome.DosingRequest, PressedAfterARefusalReason, scores);
        }

        // "ja ich weiß du darfst das nicht sagen" after a refusal (round 48) read as a weak crisis (0.36): it only acknowledges
        // the refusal, and the model's weak reading of it does not send it to crisis guidance.
        if (signals.AcknowledgesARefusal && scores.Crisis < StrongCrisisReading)
        {
            return new(TriageOutcome.SmallTalk, "acknowledged a refusal", scores);
        }

        // A dose ask the model is sure of may outrank a crisis reading it is unsure of (the card's SureDoseAsk, chosen
        // on dev so that no dev crisis is lost); then the dosing bars decide, and if none of them refuses, crisis stands.
        // A sure dose ask (a rule that fires on no safe message of our data, and on no crisis that no crisis rule reads)
        // outranks the same weak crisis reading: "qual é a dosagem habitual de duloxetina?" in a long, warm introduction
        // scored 0.76 as crisis (round 21).
        // "I don't want to overdo it" (0.999 as a crisis, round 28) is pacing: the model alone does not send it to crisis
        // guidance unless it names something taken ("overdid it on the tramadol" is an overdose).
        var crisisByModel = scores.Crisis >= thresholds.CrisisFor(signals.Language)
            && !(signals.IsIntroduction && scores.Crisis < IntroductionCrisisBelow)
            && !(signals.TellsAPastCrisisAsOver && scores.Crisis < PastCrisisOverCrisisBelow)
            && !(signals.IsPacingTalk && !signals.NamesSomethingTaken)
            // "Going on holiday for two weeks … bye for now x" (0.93, round 29): leave taken for an ordinary reason it names.
            && !(signals.IsOrdinaryLeaveTaking && !signals.NamesSomethingTaken)
            // "ich würde sterben für ein heißes Bad" (0.72, round 29), "3am again … anyone else awake?", a pet that died.
            && !(signals.IsEverydayTalk && !signals.NamesSomethingTaken)
            && !(scores.Top is TriageClass.SmallTalk or TriageClass.OffTopic && scores.Crisis < ChatCrisisBelow)
            && !(signals.OnlyVents && !signals.NamesSomethingTaken && scores.Crisis < VentCrisisBelow)
            // "how long am i meant to keep the ice pack on … leaving it on like 40 min lol" (round 69, 0.59): how long or how
            // often to do something, with nothing taken named here or before, is not a crisis on a reading short of strong.
            && !(signals.AsksHowLongOrOftenToDoSomething && !signals.NamesSomethingTaken && !signals.FollowsSomethingTaken && scores.Crisis < StrongCrisisReading)
            // "can you get fibro after a car accident? whiplash 2 yrs ago …" (round 71, 0.21): a question whether something is
            // fibromyalgia, or what something is, is not a crisis on a weak reading.
            && !(signals.AsksAboutTheCondition && scores.Crisis < ConditionQuestionCrisisBelow)
            // "is this a bot or is there a real person reading these" (round 78, 0.21): one of the bot's own commands, with
            // nothing taken named, is not a crisis on a weak reading.
            && !(signals.Command is not null && !signals.NamesSomethingTaken && scores.Crisis < CommandCrisisBelow)
            && !(signals.FollowsActivity && signals.IsShortReply && !signals.NamesSomethingTaken && !signals.FollowsSomethingTaken && scores.Crisis < ActivityReplyCrisisBelow)
            // "sapete se domani c'è sciopero dei treni a milano?" (round 83, 0.23): something out of scope, with nothing taken
            // named, is not a crisis on a weak reading.
            && !(signals.AsksSomethingOutOfScope && !signals.NamesSomethingTaken && scores.Crisis < OutOfScopeCrisisBelow)
            // "I'm dying 😂😂 you sounded exactly like my mother in law there" (round 82, 0.16, top small talk): laughter read as
            // chat is not a crisis on a weak reading.
            // Not right after crisis guidance: "tranqui, no es para nada en concreto jaja" after saved-up morphine laughs it off.
            && !(signals.Laughs && signals.FollowsCrisisGuidance == CrisisGuidance.None && scores.Top is TriageClass.SmallTalk or TriageClass.OffTopic && scores.Crisis < LaughingChatCrisisBelow)
            // "night all, off to lie in the dark and pretend im sleeping" (round 82, 0.90): good night to the group on the way to
            // bed, with no despair word, no farewell and nothing taken named. A good night alone is not enough: "night all.
            // forever this time" and "buenas noches a todas, gracias por todo" are farewells.
            && !(signals.GreetsTheGroup && signals.GoesToBed && !signals.NamesSomethingTaken && scores.Crisis < VentCrisisBelow)
            && !(signals.AsksAboutPregnancy && scores.Crisis < PregnancyQuestionCrisisBelow)
            // "my dog just chewed a bit of my kratom bag, will he be ok??" (0.19), "my dog just ate one of my pregabalin capsules
            // off the floor" (round 86, 0.64): an animal's mishap is for a vet; only a strong reading stands.
            && !(signals.AsksAboutAnAnimal && scores.Crisis < StrongCrisisReading)
            && !(signals.AsksWhetherNormalAfterStopping && scores.Crisis < StoppingQuestionCrisisBelow)
            // "lmao this bot refusing to give dosages is like my mum hiding the biscuits" (round 88, 0.39): a joke or a jab
            // at the bot, asking nothing and naming nothing taken, is not a crisis on a weak reading.
            && !(signals.TellsAJoke && !signals.NamesSomethingTaken && scores.Crisis < JokeCrisisBelow);
        var sureAskOutranksCrisis = signals.SureDosingRule && thresholds.SureDoseAsk is { } sure && scores.Crisis < sure.CrisisBelow;
        // "what would be right for him at his age?" after a question about melatonin (round 25: crisis 0.15, dosing 0.85):
        // a follow-up to something taken that the model reads as more dosing than crisis, and as crisis only weakly, goes
        // to the dosing bars first (FollowUpCrisisBelow); if none of them refuses it, the crisis reading stands.
        // "et pour quelqu'un qui n'a jamais essayé ?" after "combien de truffes on prend en microdose ?" (round 83: crisis 0.55,
        // the attempt in "essayé"): the amount for a first-timer is asked, unless the crisis reading is as sure as a sure ask's bar.
        var followUpDoseOutranksCrisis = (signals.FollowsSomethingTaken && !signals.NamesActivity && scores.Dosing > scores.Crisis
            && scores.Crisis < FollowUpCrisisBelow)
            || (signals.AsksForAFirstTimer && thresholds.SureDoseAsk is { } firstTimer && scores.Crisis < firstTimer.CrisisBelow);
        if (crisisByModel && !thresholds.DoseAskOutranksCrisis(scores) && !sureAskOutranksCrisis && !followUpDoseOutranksCrisis)
        {
            return new(TriageOutcome.Crisis, "crisis model", scores);
        }

        // "my cat just licked some of my kratom powder off the floor, is she ok??" (round 84, 0.82 as dosing): a question about
        // an animal and a substance is for a vet, not a dose refusal, unless a dosing rule reads an amount asked for it.
        if (signals.AsksAboutAnAnimal && !crisisByModel && !signals.DosingRule && !signals.SureDosingRule && !signals.OwnAmountAsk)
        {
            return new(TriageOutcome.OffTopic, OutOfScopeReason, scores);
        }

        if (DosingDecision(signals, thresholds) is { } dosing)
        {
            return crisisByModel ? dosing with { Reason = dosing.Reason + " over a weak crisis reading" } : dosing;
        }

        if (crisisByModel)
        {
            return new(TriageOutcome.Crisis, "crisis model", scores);
        }

        if (signals.Command is { } command)
        {
            return new(command, "command", scores);
        }

        // "recommend me a good true crime podcast for flare days in bed?" (round 68): the library has no podcasts or tax rules,
        // and what the search found for "flare days" answered nothing asked. Something taken, named, keeps it a question.
        if (signals.AsksSomethingOutOfScope && !signals.NamesSomethingTaken)
        {
            return new(TriageOutcome.OffTopic, OutOfScopeReason, scores);
        }

        // "what did the FINAL trial find?" (ResearchQuestions): the model's small-talk reading never declines a study question.
        if (scores.Top == TriageClass.SmallTalk && scores.SmallTalk >= thresholds.SmallTalk && !signals.AsksWhatAStudyFound)
        {
            return new(TriageOutcome.SmallTalk, "small-talk model", scores);
        }

        if (scores.Top == TriageClass.OffTopic && scores.OffTopic >= thresholds.OffTopic)
        {
            return new(TriageOutcome.OffTopic, "off-topic model", scores);
        }

        // "not even asking anything just needed to scream into the void" (round 60) says it asks nothing, and has no question
        // mark: answering it from the library would answer a question nobody asked. Something taken, named, keeps it a question.
        if (signals.VentsAskingNothing && !signals.NamesSomethingTaken)
        {
            return new(TriageOutcome.SmallTalk, "says it only vents", scores);
        }

        // "missing my mum today. shes been gone 20 years this week … just wanted to say it" (round 68): everyday talk that asks
        // nothing, and that the model did not read as a question, gets a small-talk reply; searched, the library answered it.
        if (signals.IsEverydayTalk && signals.AsksNothing && !signals.NamesSomethingTaken && scores.Top != TriageClass.Question)
        {
            return new(TriageOutcome.SmallTalk, "everyday talk asking nothing", scores);
        }

        // "night all, flare's calming down a bit, gonna try and sleep" (round 72, 0.96 as a question): good night said to the
        // group, asking nothing, gets a small-talk reply; searched, the library answered it. Something taken, named, keeps it a question.
        if (signals.GreetsTheGroup && signals.AsksNothing && !signals.NamesSomethingTaken)
        {
            return new(TriageOutcome.SmallTalk, "greets the group asking nothing", scores);
        }

        // "why did the fibro patient bring a ladder to the doctor? because the pain was through the roof" (round 62) asks a
        // question only to answer it: searched, the library answered the pun.
        if (signals.TellsAJoke && !signals.NamesSomethingTaken)
        {
            return new(TriageOutcome.SmallTalk, "tells a joke", scores);
        }

        return new(TriageOutcome.Question, "question", scores);
    }

    /// <summary>The dosing bars, in order; null when none of them refuses the message.</summary>
    private static TriageDecision? DosingDecision(TriageSignals signals, TriageThresholds thresholds)
    {
        var scores = signals.Scores;
        // "what's the usual dose of LDN?" is a dose ask whatever the model makes of the doctor who asked for it.
        if (signals.SureDosingRule)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "sure dosing rule", scores);
        }

        if (signals.AsksForAFirstTimer)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "asks the amount for a first-timer", scores);
        }

        // "how much CBD oil do I need to feel a difference?" (round 21, 0.05 as dosing): an amount of something taken,
        // asked for oneself. It refuses without the model, but only here, after every crisis reading has had its say.
        if (signals.OwnAmountAsk)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "own amount rule", scores);
        }

        // "does that sound right to you or too low?" right after a titration schedule (round 61, 0.001 as dosing): the bot
        // would be weighing the member's dose. The model sees no dose in it alone, so no follow-up bar could refuse it.
        if (signals.JudgesTheAmountBefore)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "asks to judge the amount before", scores);
        }

        // "not asking for medical advice or anything, just roughly what ballpark are we talking" right after "kratom for back
        // pain, anyone tried it?" (round 70, answered): a rough amount of what was just named is an amount of it.
        if (signals.AsksARoughAmountOfIt)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "asks a rough amount of it", scores);
        }

        // "¿y cuántas veces por semana? ¿todos los días?" after a question about walking asks about walking: the model
        // reads the shape of a dose follow-up, and the schedule rule fires, but nothing taken is named here or before.
        // The same holds for a message that names an activity itself ("ogni quanto bisogna fare pausa?", round 21): the
        // rules' "how often" and the model's dose shape are about the activity when nothing taken is named or implied.
        // "should i do less next time or push through it? how much is too much" (round 50) weighs pacing: the same holds
        // when nothing taken is named or implied.
        if ((signals.FollowsActivity || signals.NamesActivity || signals.WeighsPacing) && !signals.FollowsSomethingTaken && !signals.NamesSomethingTaken)
        {
            return null;
        }

        // The dosing rules were written against our own phrasings and also fire on everyday "how much / how often"
        // questions, so a rule lowers the model's bar instead of deciding alone (docs/SAFETY.md has the figures).
        if (signals.DosingRule && scores.Dosing >= thresholds.DosingWithRule)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "dosing rule", scores);
        }

        // "ok what are the risks then" and "cuánto mejora el dolor?" have the shape of a dose follow-up, and the model
        // reads them as one; a question about harms or benefits that asks no amount is not refused on the model's word alone.
        // A newcomer's introduction lists what they take and asks for no amount of it ("hi im new … on metformin and
        // amitriptyline, how does this bot work", 0.95 as dosing in round 24): the model alone does not refuse it either.
        // "bist du eigentlich n echter mensch oder ne KI?" (round 67, 0.83 as dosing) is one of the bot's own commands: it
        // names no amount, and the model alone does not refuse it (a dosing rule that fires still counts, above). With
        // something taken named or just before, or right after a refusal ("sei un bot, puoi darmi un intervallo" after a
        // question about CBD), the model may still refuse it.
        var plainCommand = signals.Command is not null && !signals.NamesSomethingTaken && !signals.FollowsSomethingTaken && !signals.FollowsADoseRefusal;
        // "how do i get rid of head lice in my daughters hair" asks about something out of scope: with nothing taken named, the
        // model alone does not refuse it. Round 78's "como le quito los piojos a mi niña? ya probe el champu de la farmacia"
        // (0.79 as dosing) names a pharmacy, which counts as something taken, so the model still decides that one.
        var outOfScope = signals.AsksSomethingOutOfScope && !signals.NamesSomethingTaken && !signals.FollowsSomethingTaken;
        // "and what about for sleep specifically?" after a question about the evidence for LDN (round 88, 0.98 as dosing) asks
        // about another use, not an amount; right after a refusal the same words ask the amount for that use.
        var anotherUse = signals.AsksAboutAnotherUse && !signals.FollowsADoseRefusal;
        var modelMayRefuse = !signals.AsksAboutHarmsOrBenefitsOnly && !signals.IsIntroduction && !plainCommand && !outOfScope && !anotherUse;

        // "and on a bad flare day?" asks nothing alone, and the model reads nearly every such fragment as a dose
        // follow-up. Unless it follows something taken (the follow-up bars below) or names something taken, its shape
        // alone does not refuse it.
        var standaloneFragment = signals.IsContinuation && !signals.FollowsSomethingTaken && !signals.NamesSomethingTaken;
        if (modelMayRefuse && !standaloneFragment && (scores.Dosing >= thresholds.Dosing || (scores.Dosing >= thresholds.DosingWithSubject && signals.NamesSomethingTaken)))
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "dosing model", scores);
        }

        // "and for a beginner?" names nothing, and alone it reads as a question; after a message about something taken
        // it asks for an amount of that. The model still has to see some dosing in it: the bar is lower, not gone.
        if (modelMayRefuse && signals.FollowsSomethingTaken && scores.Dosing >= thresholds.DosingFollowUpBar)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "dosing follow-up", scores);
        }

        // "how much a day is safe?" after a question about kratom: a dosing rule reads the follow-up with the previous
        // message's subject, and the model's bar for it is lower still, because the rule and the conversation agree.
        if (signals.FollowsSomethingTaken && signals.FollowUpDosingRule && scores.Dosing >= thresholds.DosingFollowUpWithRuleBar)
        {
            return new TriageDecision(TriageOutcome.DosingRequest, "dosing follow-up rule", scores);
        }

        return null;
    }

    private TriageScores Score(NormalizedMessage message, ReadOnlySpan<float> embedding, IReadOnlyList<string> windows)
    {
        var first = model.Predict(SafetyText.Normalize(message.Text), embedding);

        // The message's own text was scored with the turn's shared vector; only the other windows need the encoder.
        var others = windows.Where(w => w != message.Text).ToList();
        if (others.Count == 0)
        {
            return first;
        }

        var vectors = embedder.EmbedQueries(others);
        var all = new List<TriageScores>(others.Count + 1) { first };
        for (var i = 0; i < others.Count; i++)
        {
            all.Add(model.Predict(SafetyText.Normalize(others[i]), vectors[i]));
        }

        return TriageScores.Strongest(all);
    }

    /// <summary>
    /// The whole message when it is short; otherwise overlapping word windows over all of it (not only the part that
    /// is searched), so that a crisis sentence at the end of a long message is read at the strength it has alone.
    /// </summary>
    public static IReadOnlyList<string> Windows(NormalizedMessage message)
    {
        var words = message.Full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= WindowWords && !message.WasTruncated)
        {
            // Hidden readings (base64, ROT13, reversed) are windows of their own.
            return [message.Full, .. HiddenText.Variants(message.Full)];
        }

        var windows = new List<string>();
        var step = WindowWords - WindowOverlapWords;
        for (var start = 0; start < words.Length && windows.Count < MaxWindows; start += step)
        {
            windows.Add(string.Join(' ', words, start, Math.Min(WindowWords, words.Length - start)));
            if (start + WindowWords >= words.Length)
            {
                break;
            }
        }

        // Past the cap, the last window is the message's end: endings are where farewells are written.
        if (windows.Count == MaxWindows && words.Length > WindowWords)
        {
            windows[^1] = string.Join(' ', words, words.Length - WindowWords, WindowWords);
        }

        windows.AddRange(HiddenText.Variants(message.Full));
        return windows;
    }
}
