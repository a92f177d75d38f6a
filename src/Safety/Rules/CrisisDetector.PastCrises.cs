using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// A crisis told as past and over: "hace 6 años intenté quitarme la vida. hoy estoy bien … ¿la naltrexona tiene estudios?",
/// "i used to self harm as a teen, been clean 12 years now. can old scars cause nerve pain?" (round 45). The member asks
/// an ordinary question and says in so many words that they are well now; crisis guidance answers a danger they have
/// just said is gone. Such a message is judged without the sentences that tell the past, so a present danger told
/// beside the story ("… but i've been saving my pills again") is still read by every rule.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>
    /// Whether the folded text tells a crisis that lies months or years back and says the writer is well now, with no
    /// word that it has come back. The past alone is not enough: "tried years ago and it's getting that bad again" is
    /// not over.
    /// </summary>
    public static bool TellsAPastCrisisAsOver(string folded) =>
        PastTime().MatchesScreened(folded) && WellNow().Match(folded) is { Success: true } well && !BackAgain().MatchesScreened(folded)
        // "i'm fine now, but …" takes the all-clear back in the same breath.
        && !ButAfterIt().IsMatch(folded, well.Index + well.Length);

    /// <summary>The folded text without its sentences that are anchored in the past (<see cref="PastTime"/>).</summary>
    private static string WithoutThePast(string folded) =>
        string.Join(' ', SentenceSplitter.Sentences(folded).Where(s => !PastTime().MatchesScreened(s)));

    // Months or years back, in the seven languages: the same anchors as LongAgo, with the writer's youth, a named year
    // and "last month", which a member uses for a stay in hospital that is behind them.
    [GeneratedRegex(
        // Rounds 82-83: "years ago i took too many …", "a few years back i had a really bad night".
        @"\b(?:(?:\d+|a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|eight|ten|several|many)\s+(?:years?|months?)|years|many\s+moons)\s+(?:ago|back)\b|\blast\s+(?:year|month|summer|winter|spring|autumn)\b"
        + @"|\bas\s+a\s+(?:teen|teenager|kid|child|student)\b|\bin\s+my\s+(?:teens|twenties|20s)\b|\bwhen\s+i\s+was\s+(?:younger|a\s+teen\w*|\d+)\b|\bin\s+(?:19|20)\d\d\b"
        + @"|\bhace\s+(?:\w+\s+)?(?:anos|meses)\b|\bel\s+ano\s+pasado\b|\ben\s+(?:19|20)\d\d\b"
        + @"|\bvor\s+(?:\w+\s+)?(?:jahren|monaten)\b|\bletzt(?:es|en)\s+(?:jahr|monat)\b|\bals\s+teenager\b"
        + @"|\bil\s+y\s+a\s+(?:\w+\s+)?(?:ans|mois)\b|\bl'?(?:annee|an)\s+derni(?:ere|er)\b|\ble\s+mois\s+dernier\b"
        + @"|\b(?:ha|faz)\s+(?:\w+\s+)?(?:anos|meses)\b|\b(?:\w+\s+)?anos\s+atras\b|\bano\s+passado\b|\bem\s+(?:19|20)\d\d\b"
        + @"|\b(?:jaar|maanden)\s+geleden\b|\bvorig\s+jaar\b|\bvorige\s+maand\b"
        + @"|\b(?:anni|mesi)\s+fa\b|\b(?:qualche|un)\s+(?:anno|mese)\s+fa\b|\bl'anno\s+scorso\b|\bil\s+mese\s+scorso\b|\bnel\s+(?:19|20)\d\d\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PastTime();

    // The writer says they are well now, safe, or in recovery, in the seven languages.
    [GeneratedRegex(
        @"\b(?:i'?m|im|i\s+am)\s+(?:honestly\s+|really\s+|genuinely\s+|actually\s+|truly\s+)?(?:doing\s+)?(?:safe|fine|ok|okay|good|well|better|much\s+better|doing\s+well|in\s+a\s+(?:much\s+|way\s+|far\s+)?(?:good|better|safer)\s+place|in\s+recovery)\s+now\b"
        + @"|\b(?:today|now|these\s+days)\s+(?:i'?m|im|i\s+am)\s+(?:doing\s+)?(?:safe|fine|ok|okay|good|well|better|much\s+better|in\s+a\s+good\s+place)\b"
        + @"|\b(?:been\s+)?clean\s+(?:for\s+)?\d+\s+(?:years?|yrs?|months?)\b|\b\d+\s+(?:years?|yrs?|months?)\s+clean\b"
        // Round 80: "got help, doing way better now (3 yrs clean!)".
        + @"|\b(?:doing|feeling)\s+(?:(?:way|much|loads|so\s+much|a\s+lot|far)\s+)?better\s+now\b"
        // Round 81: "… c'est derrière moi maintenant": it is behind them now, in the seven languages.
        + @"|\b(?:it'?s|its|that'?s|it\s+is|all)\s+(?:well\s+|long\s+)?behind\s+me(?:\s+now)?\b|\b(?:ya\s+)?(?:quedo|queda)\s+atras\b|\b(?:das|es)\s+liegt\s+(?:\w+\s+)?hinter\s+mir\b"
        + @"|\bc'?est\s+(?:bien\s+)?derriere\s+moi\b|\b(?:ficou|esta|ja\s+esta)\s+para\s+tras\b|\b(?:dat|het)\s+ligt\s+(?:nu\s+)?achter\s+me\b|\be\s+(?:ormai\s+)?alle\s+(?:mie\s+)?spalle\b|\b(?:the\s+)?(?:urges?|thoughts?)\s+(?:are|is|have\s+been)\s+long\s+gone\b|\bnot\s+in\s+(?:any\s+)?danger\b|\bi'?m\s+safe\b"
        // Round 82: "… so ne phase wo ich nicht mehr leben wollte, das ist vorbei, therapie hat geholfen": that phase is over.
        + @"|\b(?:das|diese\s+phase|die\s+zeit)\s+ist\s+(?:(?:lange|langst|zum\s+gluck|jetzt|inzwischen|endgultig|auch)\s+)?vorbei\b|\b(?:dat|die\s+periode)\s+is\s+(?:(?:al\s+lang|gelukkig|nu|inmiddels)\s+)?voorbij\b|\beso\s+ya\s+(?:paso|quedo\s+atras)\b"
        + @"|\bisso\s+(?:ja\s+)?passou\b|\bc'?est\s+du\s+passe\b|\b(?:e|ormai\s+e)\s+acqua\s+passata\b"
        + @"|\b(?:hoy|ahora)\s+(?:ya\s+)?estoy\s+(?:mucho\s+|muchisimo\s+|bastante\s+)?(?:bien|mejor)\b|\bya\s+estoy\s+bien\b"
        + @"|\b(?:jetzt|heute|inzwischen|mittlerweile)\s+geht'?s\s+(?:mir\s+)?(?:(?:zum\s+gluck|deutlich|viel|echt|wirklich)\s+)*(?:besser|gut)\b|\bmir\s+geht'?s\s+(?:heute|jetzt)\s+(?:gut|besser)\b"
        + @"|\b(?:aujourd'hui|maintenant)\s+(?:je\s+vais|ca\s+va)\s+(?:bien|mieux)\b"
        + @"|\b(?:hoje|agora)\s+(?:eu\s+)?(?:to|tou|estou)\s+(?:bem|melhor)\b"
        + @"|\b(?:nu|inmiddels)\s+gaat\s+het\s+(?:goed|beter)\b"
        + @"|\b(?:oggi|adesso|ora)\s+sto\s+(?:bene|meglio)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WellNow();

    // It has come back, or it is happening now: then the story is not over, whatever else the message says.
    [GeneratedRegex(
        @"\b(?:again|lately|recently|these\s+days|tonight|coming\s+back|came\s+back|back\s+now|relaps\w*|still\s+(?:think|want|feel|have)\w*"
        + @"|otra\s+vez|de\s+nuevo|ultimamente|vuelve|volvio|esta\s+noche"
        + @"|wieder|in\s+letzter\s+zeit|heute\s+nacht"
        + @"|a\s+nouveau|de\s+nouveau|ces\s+temps|revient|reviennent|ce\s+soir"
        + @"|de\s+novo|voltou|voltaram|ultimamente|hoje\s+a\s+noite"
        + @"|weer|de\s+laatste\s+tijd|vanavond"
        + @"|di\s+nuovo|ultimamente|tornat\w*|stasera)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BackAgain();

    [GeneratedRegex(@"\G[^.?!]{0,40}?\b(?:but|though|tho|pero|aber|mais|maar|ma)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ButAfterIt();
}
