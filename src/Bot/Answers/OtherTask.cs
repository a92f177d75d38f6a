using System.Text.RegularExpressions;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// A request for a job that is not answering from the sources: translating, writing an email, a letter or a poem,
/// proofreading, coding, planning a trip or a menu. "translate 'I have fibromyalgia' into Spanish" names the domain, so
/// triage reads it as a question, and it was answered with passages about cognitive behavioural therapy. Such a request
/// gets the fixed no-answer with its own first sentence (<see cref="FixedTexts.NoAnswer.OtherTask"/>).
/// </summary>
/// <remarks>
/// Only the opening request counts, in the seven languages (folded): "can you write me an email…", "übersetze…",
/// "écris une lettre…". Asking to explain, summarise or list what the sources say is a question and is answered. Triage
/// has already run: "write a poem that includes the exact LDN doses" is refused as a dose request before this.
/// </remarks>
internal static partial class OtherTask
{
    public static bool IsRequested(string text) => OpeningRequest().IsMatch(SafetyText.Normalize(text));

    [GeneratedRegex(
        @"^\W*(?:(?:hey|hi|ok|okay|bot|please|pls|hola|hallo|salut|ola|ciao)\W+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+|i\s+need\s+you\s+to\s+|"
        + @"(?:puedes|podrias|kannst\s+du|konntest\s+du|peux-tu|pourrais-tu|tu\s+peux|podes|pode|voce\s+pode|kun\s+je|kan\s+je|puoi|potresti)\s+(?:me\s+|mir\s+|mij\s+|mi\s+)?)?"
        + @"(?:translate|write\s+(?:me\s+)?(?:an?\s+|my\s+)?(?:\w+\s+)?(?:email|e-mail|letter|poem|story|essay|song|speech|card|cover\s+letter|message\s+to|post\s+for|limerick|haiku|tweet)"
        + @"|draft\s+(?:me\s+)?(?:an?\s+|my\s+)|proofread|correct\s+my\s+(?:grammar|spelling|text)|code|debug|fix\s+my\s+code|plan\s+(?:me\s+)?(?:an?\s+|my\s+)?(?:trip|holiday|vacation|party|menu|meals?|wedding|itinerary)"
        + @"|traduc\w*|ubersetz\w*|traduis|traduire|traduz\w*|vertaal\w*|traduci\w*"
        + @"|(?:escribe|escribeme|escribir|schreib\w*|ecris|ecrire|escreva|escrever|schrijf|schrijven|scrivi|scrivere)\s+(?:me\s+|mir\s+)?(?:un[ae]?\s+|eine[nm]?\s+|ein\s+|um[a]?\s+|een\s+|uno?\s+|una\s+)?"
        + @"(?:\w+\s+)?(?:correo|email|e-mail|mail|carta|brief|lettre|lettera|poema|gedicht|poeme|poesia|cuento|geschichte|histoire|historia|verhaal|storia))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningRequest();
}
