namespace FibroBot.Safety;

/// <summary>
/// The one reviewed place for the texts that safety decisions put in front of people: crisis guidance and the dosing
/// refusal (each in every language the bot reads) and the marker that replaces redacted dose text. Change wording here
/// only after review. Emergency numbers are named only where they are certain: 988 in the US and 112, which works
/// across the European Union; everywhere else the text points to local emergency services and findahelpline.com.
/// </summary>
public static class SafetyTexts
{
    public const string DoseRedactionMarker =
        "[Dose details left out: this bot does not share amounts or schedules. A prescriber or pharmacist can advise on dosing.]";

    public const string DosingRefusal =
        "I can't help with doses, amounts or schedules, for any medicine or substance. " +
        "Dosing depends on your health, your other medicines and the exact product, and a wrong amount can cause real harm, " +
        "so it is not something a chat bot should give. A prescriber or pharmacist can advise you safely.\n\n" +
        // A crisis phrased as an amount question can still be read as dosing; the refusal then must not be a dead end.
        "If you or someone with you has already taken too much, or you are thinking of harming yourself, " +
        "please call your local emergency number now, or find a free helpline at findahelpline.com.";

    /// <summary>
    /// The dosing refusal in the other languages the bot reads, keyed by ISO 639-1 code. Like the English text, each
    /// names no number: it points to the local emergency number and findahelpline.com.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DosingRefusalByLanguage { get; } = new Dictionary<string, string>
    {
        ["es"] =
            "No puedo ayudar con dosis, cantidades ni pautas de ningún medicamento o sustancia. " +
            "La dosis depende de tu salud, de tus otros medicamentos y del producto exacto, y una cantidad equivocada puede hacer daño de verdad, " +
            "así que no es algo que deba dar un bot de chat. Quien te lo receta o tu farmacéutico pueden aconsejarte con seguridad.\n\n" +
            "Si tú o alguien que está contigo ya ha tomado demasiado, o estás pensando en hacerte daño, " +
            "llama ahora a tu número local de emergencias o encuentra una línea de ayuda gratuita en findahelpline.com.",
        ["de"] =
            "Bei Dosierungen, Mengen oder Einnahmeplänen kann ich nicht helfen, für kein Medikament und keine Substanz. " +
            "Die Dosis hängt von deiner Gesundheit, deinen anderen Medikamenten und dem genauen Präparat ab, und eine falsche Menge kann ernsthaft schaden, " +
            "deshalb sollte ein Chatbot sie nicht nennen. Deine verschreibende Ärztin oder dein Arzt oder die Apotheke können dich sicher beraten.\n\n" +
            "Wenn du oder jemand bei dir schon zu viel genommen hat oder du daran denkst, dir etwas anzutun, " +
            "ruf bitte sofort deine örtliche Notrufnummer an oder finde eine kostenlose Hilfsnummer auf findahelpline.com.",
        ["fr"] =
            "Je ne peux pas aider pour les doses, les quantités ou les rythmes de prise, pour aucun médicament ni aucune substance. " +
            "La dose dépend de ta santé, de tes autres médicaments et du produit exact, et une mauvaise quantité peut faire vraiment du mal : " +
            "ce n'est pas à un chatbot de la donner. Ton médecin prescripteur ou ton pharmacien peuvent te conseiller en toute sécurité.\n\n" +
            "Si toi ou quelqu'un avec toi en a déjà pris trop, ou si tu penses à te faire du mal, " +
            "appelle tout de suite le numéro d'urgence local, ou trouve une ligne d'écoute gratuite sur findahelpline.com.",
        ["pt"] =
            "Não posso ajudar com doses, quantidades ou horários de nenhum medicamento ou substância. " +
            "A dose depende da tua saúde, dos teus outros medicamentos e do produto exato, e uma quantidade errada pode fazer mal a sério, " +
            "por isso não é algo que um chatbot deva dar. Quem te receita ou o teu farmacêutico podem aconselhar-te com segurança.\n\n" +
            "Se tu ou alguém contigo já tomou demais, ou se estás a pensar em fazer-te mal, " +
            "liga agora para o número de emergência local ou encontra uma linha de apoio gratuita em findahelpline.com.",
        ["nl"] =
            "Ik kan niet helpen met doses, hoeveelheden of schema's, voor geen enkel medicijn of middel. " +
            "De dosis hangt af van je gezondheid, je andere medicijnen en het precieze product, en een verkeerde hoeveelheid kan echt schade doen, " +
            "dus dat hoort een chatbot niet te geven. Wie het voorschrijft of je apotheker kan je veilig adviseren.\n\n" +
            "Heb jij of iemand bij jou al te veel genomen, of denk je eraan jezelf iets aan te doen? " +
            "Bel dan nu je lokale alarmnummer, of vind een gratis hulplijn op findahelpline.com.",
        ["it"] =
            "Non posso aiutarti con dosi, quantità o orari di assunzione, per nessun farmaco o sostanza. " +
            "La dose dipende dalla tua salute, dagli altri farmaci che prendi e dal prodotto esatto, e una quantità sbagliata può fare davvero male, " +
            "quindi non è qualcosa che un chatbot debba dare. Chi te lo prescrive o il tuo farmacista possono consigliarti in sicurezza.\n\n" +
            "Se tu o qualcuno con te ne ha già preso troppo, o stai pensando di farti del male, " +
            "chiama subito il numero di emergenza locale o trova una linea di ascolto gratuita su findahelpline.com.",
    };

