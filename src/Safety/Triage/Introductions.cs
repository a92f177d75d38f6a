using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message opens as a newcomer's introduction, in the seven languages: "hi im new here", "Hola a todas!
/// soy Marisol, de Sevilla", "Hoi allemaal, ik ben Ingrid (49) uit Utrecht", "Ciao a tutte, sono Giulia, 44 anni".
/// </summary>
/// <remarks>
/// Round 24 found newcomers who list their diagnosis and medicines read as dose requests (0.95) and, outside English, as
/// crises (8 of 18 such introductions in the six other languages, scored 0.13–0.85): the model has seen medicines named
/// beside strong feeling far more often than beside a hello. An introduction asks for no amount of what it lists.
/// "I'm new to all this" (to a treatment) introduces nobody.
/// </remarks>
public static partial class Introductions
{
    /// <summary>An introduction in words no other message uses: "new here", "my name is", "me llamo", an age after a hello.</summary>
    public static bool AreIn(string folded) => Introduction().MatchesScreened(folded);

    /// <summary>
    /// A hello, then "I am" and a name with its capital: "Hola a todas! soy Marisol, de Sevilla", "Hoi allemaal, ik ben
    /// Ingrid (49)". Read on the text before folding, because "ich bin müde," and "sono stanca," have the same shape in
    /// lower case; a member who writes their name in lower case is not read as introducing themselves.
    /// </summary>
    public static bool OpenWithAName(string text) => GreetingAndName().MatchesScreened(text);

    private const string Greeting =
        @"(?:hi+|hello|hey|hiya|greetings|(?:good\s+)?(?:morning|evening|afternoon)|hola+|buenas(?:\s+(?:noches|tardes))?|buenos\s+d[ií]as|boa\s+(?:noite|tarde)|bom\s+dia|gr(?:u|ü)e?ssech|all[oô]|hallo+|hoi|servus|gr(?:u|ü|ue)ezi|gr(?:u|ü)(?:ss|ß)\s+gott|moin|salut|bonjour|bonsoir|coucou|oi+|ol[aá]|ciao|salve|buongiorno|buonasera|goedemorgen|goedemiddag|goedenavond|dag)";

    private const string IAm = @"(?:moi\s+c'?est|soy|sou|sono|ik\s+ben|ich\s+bin|bin|je\s+suis|i'?m|i\s+am|me\s+llamo|me\s+chamo|mi\s+chiamo|ik\s+heet|ich\s+hei(?:ss|ß)e|je\s+m'?appelle|my\s+name\s+is|mein\s+name\s+ist|mijn\s+naam\s+is|meu\s+nome\s+[eé]|this\s+is)";

    [GeneratedRegex(
        @"\b(?:i'?m|im|i\s+am)\s+(?:new|a\s+newbie)\b(?!\s+(?:to|at|in|with)\s+(?:this|it|all|that|these|kratom|ldn|microdos\w*))|\bnew\s+(?:here|member|to\s+(?:the|this)\s+(?:group|chat))\b|\bjust\s+joined\b"
        + @"|\bmy\s+name\s+is\b|\bnice\s+to\s+meet\s+(?:you|everyone)\b|\bfirst\s+(?:post|time\s+posting)\b"
        + @"|\bsoy\s+nuev[ao]\b(?!\s+en\s+esto)|\bnuev[ao]\s+por\s+aqui\b|\bme\s+llamo\b|\bacabo\s+de\s+(?:unirme|entrar|llegar)\b|\bencantad[ao]\s+de\s+(?:conocer\w*|estar\s+aqui)"
        + @"|\b(?:ich\s+)?bin\s+neu\s+hier\b|\bneu\s+hier\b|\bich\s+heisse\b|\bmein\s+name\s+ist\b"
        + @"|\bje\s+suis\s+nouvelle?\b|\bnouvelle?\s+ici\b|\bje\s+m'?appelle\b|\bravie?\s+de\s+vous\s+rejoindre\b"
        + @"|\bsou\s+nov[ao]\s+(?:aqui|no\s+grupo|por\s+aqui)\b|\bme\s+chamo\b|\bmeu\s+nome\s+e\b|\bprazer\s+em\s+conhece\w*"
        + @"|\bik\s+ben\s+nieuw\b(?!\s*hierin)|\bnieuw\s+hier\b|\bik\s+heet\b|\bmijn\s+naam\s+is\b"
        + @"|\bsono\s+nuov[ao]\b|\bmi\s+chiamo\b|\bpiacere\s+di\s+conoscervi\b|\bappena\s+iscritt[ao]\b"
        // A greeting, then how old or where from: "Bonjour, Marc, 55 ans, Liège", "Hi, Marco from Italy". Not "hi, pharmacist
        // here", which claims an authority to be given doses.
        + @"|^" + Greeting + @"\b[^.?!]{0,40}\b\d{2}\s*(?:ans|anni|anos|años|jahre|jaar|years?\s+old|yo|y/o)\b"
        + @"|^" + Greeting + @"\b[^.?!]{0,25}\b[\w-]+\s+from\s+[\w-]+\b"
        // "Morning all, Gary here, 67, retired electrician" (round 26): a name "here" with an age is an introduction.
        + @"|^" + Greeting + @"\b[^.?!]{0,25}\b[\w-]+\s+here\s*,?\s+\d{2}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    [GeneratedRegex(
        @"^\W*" + Greeting + @"\b[^.?]{0,30}\b" + IAm + @"\s+(?:(?:el|la|o|a|de|der|die)\s+)?(?-i:\p{Lu}\p{Ll}+)\s*(?:,|\(|\d{2}\b|(?:de|da|do|di|uit|aus|us|from|van|von)\s)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GreetingAndName();
}
