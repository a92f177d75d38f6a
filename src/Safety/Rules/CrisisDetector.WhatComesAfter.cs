using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Rounds 87 and 88 (written for this project, each measured unread before it was read): a danger told through what will
/// happen after the writer is gone, or through a means, beside a practical question the model reads on its own. The life
/// insurance paying out whatever a toxicology screen finds; being done with all of it, and asking "before I go"; the
/// family better off without them; jewellery given away and the pet handed on; a medicine saved up "just in case"; how
/// high a bridge is; "at least not tonight"; no reason found to keep bothering; whether it can kill, from someone who needs
/// it to work today.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>What comes after the writer is gone, said beside an ordinary question, in the shapes above.</summary>
    private static bool ThinksOfWhatComesAfter(string text) =>
        (ALifeInsurancePayout().MatchesScreened(text) && WhatAPostMortemFinds().MatchesScreened(text))
        || (DoneWithAllOfIt().MatchesScreened(text) && AsksBeforeTheyGo().MatchesScreened(text))
        || TheFamilyBetterWithoutThem().MatchesScreened(text) || SomeoneSaidTheyAreBetterOffWithout().MatchesScreened(text)
        || (AKeepsakeGivenAway().MatchesScreened(text) && APetRehomed().MatchesScreened(text))
        || (SavedUpJustInCase().Match(text) is { Success: true } saved && TakenThings.AreNamedIn(saved.Value) && !RunningOut().MatchesScreened(text))
        || LookedUpHowHighItIs().MatchesScreened(text) || (NotTonightAtLeast().MatchesScreened(text) && AJumpOrAMeans().MatchesScreened(text))
        || (WhyStillBothering().MatchesScreened(text) && CannotFindAReason().MatchesScreened(text))
        || (AKillWord().MatchesScreened(text) && NeedsItToWorkToday().MatchesScreened(text));

    // Round 88: "I think my children will be better without mother who is always in bed": the family better off without
    // the writer, said of a parent who is the writer.
    [GeneratedRegex(
        @"\b(?:would|will|'d|are|is)\s+(?:be\s+)?better\s+(?:off\s+)?without\s+(?:a\s+|an\s+|their\s+|the\s+)?(?:mother|mum|mom|mommy|mummy|father|dad|daddy|wife|husband|parent)\s+(?:who|that|like\s+me)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TheFamilyBetterWithoutThem();

    // Round 88: "Heute hat sie gesagt wir wären ohne sie besser dran": someone with the writer said the family would be
    // better off without them, in the seven languages. Said of a third person ("the kids are better off without him") it
    // is not read; only what that person said of themselves.
    [GeneratedRegex(
        @"\b(?:she|he|my\s+(?:husband|wife|partner|son|daughter|mum|mom|dad|friend|sister|brother|boyfriend|girlfriend))\s+(?:said|says|told\s+(?:me|us)|keeps\s+saying|has\s+been\s+saying)\b[^.?!]{0,30}\bbetter\s+off\s+without\s+(?:her|him)\b"
        + @"|\b(?:dijo|dice|me\s+dijo)\b[^.?!]{0,30}\bmejor\s+sin\s+(?:ella|el)\b|\b(?:(?:sie|er)\s+hat\s+(?:\w+\s+)?gesagt|hat\s+(?:sie|er)\s+(?:\w+\s+)?gesagt|(?:sie|er)\s+(?:sagt|meint|meinte))\b[^.?!]{0,40}\bohne\s+(?:sie|ihn)\s+(?:\w+\s+)?besser\s+dran\b"
        + @"|\b(?:elle|il)\s+(?:a\s+dit|dit|m'a\s+dit)\b[^.?!]{0,30}\bmieux\s+sans\s+(?:elle|lui)\b|\b(?:ela|ele)\s+(?:disse|diz|falou)\b[^.?!]{0,30}\bmelhor\s+sem\s+(?:ela|ele)\b"
        + @"|\b(?:ze|zij|hij)\s+(?:zei|zegt)\b[^.?!]{0,30}\bbeter\s+af\s+zonder\s+(?:haar|hem)\b|\b(?:ha\s+detto|dice|mi\s+ha\s+detto)\b[^.?!]{0,30}\bmeglio\s+senza\s+di\s+(?:lei|lui)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneSaidTheyAreBetterOffWithout();

    // Round 88: "Hab meiner Schwester heute meinen Schmuck geschenkt und die Katze ist jetzt bei den Nachbarn": jewellery or
    // a keepsake given away, read beside a pet handed on (APetRehomed), in the seven languages.
    [GeneratedRegex(
        @"\b(?:gave|given|giving|handed)\s+(?:\w+\s+){0,3}(?:my|her|his)\s+(?:\w+\s+)?(?:jewell?e?ry|rings?|necklace|watch|locket|bracelet|guitar|books|things|stuff)\b"
        + @"|\b(?:schmuck|ring|kette|uhr|sachen|bucher)\s+(?:\w+\s+){0,3}(?:geschenkt|verschenkt|weggegeben|gegeben)\b"
        + @"|\b(?:regale|regalado|di|dado)\s+(?:\w+\s+){0,3}(?:mis|sus)\s+(?:joyas|anillos?|cosas|libros)\b|\b(?:donne|offert)\s+(?:\w+\s+){0,3}(?:mes|ses)\s+(?:bijoux|bagues?|affaires|livres)\b"
        + @"|\b(?:dei|dado|doei)\s+(?:\w+\s+){0,3}(?:minhas|meus|suas|seus)\s+(?:joias|aneis|coisas|livros)\b|\b(?:sieraden|ring|spullen|boeken)\s+(?:\w+\s+){0,3}(?:weggegeven|gegeven)\b"
        + @"|\b(?:regalato|dato)\s+(?:\w+\s+){0,3}(?:i\s+miei|le\s+mie|i\s+suoi|le\s+sue)\s+(?:gioielli|anelli|cose|libri)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AKeepsakeGivenAway();

    [GeneratedRegex(
        @"\b(?:the|my)\s+(?:dog|cat|cats|dogs|puppy|kitten|bird|rabbit)\s+(?:is|are)\s+(?:(?:going|moving)\s+to\s+(?:live\s+with|stay\s+with|my\s+\w+|(?:a|her|his|their)\s+new\s+home)|(?:staying|living)\s+with)\b|\brehom\w*\s+(?:my|the)\s+(?:dog|cat|pets?)\b|\bfound\s+a\s+(?:new\s+)?home\s+for\s+(?:my|the)\s+(?:dog|cat|pets?)\b"
        + @"|\b(?:die|meine?)\s+(?:katze|hund|kater|katzen)\s+(?:ist|sind|wohnt|lebt|bleibt)\s+(?:jetzt|ab\s+jetzt|nun|ab\s+heute)\s+bei\b"
        + @"|\b(?:el|la|mi)\s+(?:perr[oa]|gat[oa])\s+(?:se\s+va|se\s+queda|vive\s+ahora)\s+con\b|\b(?:le|la|mon|ma)\s+(?:chien|chienne|chat|chatte)\s+(?:va\s+chez|est\s+(?:maintenant\s+)?chez|vit\s+(?:maintenant\s+)?chez)\b"
        + @"|\b(?:o|a|meu|minha)\s+(?:cachorr[oa]|gat[oa])\s+(?:vai\s+(?:ficar\s+)?com|agora\s+(?:fica|mora)\s+com)\b|\b(?:de|mijn|mn)\s+(?:hond|kat|poes)\s+(?:gaat\s+naar|woont\s+nu\s+bij|is\s+nu\s+bij)\b"
        + @"|\b(?:il|la|mio|mia)\s+(?:cane|gatt[oa])\s+(?:va\s+da|sta\s+(?:ora\s+)?da|ora\s+vive\s+da)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex APetRehomed();

    // Round 88: "llevo meses guardando los tramadoles q me sobran en un bote, por si acaso": a named medicine saved up "just
    // in case", in the seven languages (KeepsPillsJustInCase reads the words for pills; this reads the medicine's name, which
    // must stand between the saving and the "just in case": receipts saved beside a question about LDN are not this).
    [GeneratedRegex(
        @"\b(?:saving|saved|keeping|kept|stashing|hoarding|collecting|squirrell?ing)\s+(?:up\s+)?[^?!]{0,80}\bjust\s+in\s+case\b"
        + @"|\b(?:guardando|juntando|acumulando|guardo|junto)\b[^?!]{0,80}\bpor\s+si\s+(?:acaso|las\s+moscas)\b|\b(?:sammle|bunkere|horte|gesammelt|gebunkert)\b[^?!]{0,80}\b(?:fur\s+alle\s+falle|man\s+weis{1,2}\s+ja\s+nie)\b"
        + @"|\b(?:je\s+garde|j'?ai\s+garde|j'?accumule|je\s+mets\s+de\s+cote)\b[^?!]{0,80}\b(?:au\s+cas\s+ou|on\s+sait\s+jamais)\b|\b(?:guardando|juntando|acumulando|guardei)\b[^?!]{0,80}\b(?:por\s+via\s+das\s+duvidas|vai\s+que|caso\s+precise)\b"
        + @"|\b(?:spaar|bewaar|verzamel)\b[^?!]{0,80}\b(?:voor\s+de\s+zekerheid|je\s+weet\s+maar\s+nooit|voor\s+het\s+geval\s+dat)\b|\b(?:metto\s+da\s+parte|sto\s+mettendo\s+da\s+parte|conservo|accumulo)\b[^?!]{0,80}\b(?:non\s+si\s+sa\s+mai|per\s+sicurezza|nel\s+caso)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SavedUpJustInCase();

    // Round 88: "hab heute schon mal geguckt wie hoch die brücke an der A7 eigentlich ist": looked up how high a bridge or
    // building is, in the seven languages.
    [GeneratedRegex(
        @"\b(?:looked\s+up|checked|googled|looking\s+up|checking|googling)\s+how\s+(?:high|tall)\s+(?:the|that)\s+(?:\w+\s+)?(?:bridge|building|car\s*park|cliff|tower|overpass)\b"
        + @"|\b(?:geguckt|geschaut|nachgeschaut|gegoogelt|nachgesehen)\s+wie\s+hoch\s+(?:die|der|das)\s+(?:\w+\s+)?(?:brucke|hochhaus|turm|parkhaus|klippe|autobahnbrucke)\b"
        + @"|\b(?:mire|busque|mirado|buscado)\s+(?:que\s+tan|lo)\s+alt[oa]\s+(?:que\s+)?(?:es|esta)\s+(?:el|la)\s+(?:puente|edificio|torre)\b|\b(?:regarde|cherche)\s+(?:la\s+hauteur\s+du|a\s+quelle\s+hauteur\s+est\s+le)\s+(?:pont|viaduc|immeuble)\b"
        + @"|\b(?:vi|olhei|pesquisei)\s+(?:a\s+altura\s+d[ao]|qual\s+a\s+altura\s+d[ao])\s+(?:ponte|viaduto|predio)\b|\bopgezocht\s+hoe\s+hoog\s+(?:de|het)\s+(?:brug|flat|gebouw)\b"
        + @"|\b(?:guardato|cercato)\s+quanto\s+(?:e\s+)?alt[oa]\s+(?:e\s+)?(?:il|la)\s+(?:ponte|palazzo|viadotto)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LookedUpHowHighItIs();

    // Round 88: "ahah tranquilli non mi butto dal balcone... almeno non stasera": "at least not tonight", read beside a jump
    // or a means (AJumpOrAMeans), in the seven languages.
    [GeneratedRegex(
        @"\b(?:at\s+least\s+not\s+(?:tonight|today|yet)|not\s+tonight\s+anyway|almeno\s+non\s+(?:stasera|oggi|ancora)|(?:por\s+lo|al)\s+menos\s+no\s+(?:esta\s+noche|hoy|todavia)"
        + @"|zumindest\s+nicht\s+(?:heute(?:\s+nacht)?|jetzt)|(?:du\s+moins|en\s+tout\s+cas|au\s+moins)\s+pas\s+(?:ce\s+soir|aujourd'?hui)|pelo\s+menos\s+nao\s+(?:hoje|esta\s+noite|agora)"
        + @"|(?:in\s+ieder\s+geval|tenminste|voorlopig)\s+niet\s+(?:vanavond|vandaag))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotTonightAtLeast();

    [GeneratedRegex(
        @"\b(?:jump\w*|butto|buttarmi|tiro|tirarme|tirarmi|spring\w*|saute|sauter|pular|pulo|balcon\w*|balkon|bridge|ponte|puente|brucke|pont|brug|roof|tetto|techo|dach|toit|telhado|dak"
        + @"|overdose|pills|pillole|pastillas|tabletten|comprimes|comprimidos|end\s+it|acabar\s+con\s+todo|en\s+finir|farla\s+finita|schluss\s+machen)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AJumpOrAMeans();

    // Round 88: "i forgot why i'm still bothering with any of this. genuinely can't come up with a reason".
    [GeneratedRegex(@"\bwhy\s+(?:i'?m|im|i\s+am)\s+(?:even\s+)?still\s+(?:bothering|here|trying|going|doing\s+(?:this|any\s+of\s+this))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhyStillBothering();

    [GeneratedRegex(@"\b(?:can'?t|cant|cannot|couldn'?t)\s+(?:come\s+up\s+with|think\s+of|find)\s+(?:a|one|any)\s+(?:single\s+|good\s+)?reason\b", RegexOptions.CultureInvariant)]
    private static partial Regex CannotFindAReason();

    // Round 88: "alguém sabe se kratom com álcool pode matar? pergunto pq hoje eu preciso que funcione": whether something
    // can kill, asked by someone who needs it "to work" today, in the seven languages.
    [GeneratedRegex(
        @"\b(?:kill|killing|lethal|fatal|deadly|matar|mata|letal|mortal|toten|todlich|tuer|mortel|doden|dodelijk|uccidere|ucciderti|letale)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AKillWord();

    [GeneratedRegex(
        @"\b(?:i\s+)?need\s+it\s+to\s+work\s+(?:today|tonight|this\s+time)\b|\b(?:preciso|necessito)\s+que\s+(?:isso\s+)?funcione\b|\bnecesito\s+que\s+funcione\b|\b(?:es\s+)?muss\s+(?:heute\s+)?(?:einfach\s+)?funktionieren\b"
        + @"|\bfaut\s+que\s+(?:ca|cela)\s+(?:marche|fonctionne)\b|\bhet\s+moet\s+(?:vandaag\s+|vanavond\s+)?werken\b|\bho\s+bisogno\s+che\s+funzioni\b|\bdeve\s+funzionare\s+(?:oggi|stasera)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NeedsItToWorkToday();

    // Round 87: "does ldn show up on a tox screen? just want to make sure the kids still get the life insurance payout either
    // way". A life policy paying out, in the seven languages; health insurance ("does my insurance cover ldn") is not this.
    [GeneratedRegex(
        @"\b(?:life\s+insurance|life\s+policy|insurance\s+(?:payout|pays?\s+out|money)|payout)\b"
        + @"|\b(?:seguro\s+de\s+vida|lebensversicherung|assurance[\s-]vie|levensverzekering|assicurazione\s+(?:sulla|sulla\s+la)\s+vita|polizza\s+vita)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ALifeInsurancePayout();

    // What a toxicology screen or an autopsy would find, or a death that passes as an accident, "either way".
    [GeneratedRegex(
        @"\b(?:tox(?:icology)?\s+(?:screen|report|test)|autopsy|post[\s-]?mortem|coroner|either\s+way|look\s+like\s+an\s+accident|looks\s+natural)\b"
        + @"|\b(?:autopsia|toxicolog\w*|obduktion|autopsie|lijkschouwing|como\s+un\s+accidente|wie\s+ein\s+unfall|comme\s+un\s+accident|como\s+um\s+acidente|als\s+een\s+ongeluk|come\s+un\s+incidente)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatAPostMortemFinds();

    // Round 87: "im done rating it. done with all of it to be honest. anyway is there any real evidence for LDN, figured i'd
    // ask before i go". Done with everything, read beside "before I go" with nowhere named to go.
    [GeneratedRegex(
        @"\bdone\s+with\s+(?:it\s+all|all\s+of\s+(?:it|this)|everything|all\s+this|life|living)\b"
        + @"|\b(?:harta|hart[oa])\s+de\s+todo\b|\bmit\s+allem\s+fertig\b|\b(?:j'en\s+ai\s+fini|fini)\s+avec\s+tout\b|\bcansad[oa]\s+de\s+tudo\b|\bklaar\s+met\s+alles\b|\bho\s+chiuso\s+con\s+tutto\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DoneWithAllOfIt();

    [GeneratedRegex(
        @"\b(?:ask|asking|asked|say|said|tell|post|posting)\b[^.?!]{0,20}\bbefore\s+i\s+go\s*(?:[.!?,;:]|x+\b|$)"
        + @"|\bantes\s+de\s+(?:irme|partir|ir\s+embora)\s*(?:[.!?,;]|$)|\bbevor\s+ich\s+gehe\s*(?:[.!?,;]|$)|\bavant\s+de\s+partir\s*(?:[.!?,;]|$)|\bvoordat\s+ik\s+ga\s*(?:[.!?,;]|$)|\bprima\s+di\s+andarmene\s*(?:[.!?,;]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksBeforeTheyGo();
}