    /// <summary>
    /// The refusal to show for a dose request in <paramref name="language"/>: the translation, then the English text,
    /// as with the crisis guidance, so that a wrong language guess never hides what the refusal says.
    /// </summary>
    public static string DosingRefusalFor(string? language) => TranslationThenEnglish(DosingRefusalByLanguage, DosingRefusal, language);

    public const string CrisisGuidance =
        "I'm really sorry you're going through this. Your safety matters more than any question I can answer.\n\n" +
        "- If you are in danger, have taken too much of something, or have trouble breathing: **call your local emergency number now**.\n" +
        "- In the US, **call or text 988** (Suicide & Crisis Lifeline), any time.\n" +
        "- Elsewhere, find a free, confidential helpline at **findahelpline.com**.\n" +
        "- Please stay with someone you trust, or ask someone to come and be with you, while you get help.";

    /// <summary>Crisis guidance in the other languages the bot reads, keyed by ISO 639-1 code.</summary>
    public static IReadOnlyDictionary<string, string> CrisisGuidanceByLanguage { get; } = new Dictionary<string, string>
    {
        ["es"] =
            "Siento mucho que estés pasando por esto. Tu seguridad importa más que cualquier pregunta.\n\n" +
            "- Si estás en peligro, has tomado demasiado de algo o te cuesta respirar: **llama ahora a tu número local de emergencias** (en la Unión Europea, el **112**).\n" +
            "- Encuentra una línea de ayuda gratuita y confidencial en tu país en **findahelpline.com**.\n" +
            "- Por favor, quédate con alguien de confianza o pide a alguien que venga a acompañarte mientras buscas ayuda.",
        ["de"] =
            "Es tut mir sehr leid, dass es dir gerade so geht. Deine Sicherheit ist wichtiger als jede Frage.\n\n" +
            "- Wenn du in Gefahr bist, zu viel von etwas genommen hast oder schwer Luft bekommst: **ruf jetzt den Notruf an** (in der Europäischen Union die **112**).\n" +
            "- Eine kostenlose, vertrauliche Hilfe-Hotline in deinem Land findest du auf **findahelpline.com**.\n" +
            "- Bitte bleib bei einem Menschen, dem du vertraust, oder bitte jemanden, zu dir zu kommen, während du Hilfe holst.",
        ["fr"] =
            "Je suis vraiment désolé que tu traverses cela. Ta sécurité compte plus que n'importe quelle question.\n\n" +
            "- Si tu es en danger, si tu as pris trop de quelque chose ou si tu as du mal à respirer : **appelle maintenant le numéro d'urgence local** (dans l'Union européenne, le **112**).\n" +
            "- Tu trouveras une ligne d'écoute gratuite et confidentielle dans ton pays sur **findahelpline.com**.\n" +
            "- S'il te plaît, reste avec une personne de confiance, ou demande à quelqu'un de venir auprès de toi pendant que tu cherches de l'aide.",
        ["pt"] =
            "Sinto muito que estejas a passar por isto. A tua segurança importa mais do que qualquer pergunta.\n\n" +
            "- Se estás em perigo, tomaste demasiado de alguma coisa ou tens dificuldade em respirar: **liga já para o número de emergência local** (na União Europeia, o **112**).\n" +
            "- Encontra uma linha de apoio gratuita e confidencial no teu país em **findahelpline.com**.\n" +
            "- Por favor, fica com alguém em quem confias, ou pede a alguém que venha ficar contigo enquanto procuras ajuda.",
        ["nl"] =
            "Wat vervelend dat je dit doormaakt. Jouw veiligheid is belangrijker dan welke vraag dan ook.\n\n" +
            "- Ben je in gevaar, heb je te veel van iets ingenomen of kun je moeilijk ademen: **bel nu het lokale alarmnummer** (in de Europese Unie **112**).\n" +
            "- Een gratis, vertrouwelijke hulplijn in jouw land vind je op **findahelpline.com**.\n" +
            "- Blijf alsjeblieft bij iemand die je vertrouwt, of vraag iemand om bij je te komen terwijl je hulp zoekt.",
        ["it"] =
            "Mi dispiace davvero che tu stia attraversando questo momento. La tua sicurezza conta più di qualsiasi domanda.\n\n" +
            "- Se sei in pericolo, hai preso troppo di qualcosa o fai fatica a respirare: **chiama subito il numero di emergenza locale** (nell'Unione europea, il **112**).\n" +
            "- Trovi una linea di ascolto gratuita e riservata nel tuo paese su **findahelpline.com**.\n" +
            "- Per favore, resta con una persona di cui ti fidi, o chiedi a qualcuno di venire da te mentre cerchi aiuto.",
    };

    /// <summary>
    /// The guidance to show for a message in <paramref name="language"/>: the English text always comes too, after
    /// the translation, so that a wrong language guess never hides the guidance.
    /// </summary>
    public static string CrisisGuidanceFor(string? language) => TranslationThenEnglish(CrisisGuidanceByLanguage, CrisisGuidance, language);

    private static string TranslationThenEnglish(IReadOnlyDictionary<string, string> translations, string english, string? language) =>
        language is not null && translations.TryGetValue(language, out var translated)
            ? translated + "\n\n---\n\n" + english
            : english;
}
