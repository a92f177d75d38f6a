using FibroBot.Retrieval.Corpus;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// The one reviewed place for every fixed text the bot shows: disclaimers, refusals, crisis guidance,
/// the redaction marker and canned replies. Change wording here only after review.
/// The evidence label names and explanations live in <see cref="EvidenceLabels"/>.
/// </summary>
public static class FixedTexts
{
    public const string DoseRedactionMarker = SafetyTexts.DoseRedactionMarker;

    public const string BotName = "Fibro Evidence Bot";

    public static class Disclaimers
    {
        public const string GeneralId = "general";
        public const string PsychedelicsId = "psychedelics";
        public const string KratomId = "kratom";
        public const string LdnId = "ldn";

        public static Disclaimer General { get; } = new(GeneralId,
            "This is general information, not medical advice. Please talk to a healthcare professional before starting, stopping or changing any treatment.");

        public static Disclaimer Psychedelics { get; } = new(PsychedelicsId,
            "Psychedelics such as psilocybin and LSD are illegal in many places. They carry psychiatric risks, and research trials exclude people with psychosis or bipolar disorder.");

        public static Disclaimer Kratom { get; } = new(KratomId,
            "Kratom is not approved as a medicine. Regulators such as the US FDA have warned about its risks, and regular use can lead to dependence and withdrawal. Laws differ by place and change: check your local rules.");

        public static Disclaimer Ldn { get; } = new(LdnId,
            "Low-dose naltrexone (LDN) is a prescription medicine used off-label for fibromyalgia. Naltrexone blocks opioid painkillers, so any change must be planned with the prescriber.");

        /// <summary>Every disclaimer, in the order they are shown.</summary>
        public static IReadOnlyList<Disclaimer> All { get; } = [General, Psychedelics, Kratom, Ldn];

        /// <summary>The disclaimer with this id; the topic registry names it for the topics that bring it.</summary>
        public static Disclaimer ById(string id) => All.FirstOrDefault(d => d.Id == id)
            ?? throw new InvalidOperationException($"No reviewed disclaimer has the id '{id}'.");

        /// <summary>
        /// Fails at once, naming the file, when the topic registry names a disclaimer that has no reviewed text here,
        /// rather than leaving that topic's answers without it.
        /// </summary>
        internal static TopicVocabulary CheckAll(TopicVocabulary vocabulary, TopicRegistry registry)
        {
            foreach (var topic in registry.Topics.Where(t => t.Disclaimer is not null && All.All(d => d.Id != t.Disclaimer)))
            {
                throw new InvalidOperationException(
                    $"{CorpusLocations.TopicsFile}: topic '{topic.Id}' brings the disclaimer '{topic.Disclaimer}', which has no reviewed text in FixedTexts.Disclaimers.");
            }

            return vocabulary;
        }
    }

    public static class Refusal
    {
        public const string Dosing = SafetyTexts.DosingRefusal;

        public static IReadOnlyList<string> FollowUps(string? subject) => subject is null
            ? ["What are the risks of low-dose naltrexone?", "What did research find about microdosing for pain?", "What are the risks of kratom?"]
            : [$"What are the risks of {subject}?", $"What did research find about {subject}?"];
    }

    public static class Crisis
    {
        public const string Guidance = SafetyTexts.CrisisGuidance;
    }

    public static class NoAnswer
    {
        public const string Text =
            "I couldn't find this in my sources, so I won't guess. I only answer from a fixed set of vetted sources about " +
            "fibromyalgia, chronic pain, low-dose naltrexone, psychedelic microdosing and kratom. You could try one of these questions:";

        /// <summary>
        /// When reading the message failed inside the bot. The bot could not judge it, so it may have been a crisis: the
        /// reply points to emergency help as the crisis guidance does, with no number it is not sure of.
        /// </summary>
        public const string CouldNotRead =
            "Sorry, something went wrong on my side while I was reading your message, so I can't answer it. Please try again, " +
            "or put it another way. If you or someone with you is in danger right now, call your local emergency number; " +
            "findahelpline.com lists free, confidential helplines in many countries.";

