using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// The few exact messages the bot treats as commands or as its fixed small talk (help, sources, about, hello,
/// thanks, who are you). Read only after crisis and dosing have been ruled out, so no command wording can carry
/// a dose request past the refusal.
/// </summary>
public static partial class CommandWords
{
    public static TriageOutcome? Match(string text)
    {
        var bare = Bare(text);
        return bare switch
        {
            "help" or "?" or "commands" => TriageOutcome.Help,
            "sources" or "source" or "list sources" or "your sources" or "what are your sources" => TriageOutcome.Sources,
            "about" => TriageOutcome.About,
            _ when Greeting().IsMatch(bare) => TriageOutcome.Greeting,
            _ when Thanks().IsMatch(bare) => TriageOutcome.Thanks,
            // Folded, so "vous êtes un robot ?" and "você é um bot?" read like their unaccented spellings.
            _ when WhoAreYou().IsMatch(SafetyText.Normalize(bare)) => TriageOutcome.WhoAreYou,
            _ => null,
        };
    }

    /// <summary>Lower case without a command slash or trailing punctuation, so "/Help!" is "help".</summary>
    private static string Bare(string text) => text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ', ',').ToLowerInvariant() is { Length: > 0 } bare
        ? bare
        : text.Trim();

    [GeneratedRegex(@"^(hi|hello|hey|hiya|howdy|yo|hallo|hola|bonjour|hoi|ol[aá]|good\s+(morning|afternoon|evening|day))(\s+(there|bot|all|everyone|folks))?$")]
    private static partial Regex Greeting();

    // Round 65: "cool ty, ill bring it up with my gp" closes the exchange with a thanks and a plan to ask a professional.
    [GeneratedRegex(@"^((ok(ay)?|cool|great|perfect|brilliant|lovely|ah|oh|right),?\s+)?(thanks?(\s+(a\s+lot|so\s+much|you|again))*|thank\s+you(\s+(so\s+much|very\s+much|again))?|thx|ty|cheers|much\s+appreciated|danke|gracias|merci|obrigad[oa]|bedankt|dank\s+je)"
        + @"([,.!]*\s+(i'?ll|ill|i\s+will|gonna|going\s+to|will)\s+(ask|bring\s+it\s+up\s+with|bring\s+that\s+up\s+with|mention\s+it\s+to|talk\s+to|check\s+with|run\s+it\s+by|speak\s+to)\s+my\s+(gp|doctor|doc|dr|rheumy|rheumatologist|pharmacist|specialist|nurse|consultant|pain\s+clinic|physio))?$")]
    private static partial Regex Thanks();

    // Round 67: "bist du eigentlich n echter mensch oder ne KI? 🤔" (0.83 as a dose ask), in the seven languages.
    // Round 78: "is this a bot or is there a real person reading these".
    [GeneratedRegex(@"^(?:is\s+this|are\s+you|r\s+u)\s+(?:a\s+)?(?:bot|ai|chatbot|robot)\s+or\s+(?:is\s+there\s+|are\s+you\s+|am\s+i\s+talking\s+to\s+)?(?:a\s+)?(?:real\s+)?(?:person|human|people)\b[^?]{0,40}\W*$"
        + @"|^(?:is\s+there|are\s+there)\s+(?:a\s+|any\s+)?real\s+(?:person|human|people)\s+(?:reading|behind|answering|here)\b[^?]{0,30}\W*$"
        + @"|^(who|what)\s+are\s+you|^what\s+(can|do)\s+you\s+do|^are\s+you\s+(a\s+)?(bot|human|real|person|doctor)"
        + @"|^(?:(?:hey|hi|ok|so|wait|lol|quick\s+question),?\s+)?(?:are\s+you|r\s+u|is\s+this)\s+(?:actually\s+|really\s+|even\s+)?(?:a\s+|an\s+)?(?:real\s+)?(?:bot|human|person|ai|robot|machine|chatbot)\b[^?]{0,30}\W*$"
        + @"|^(?:bist\s+du|sind\s+sie)\s+(?:eigentlich\s+|echt\s+|wirklich\s+)?(?:n\s+|ne\s+|ein\s+|eine\s+)?(?:echter\s+)?(?:mensch|bot|ki|roboter|maschine|chatbot)\b"
        + @"|^(?:eres|sos|es)\s+(?:un\s+|una\s+)?(?:bot|humano|humana|persona|robot|ia|maquina)\b|^(?:t'es|tu\s+es|es-tu|vous\s+etes|t'es-tu)\s+(?:un\s+|une\s+)?(?:vrai\s+|vraie\s+)?(?:bot|humain|humaine|robot|ia|personne|machine)\b"
        + @"|^(?:voce|vc|tu)\s+e\s+(?:um\s+|uma\s+)?(?:bot|humano|humana|robo|ia|pessoa)\b|^(?:ben\s+je|bent\s+u|is\s+dit)\s+(?:nou\s+|eigenlijk\s+)?(?:een\s+)?(?:echte\s+)?(?:bot|mens|robot|ai|persoon)\b"
        + @"|^(?:sei|e)\s+(?:un\s+|una\s+)?(?:bot|umano|umana|robot|ia|persona)\b"
        // Round 84: "who made you and do they actually have fibro" (answered from the library). English only: in the other
        // languages the model already reads the question as small talk, which is answered in the member's language.
        + @"|^(?:(?:so|ok|and|lol|hey),?\s+)?who\s+(?:made|built|created|programmed|wrote|trained|owns|runs|designed)\s+(?:you|u|this\s+bot|this\s+thing|the\s+bot)\b")]
    private static partial Regex WhoAreYou();
}
