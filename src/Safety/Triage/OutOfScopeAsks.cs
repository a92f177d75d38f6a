using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Whether a folded message asks something the bot's library cannot answer however it is searched. First, something to
/// watch, hear, read or play ("recommend me a good true crime podcast for
/// flare days in bed?", round 68). Members ask each other this often; the bot's library holds no such lists, and searched,
/// the words about flare days found a passage that answered nothing that was asked. A recommendation about the illness
/// itself ("any good books about fibro?") is left to the search. Second, taxes ("does anyone know if i can deduct my gym
/// membership on my taxes if a doctor recommended it", round 69): the words about a doctor's advice found an answer about
/// exercise. Third, head lice (round 78), an everyday illness with no link to chronic pain that the model read as a dose
/// ask because a pharmacy shampoo was named. Fourth, help with a VPN or other devices (round 81). Fifth, a train strike or
/// the best soap on television (rounds 82 and 83), which the model read as weak crises.
/// </summary>
public static partial class OutOfScopeAsks
{
    public static bool AreIn(string folded) =>
        (AsksForSomethingToEnjoy().MatchesScreened(folded) && !AboutTheIllness().MatchesScreened(folded)) || AsksAboutTaxes().MatchesScreened(folded)
        || HeadLice().MatchesScreened(folded) || AsksForTechHelp().MatchesScreened(folded) || AsksAboutTransportOrShows().MatchesScreened(folded);

    // Round 83: "sapete se domani c'è sciopero dei treni a milano?"; round 82: "qual a melhor novela passando agora?": a strike,
    // a timetable or a soap on television, in the seven languages.
    [GeneratedRegex(
        @"\b(?:train|rail|tube|bus|transport)\s+(?:strikes?|timetables?|times|delays?)\b|\b(?:strike|strikes)\s+(?:on\s+)?(?:the\s+)?(?:trains?|buses|tube|railways?)\b"
        + @"|\bhuelga\s+de\s+(?:trenes|metro|autobuses|transporte)\b|\b(?:bahnstreik|streik\s+(?:bei\s+der\s+bahn|der\s+bahn)|zugausfall\w*)\b|\bgreve\s+(?:des?\s+|de\s+la\s+|da\s+|dos\s+|do\s+)?(?:trains?|sncf|ratp|metro|comboios|trens|onibus|transportes?)\b"
        + @"|\btreinstaking\b|\bstaking\s+(?:bij\s+de\s+)?(?:ns|trein\w*|bus\w*)\b|\bsciopero\s+(?:dei\s+|del\s+)?(?:treni|mezzi|trasporti|bus|metro)\b"
        + @"|\b(?:melhor|boa)\s+(?:novela|serie)\b|\bnovela\s+(?:das\s+\w+|passando)\b|\b(?:mejor|buena)\s+(?:telenovela|novela)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutTransportOrShows();

    // Round 81: "also random but does anyone know a good vpn? work blocks this site": help with a VPN, a router, a printer or
    // a phone, which the library cannot give, in the seven languages.
    [GeneratedRegex(
        @"\b(?:a\s+good|any\s+good|which|best|recommend\w*|know\s+(?:a|any))\s+(?:free\s+|cheap\s+)?(?:vpn|vpns|router|wifi\s+extender|printer|antivirus|password\s+manager|laptop|phone\s+case)\b"
        + @"|\b(?:una?\s+(?:buen[oa]\s+)?vpn|ein(?:en)?\s+(?:gute[ns]?\s+)?vpn|un\s+(?:bon\s+)?vpn|uma?\s+(?:boa\s+)?vpn|een\s+(?:goede\s+)?vpn|una?\s+(?:buon[oa]\s+)?vpn)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksForTechHelp();

    // Round 78: "como le quito los piojos a mi niña? ya probe el champu de la farmacia y nada" (0.79 as a dose ask): head
    // lice, an everyday illness with no link to chronic pain, in the seven languages.
    [GeneratedRegex(@"\b(?:head\s+lice|lice|nits|piojos|liendres|kopfl(?:ae|a)use|l(?:ae|a)use|nissen|poux|lentes|piolhos|lendeas|luizen|neten|pidocchi|lendini)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadLice();

    [GeneratedRegex(
        @"\b(?:deduct\w*|tax\s+(?:return|deductible|deduction|relief|credit|refund)|on\s+my\s+taxes|write\s+(?:it\s+)?off\s+(?:on|against)\s+(?:my\s+)?tax\w*"
        + @"|deducir|desgravar|declaracion\s+de\s+la\s+renta|von\s+der\s+steuer\s+absetzen|steuerlich\s+absetz\w*|steuererkl(?:ae|a)rung|deductible\s+des\s+impots|deduire\s+des\s+impots"
        + @"|declaration\s+d'?impots|deduzir\s+no\s+imposto|imposto\s+de\s+renda|aftrekbaar|belastingaangifte|aftrekken\s+van\s+de\s+belasting|detrarre|detrazione|dichiarazione\s+dei\s+redditi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksAboutTaxes();

    [GeneratedRegex(
        @"\b(?:recommend\w*|recs?|suggest\w*|any\s+good|anyone\s+(?:watching|reading|listening\s+to|playing)|what\s+are\s+(?:you|u|y'?all|you\s+all)\s+(?:watching|reading|listening\s+to|playing))\b[^.?!]{0,40}\b"
        + @"(?:podcasts?|tv\s+shows?|shows?\s+to\s+(?:watch|binge)|(?:tv\s+|netflix\s+)?series\b(?!\s+of)|box\s*sets?|netflix|films?|movies?|audiobooks?|novels?|books?\s+to\s+read|(?:video\s+|board\s+|phone\s+)?games?|playlists?|songs?|albums?|music\b(?!\s+therapy)|true\s+crime|k-?dramas?|anime|sitcoms?)"
        + @"|\b(?:podcasts?|peliculas?|serien|filme?|h(?:oe|o)rb(?:ue|u)ch\w*|romane?|films?|livres?|seriados?|livros?|boeken|libri|romanzi)\b[^.?!]{0,40}\b(?:recomienda\w*|recomendaci\w*|empfehl\w*|empfiehl\w*|conseill\w*|recommand\w*|recomend\w*|aanrader\w*|aanbevel\w*|consigli\w*)\b"
        + @"|\b(?:recomienda\w*|recomendaci\w*|empfehl\w*|empfiehl\w*|conseill\w*|recommand\w*|recomend\w*|aanrader\w*|aanbevel\w*|consigli\w*)\b[^.?!]{0,40}\b(?:podcasts?|peliculas?|serien|filme?|h(?:oe|o)rb(?:ue|u)ch\w*|romane?|films?|livres?|seriados?|livros?|boeken|libri|romanzi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksForSomethingToEnjoy();

    [GeneratedRegex(
        @"\b(?:about|on|for\s+understanding|explain\w*|sobre|uber|ueber|sur|over|su)\s+(?:\w+\s+){0,2}(?:fibro\w*|chronic\s+pain|pain|pacing|ldn|naltrexone|kratom|microdos\w*|psilocybin|psychedelics?|dolor|schmerz\w*|douleur|dor|pijn|dolore|illness|condition|diagnosis)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheIllness();
}