        /// <summary>For a request to translate, write, plan or code (<see cref="Answers.OtherTask"/>).</summary>
        public const string OtherTask =
            "I can't translate, write or plan things for you. I only answer questions from a fixed set of vetted sources about " +
            "fibromyalgia, chronic pain, low-dose naltrexone, psychedelic microdosing and kratom. You could try one of these questions:";
    }

    public static class SmallTalk
    {
        public const string Greeting =
            "Hello! I answer questions about fibromyalgia, chronic pain, low-dose naltrexone, psychedelic microdosing and kratom " +
            "from vetted sources, and I show how strong the evidence is. What would you like to know?";

        public const string Thanks = "You're welcome. Take care, and ask any time.";

        /// <summary>For chat that is neither a question nor a greeting the bot recognises word for word ("how are you?", "lol").</summary>
        public const string General =
            "I'm a bot, so I'll leave the chatting to the group. If you have a question about fibromyalgia, chronic pain, " +
            "low-dose naltrexone, psychedelic microdosing or kratom, ask me and I'll show what the evidence says.";

        /// <summary>For a member who shares how they feel and asks nothing (<see cref="Venting"/>).</summary>
        public const string Venting =
            "That sounds really hard, and thank you for saying it. I'm only a bot that looks things up in vetted sources, " +
            "so the people in this group will be better company than me. If you'd like to know something about fibromyalgia, " +
            "chronic pain, low-dose naltrexone, psychedelic microdosing or kratom, just ask. And if it ever feels like too much, " +
            "you can talk to someone now: findahelpline.com lists free, confidential helplines in many countries.";

        /// <summary><see cref="General"/> in the member's language when it is one of the six others the bot reads; English otherwise.</summary>
        public static string GeneralFor(string? language) => language is not null && GeneralTranslations.TryGetValue(language, out var text) ? text : General;

        /// <summary><see cref="Venting"/> in the member's language when it is one of the six others the bot reads; English otherwise.</summary>
        public static string VentingFor(string? language) => language is not null && VentingTranslations.TryGetValue(language, out var text) ? text : Venting;

        // The same words as the English texts, translated by us; "ja snap dat je dat niet mag zeggen" got an English reply
        // (thirty-third session). A helpline site that serves many countries is named; no national number is.
        private static readonly Dictionary<string, string> GeneralTranslations = new(StringComparer.Ordinal)
        {
            ["es"] = "Soy un bot, así que dejo la conversación al grupo. Si tienes una pregunta sobre fibromialgia, dolor crónico, " +
                "naltrexona en dosis bajas, microdosis de psicodélicos o kratom, pregúntame y te muestro lo que dice la evidencia.",
            ["de"] = "Ich bin ein Bot und überlasse das Plaudern der Gruppe. Wenn du eine Frage zu Fibromyalgie, chronischen Schmerzen, " +
                "niedrig dosiertem Naltrexon, Mikrodosierung von Psychedelika oder Kratom hast, frag mich, und ich zeige dir, was die Studienlage sagt.",
            ["fr"] = "Je suis un bot, je laisse donc la discussion au groupe. Si vous avez une question sur la fibromyalgie, la douleur chronique, " +
                "la naltrexone à faible dose, le microdosage de psychédéliques ou le kratom, posez-la-moi et je vous montrerai ce que disent les données.",
            ["pt"] = "Sou um bot, então deixo a conversa para o grupo. Se tiver uma pergunta sobre fibromialgia, dor crônica, " +
                "naltrexona em dose baixa, microdosagem de psicodélicos ou kratom, pergunte e eu mostro o que dizem as evidências.",
            ["nl"] = "Ik ben een bot, dus het kletsen laat ik aan de groep over. Heb je een vraag over fibromyalgie, chronische pijn, " +
                "laag gedoseerde naltrexon, microdoseren met psychedelica of kratom, stel hem dan en ik laat zien wat het bewijs zegt.",
            ["it"] = "Sono un bot, quindi lascio le chiacchiere al gruppo. Se hai una domanda su fibromialgia, dolore cronico, " +
                "naltrexone a basso dosaggio, microdosaggio di psichedelici o kratom, chiedimi pure e ti mostro cosa dicono le prove.",
        };

