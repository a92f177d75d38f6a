namespace FibroBot.Safety;

/// <summary>
/// The one reviewed place for the texts that safety decisions put in front of people: crisis guidance (in each
/// language the bot reads), the dosing refusal and the marker that replaces redacted dose text. Change wording here
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
    public static string CrisisGuidanceFor(string? language) =>
        language is not null && CrisisGuidanceByLanguage.TryGetValue(language, out var translated)
            ? translated + "\n\n---\n\n" + CrisisGuidance
            : CrisisGuidance;
}
