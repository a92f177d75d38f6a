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
        (PastTime().MatchesScreened(folded) && WellNow().Match(folded) is { Success: true } well && !BackAgain().MatchesScreened(folded)
            // "i'm fine now, but …" takes the all-clear back in the same breath.
            && !ButAfterIt().IsMatch(folded, well.Index + well.Length))
        // Round 84: "minha vó tomou o remédio dela duas vezes ontem por engano, foi ao médico e tá tudo bem": a double dose
        // taken by mistake, seen by a doctor and found fine, is over however recent it was.
        // "pra não acontecer de novo" (so it does not happen again) looks ahead, so "again" does not reopen it here.
        || (ByMistake().MatchesScreened(folded) && SeenAndFoundFine().MatchesScreened(folded));

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
        + @"|\b(?:nu|inmiddels)\s+gaat\s+het\s+(?:goed|beter)\b|\bgaat\s+(?:het\s+)?(?:nu|inmiddels)\s+(?:veel\s+|een\s+stuk\s+|stukken\s+)?(?:beter|goed)\b"
        + @"|\b(?:oggi|adesso|ora)\s+sto\s+(?:bene|meglio)\b"
        // Round 85: "much better now, therapy helped loads", "per fortuna è tutto passato".
        + @"|\b(?:much|way|so\s+much|loads|a\s+lot|far|heaps)\s+better\s+now\b|\be\s+tutto\s+passato\b"
        + @"|\b(?:luckily|thankfully|fortunately|por\s+suerte|afortunadamente|zum\s+gluck|gott\s+sei\s+dank|heureusement|felizmente|ainda\s+bem|gelukkig|per\s+fortuna|fortunatamente)\s+(?:\w+\s+){0,2}"
        + @"(?:todo\s+(?:paso|quedo\s+en\s+un\s+susto)|ist\s+(?:alles|es)\s+vorbei|tout\s+(?:ca\s+)?est\s+(?:passe|fini)|(?:ja\s+)?passou|(?:is\s+)?(?:het|alles)\s+voorbij|it'?s\s+(?:all\s+)?(?:over|behind\s+me))\b"
        // Round 84: "il y a deux ans … après avoir pris trop de tramadol, c'était un accident": the past overdose was an accident,
        // and round 85's "back in 2019 i took way too much kratom … or was i just unlucky".
        + @"|\b(?:it\s+was|that\s+was|c'?etait|fue|war|foi|was|era)\s+(?:an?\s+|un\s+|una\s+|um\s+|uma\s+|een\s+|ein\s+)?(?:accident|accidente|unfall|acidente|ongeluk|incidente)\b"
        + @"|\b(?:by\s+accident|accidentally|por\s+accidente|sin\s+querer|aus\s+versehen|versehentlich|par\s+accident|sem\s+querer|per\s+ongeluk|per\s+sbaglio|just\s+unlucky)\b",
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

    [GeneratedRegex(
        @"\b(?:by\s+mistake|by\s+accident|accidentally|por\s+(?:engano|error|equivocacion|accidente)|sin\s+querer|sem\s+querer|aus\s+versehen|versehentlich|par\s+(?:erreur|megarde|accident)"
        + @"|per\s+(?:ongeluk|vergissing|sbaglio|errore))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ByMistake();

    // A doctor, pharmacist, hospital or poison line saw it and found it fine, in the seven languages.
    [GeneratedRegex(
        @"\b(?:doctor|doc|gp|pharmacist|pharmacy|hospital|a&e|poison\s+(?:control|line)|111|medico|medica|farmaceutic\w*|farmacia|arzt|arztin|apotheke\w*|krankenhaus|kh|notaufnahme|medecin|pharmacien\w*|pharmacie|hopital|urgences"
        + @"|huisarts|dokter|apotheker|apotheek|ziekenhuis|farmacista|ospedale|pronto\s+soccorso|guardia\s+medica"
        // Round 86: "… a bula fala em até 4 por dia. tá tudo bem né?": the leaflet's limit, one sentence on. Round 87: "war im
        // KH, alles gut ausgegangen" (KH, the Krankenhaus).
        + @"|leaflet|label|bula|prospecto|notice|beipackzettel|bijsluiter|bugiardino)\b[^?!]{0,80}\b(?:(?:all|is|was|she'?s|he'?s|she\s+is|he\s+is|i'?m|im)\s+(?:\w+\s+)?fine|all\s+good|no\s+harm|(?:ta|esta)\s+tudo\s+bem|tudo\s+bem|todo\s+(?:bien|en\s+orden)|esta\s+bien"
        + @"|alles\s+(?:gut|ok|in\s+ordnung)|nichts\s+passiert|tout\s+va\s+bien|c'?est\s+bon|rien\s+de\s+grave|alles\s+goed|niets\s+aan\s+de\s+hand|tutto\s+(?:bene|a\s+posto|ok)|niente\s+di\s+grave)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SeenAndFoundFine();

    [GeneratedRegex(@"\G[^.?!]{0,40}?\b(?:but|though|tho|pero|aber|mais|maar|ma)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ButAfterIt();
}