        private static readonly Dictionary<string, string> VentingTranslations = new(StringComparer.Ordinal)
        {
            ["es"] = "Suena muy duro, y gracias por contarlo. Solo soy un bot que busca en fuentes verificadas, así que las personas de este " +
                "grupo serán mejor compañía que yo. Si quieres saber algo sobre fibromialgia, dolor crónico, naltrexona en dosis bajas, " +
                "microdosis de psicodélicos o kratom, pregúntame. Y si en algún momento todo se hace demasiado, puedes hablar con alguien " +
                "ahora: findahelpline.com reúne líneas de ayuda gratuitas y confidenciales de muchos países.",
            ["de"] = "Das klingt wirklich schwer, und danke, dass du es sagst. Ich bin nur ein Bot, der in geprüften Quellen nachschlägt; " +
                "die Menschen in dieser Gruppe sind bessere Gesellschaft als ich. Wenn du etwas über Fibromyalgie, chronische Schmerzen, " +
                "niedrig dosiertes Naltrexon, Mikrodosierung von Psychedelika oder Kratom wissen möchtest, frag einfach. Und wenn es dir " +
                "einmal zu viel wird, kannst du jetzt mit jemandem sprechen: findahelpline.com listet kostenlose, vertrauliche " +
                "Hilfetelefone in vielen Ländern.",
            ["fr"] = "Ça a l'air vraiment difficile, et merci de l'avoir dit. Je ne suis qu'un bot qui cherche dans des sources vérifiées ; " +
                "les membres de ce groupe vous tiendront mieux compagnie que moi. Si vous voulez savoir quelque chose sur la fibromyalgie, " +
                "la douleur chronique, la naltrexone à faible dose, le microdosage de psychédéliques ou le kratom, demandez-moi. Et si un " +
                "jour c'est trop, vous pouvez parler à quelqu'un maintenant : findahelpline.com recense des lignes d'écoute gratuites et " +
                "confidentielles dans de nombreux pays.",
            ["pt"] = "Parece muito difícil, e obrigado por contar. Sou só um bot que procura em fontes verificadas, então as pessoas deste " +
                "grupo serão melhor companhia do que eu. Se quiser saber algo sobre fibromialgia, dor crônica, naltrexona em dose baixa, " +
                "microdosagem de psicodélicos ou kratom, é só perguntar. E se algum dia ficar pesado demais, você pode falar com alguém " +
                "agora: findahelpline.com lista linhas de apoio gratuitas e confidenciais em muitos países.",
            ["nl"] = "Dat klinkt echt zwaar, en fijn dat je het zegt. Ik ben maar een bot die dingen opzoekt in gecontroleerde bronnen, dus " +
                "de mensen in deze groep zijn beter gezelschap dan ik. Wil je iets weten over fibromyalgie, chronische pijn, laag " +
                "gedoseerde naltrexon, microdoseren met psychedelica of kratom, vraag het gerust. En als het je ooit te veel wordt, kun je " +
                "nu met iemand praten: findahelpline.com noemt gratis, vertrouwelijke hulplijnen in veel landen.",
            ["it"] = "Sembra davvero dura, e grazie di averlo detto. Sono solo un bot che cerca in fonti verificate, quindi le persone di " +
                "questo gruppo ti faranno miglior compagnia di me. Se vuoi sapere qualcosa su fibromialgia, dolore cronico, naltrexone a " +
                "basso dosaggio, microdosaggio di psichedelici o kratom, chiedi pure. E se a un certo punto diventa troppo, puoi parlare " +
                "con qualcuno adesso: findahelpline.com elenca linee di ascolto gratuite e riservate in molti paesi.",
        };

        public const string WhoAreYou =
            "I'm " + BotName + ", an automated helper for support groups. I look up passages in a fixed set of sources " +
            "(guidelines, trials, health agencies) and show each one with a label saying how strong its evidence is. " +
            "I don't give medical advice or doses, and I'm not a person or a clinician.";

        public const string EmptyMessage =
            "I didn't find a question in your message. Ask me something in words, for example:";

        public const string LongMessage =
            "Your message was very long, so I only read its beginning.";
    }

    public static class Commands
    {
        public const string Help =
            "Ask me a question in plain words, and I'll answer from vetted sources with an evidence label for each one.\n\n" +
            "- **help**: this message\n" +
            "- **sources**: every source I use, with its evidence label\n" +
            "- **about**: what I am and what I am not\n\n" +
            "I can't help with doses or schedules. If you are in crisis, I'll point you to people who can help right away.";

        public const string SourcesIntro = "These are all the sources I answer from, with their evidence labels:";

        public const string About =
            BotName + " answers common questions about fibromyalgia, chronic pain, low-dose naltrexone (LDN), " +
            "psychedelic microdosing and kratom by quoting passages from a fixed, reviewed set of sources, each marked with how strong its evidence is.\n\n" +
            "It is **not** a doctor, a pharmacist or a crisis service. It does not give medical advice, diagnoses or doses, " +
            "and it does not write answers of its own: everything it shows comes from its sources.";
    }

    public static class Welcome
    {
        public const string Text =
            "Hi, I'm " + BotName + ". I answer questions about fibromyalgia, chronic pain, low-dose naltrexone, " +
            "psychedelic microdosing and kratom from vetted sources, and I label how strong the evidence is. " +
            "I never give doses. Try one of these:";
    }

    public static class Evidence
    {
        public const string WeakSourceNote =
            "Weak source: this passage comes from a seed article (marketing or testimonials), not a vetted source. Treat its claims with caution.";

        public const string DisagreementLeadIn = "A vetted source disagrees: ";

        public const string VettedSourcesLeadIn = "See: ";

        public const string AnswerLead = "Here is what my sources say:";

        /// <summary>Leads the one or two sentences quoted, word for word, from the top vetted passages.</summary>
        public const string InShortLeadIn = "In short:";

        public const string SummaryLeadIn = "Strongest evidence here: ";

        /// <summary>The topic summary line, naming the strongest kind of evidence among the cited passages.</summary>
        public static string StrongestEvidence(EvidenceLabel label) => SummaryLeadIn + label switch
        {
            EvidenceLabel.GuidelineOrSystematicReview => "guidelines or systematic reviews.",
            EvidenceLabel.RandomizedControlledTrial => "randomized controlled trials.",
            EvidenceLabel.HealthAgencyOrRegulator => "statements by health agencies or regulators.",
            EvidenceLabel.ObservationalStudyOrSurvey => "observational studies or surveys.",
            EvidenceLabel.CaseReportOrPilotStudy => "case reports or pilot studies.",
            EvidenceLabel.OpinionAnecdoteOrMarketing => "only opinion, anecdote or marketing, which cannot show that a treatment works.",
            _ => throw new ArgumentOutOfRangeException(nameof(label)),
        };
    }

    public static class Card
    {
        public const string QuestionLeadIn = "You asked: ";
        public const string OpenSource = "Open source";
        public const string LongTextEllipsis = "…";
    }

    public static class Invoke
    {
        public const string FeedbackThanks = "Thanks for your feedback.";
        public const string CardActionReceived = "Received.";
    }

    public const string ModeratorsOnly =
        "Sorry, reports and exports are only for this group's moderators. If you moderate this group, ask the person who runs the bot to add you to its moderator list.";

    public const string ModeratorDaysInvalid =
        "Please give the number of days as a whole number from 1 to 366, for example: report 30";

    /// <summary>Questions offered after a welcome, a no-answer or an empty message; each has an answer in the corpus.</summary>
    public static IReadOnlyList<string> SuggestedQuestions { get; } =
    [
        "Does low-dose naltrexone help fibromyalgia?",
        "What did research find about microdosing for pain?",
        "What are the risks of kratom?",
    ];
}

/// <summary>A fixed disclaimer and the stable id the answerInfo entity names it by.</summary>
public sealed record Disclaimer(string Id, string Text);
