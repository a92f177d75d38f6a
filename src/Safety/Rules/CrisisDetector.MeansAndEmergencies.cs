using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// Round 68 (tuning data, written last session, measured twice unread, then read): a hose for a car's exhaust, leaving life
/// as one leaves a mailing list, and the signs of a heart attack. The model read the first as chat and the second as
/// nothing to answer; it caught the third only in the message that named the arm.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>
    /// A car driven into something, a means for fumes made ready, an exit from life told as an unsubscription, or the heart in
    /// danger.
    /// </summary>
    private static bool TellsAMeansOrAnEmergency(string text) =>
        (DrivingIntoSomething().MatchesScreened(text) && !IfOneMoreTime().MatchesScreened(text)) || TakingTheWholeBottle().MatchesScreened(text) || CrossingWithoutLooking().MatchesScreened(text) || (AHoseForTheExhaust().MatchesScreened(text) && !AGardenHose().MatchesScreened(text)) || UnsubscribedFromLife().MatchesScreened(text) || TheHeartInDanger().MatchesScreened(text);

    // "security guard, 4am, sat in the car at the far end of the site. hose pipe's in the boot": a hose beside a car's
    // exhaust, or in the boot of the car the member sits in. A hose named with water, a garden or washing is not matched.
    [GeneratedRegex(
        @"\b(?:hose\s*pipe|hosepipe|hose|tubing)\b[^.?!]{0,60}\bexhaust\b|\bexhaust\b[^.?!]{0,60}\b(?:hose\s*pipe|hosepipe|hose|tubing)\b"
        + @"|\b(?:sat|sitting|parked|sit)\s+(?:here\s+)?in\s+(?:the|my)\s+car\b[^?]{0,120}\b(?:hose\s*pipe|hosepipe|hose)(?:'?s|\s+is)?\s+in\s+the\s+(?:boot|trunk)\b"
        + @"|\b(?:manguera|schlauch|tuyau|mangueira|tubo|slang)\b[^.?!]{0,60}\b(?:tubo\s+de\s+escape|auspuff|pot\s+d'?echappement|escapamento|escape\s+do\s+carro|marmitta|tubo\s+di\s+scarico|uitlaat)\b"
        + @"|\b(?:tubo\s+de\s+escape|auspuff|pot\s+d'?echappement|escapamento|marmitta|tubo\s+di\s+scarico|uitlaat)\b[^.?!]{0,60}\b(?:manguera|schlauch|tuyau|mangueira|tubo|slang)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AHoseForTheExhaust();

    [GeneratedRegex(@"\b(?:garden|watering|water\s+the|allotment|wash(?:ing)?\s+the\s+car|car\s+wash|plants?|lawn|jardin|garten|jardim|tuin|giardino)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AGardenHose();

    // "if i dont show up to the zoom next week its bc i finally unsubscribed from life lol. jk. mostly": leaving life as one
    // leaves a list, in the seven languages. Unsubscribing from a newsletter or a group names it instead.
    [GeneratedRegex(
        @"\b(?:unsubscrib\w*|cancel\w*\s+my\s+subscription|log(?:ging|ged)?\s+(?:out|off))\s+(?:from|of|to)\s+(?:life|living|existence|this\s+world|being\s+alive|humanity|this\s+life)\b"
        + @"|\b(?:darme|dado)\s+de\s+baja\s+de\s+(?:la\s+vida|este\s+mundo|existir)\b|\b(?:vom|von\s+diesem)\s+leben\s+ab(?:melden|gemeldet)\b|\bmich\s+vom\s+leben\s+abmelden\b"
        + @"|\b(?:me\s+)?(?:desabonner|desinscrire|desabonne|desinscrit)\s+de\s+la\s+vie\b|\b(?:me\s+)?(?:desinscrever|descadastrar|desinscrevi|descadastrei)\s+da\s+vida\b|\bcancelar\s+(?:minha|a)\s+assinatura\s+da\s+vida\b"
        + @"|\buit(?:geschreven|schrijven)\s+(?:uit|van)\s+het\s+leven\b|\b(?:disiscrivermi|disiscritt[oa]|cancellarmi)\s+dalla\s+vita\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnsubscribedFromLife();

    // "its like crushing and it goes down my left arm" (after "does anyone else get chest pain with fibro?"): a crushing or
    // pressing pain, or chest pain, running into the left arm or the jaw is a heart attack until a doctor says otherwise.
    // Fibromyalgia's chest-wall pain is asked about often; the arm or the jaw beside it is what makes it an emergency.
    [GeneratedRegex(
        @"\b(?:chest|pecho|brust(?:korb)?|poitrine|peito|borst|petto)\b[^.?!]{0,60}\b(?:left\s+arm|jaw|brazo\s+izquierdo|mandibula|linken?\s+arm|kiefer|bras\s+gauche|machoire|braco\s+esquerdo|maxilar|linkerarm|kaak|braccio\s+sinistro|mascella)\b"
        + @"|\b(?:crushing|squeezing|aplastante|opresivo|zerdr(?:ue|u)ckend|ecrasante?|esmagador[a]?|schiacciante|verpletterend)\b[^.?!]{0,60}\b(?:left\s+arm|brazo\s+izquierdo|linken?\s+arm|bras\s+gauche|braco\s+esquerdo|linkerarm|braccio\s+sinistro)\b"
        + @"|\b(?:left\s+arm|brazo\s+izquierdo|linken?\s+arm|bras\s+gauche|braco\s+esquerdo|linkerarm|braccio\s+sinistro)\b[^.?!]{0,40}\b(?:chest|pecho|brust|poitrine|peito|borst|petto)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TheHeartInDanger();

    // Round 69: "lol if this flare lasts another week im driving into a tree 🙃 jk. mostly". Driving one's car into a tree, a
    // wall or the river, in the seven languages; the exasperation made conditional on one more remark is left to the model,
    // as with walking into the sea.
    [GeneratedRegex(
        @"\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?|swerv(?:e|ing)|plough(?:ing)?|plow(?:ing)?)\s+(?:my\s+car\s+|the\s+car\s+|myself\s+|it\s+)?(?:straight\s+)?(?:into|off)\s+(?:a|the)\s+(?:tree|wall|bridge|river|lake|cliff|lorry|truck|bus|barrier|pillar|canal|sea|quarry|embankment|oncoming\s+traffic)\b"
        + @"|\b(?:me\s+)?(?:estrell\w*|empotr\w*|tir\w*)\s+(?:con\s+el\s+coche\s+)?(?:contra|a)\s+(?:un|el|una|la)\s+(?:arbol|muro|pared|rio|camion)\b"
        + @"|\b(?:gegen\s+(?:einen|den|die|eine)\s+(?:baum|wand|mauer|brucke|bruecke|lkw)\s+(?:fahr\w*|rasen|steuern|lenken))\b"
        + @"|\b(?:fahr\w*|ras\w*|steuer\w*|lenk\w*)\s+(?:ich\s+)?(?:mit\s+dem\s+auto\s+)?gegen\s+(?:einen|den|die|eine)\s+(?:baum|wand|mauer|brucke|bruecke|lkw)\b"
        + @"|\b(?:foncer|fonce|me\s+jeter|me\s+planter|je\s+me\s+plante|je\s+fonce)\s+(?:en\s+voiture\s+)?(?:dans|contre)\s+(?:un|le|une|la)\s+(?:arbre|mur|pont|camion|riviere)\b"
        + @"|\b(?:jogar|enfiar|bater)\s+(?:o\s+carro\s+)?(?:numa|num|na|no|contra\s+(?:uma|um|a|o))\s+(?:arvore|muro|parede|ponte|caminhao|rio)\b"
        + @"|\b(?:tegen\s+(?:een|de)\s+(?:boom|muur|brug|vrachtwagen)\s+(?:aan\s+)?(?:rijden|rij|knallen|knal))\b"
        + @"|\b(?:schiantarmi|schianto|finire)\s+(?:con\s+la\s+macchina\s+)?(?:contro|in)\s+(?:un|il|una|la)\s+(?:albero|muro|ponte|camion|fiume)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DrivingIntoSomething();

    // Round 70: "lol if my pain clinic cancels on me one more time im just gonna take the whole bottle and call it a day 🙃".
    // A whole bottle or box about to be taken is a means named, whatever the condition before it; finishing a course of
    // antibiotics names no intent ("do i have to take the whole bottle?").
    [GeneratedRegex(
        @"\b(?:gonna|going\s+to|i'?ll|i\s+will|i\s+could|wanna|want\s+to|tempted\s+to|thinking\s+(?:of|about))\s+(?:just\s+)?(?:take|taking|swallow\w*|down|neck|empty)\s+(?:the\s+|my\s+|a\s+)?(?:whole|entire|full)\s+(?:bottle|box|pack|packet|strip|jar|tub|lot)\b"
        + @"|\b(?:me\s+(?:tomo|trago|voy\s+a\s+tomar|voy\s+a\s+tragar))\s+(?:el\s+bote|la\s+caja|el\s+frasco|el\s+blister)\s+(?:entero|entera|completo|completa)\b|\b(?:me\s+(?:tomo|trago|voy\s+a\s+tomar))\s+toda\s+la\s+caja\b"
        + @"|\b(?:die\s+ganze\s+(?:packung|schachtel|flasche|dose))\s+(?:nehmen|schlucken|einwerfen|nehm\w*|schluck\w*)\b"
        + @"|\b(?:avaler|prendre|j'avale|je\s+prends)\s+(?:toute\s+la\s+boite|la\s+boite\s+entiere|tout\s+le\s+flacon|toute\s+la\s+plaquette)\b"
        + @"|\b(?:tomar|tomo|engolir|engulo)\s+(?:a\s+caixa\s+(?:toda|inteira)|o\s+frasco\s+(?:todo|inteiro)|a\s+cartela\s+(?:toda|inteira))\b"
        + @"|\b(?:de\s+hele\s+(?:doos|strip|pot|fles))\s+(?:in\s*)?(?:nemen|slikken|neem|slik)\b|\b(?:neem|slik)\s+(?:ik\s+)?de\s+hele\s+(?:doos|strip|pot|fles)\b"
        + @"|\b(?:prendo|prendere|ingoio|ingoiare|mi\s+prendo)\s+(?:tutta\s+la\s+scatola|tutto\s+il\s+flacone|il\s+flacone\s+intero|la\s+scatola\s+intera|tutto\s+il\s+blister)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TakingTheWholeBottle();

    // Round 70: "des fois je me dis que si je traversais sans regarder ce serait pas si grave". Crossing a road without
    // looking, wished or weighed by the member, in the seven languages; a child who crossed without looking is not matched.
    [GeneratedRegex(
        @"\b(?:i\s+(?:could|might|would|will)|i'?ll|i'?d|if\s+i|about|of|just|to)\s+(?:just\s+)?(?:cross(?:ed|ing)?|step(?:ped|ping)?\s+out|walk(?:ed|ing)?\s+out)\s+(?:the\s+road\s+|into\s+the\s+road\s+|in\s+front\s+of\s+\w+\s+)?without\s+looking\b"
        + @"|\bcruz(?:ar|ara|aria|o)\s+(?:la\s+calle\s+)?sin\s+mirar\b|\b(?:(?:ue|u)ber\s+die\s+stra(?:ss|ß)e)\s+(?:geh\w*|lauf\w*)\s+ohne\s+(?:zu\s+)?(?:schauen|gucken)\b|\bohne\s+(?:zu\s+)?(?:schauen|gucken)\s+(?:(?:ue|u)ber\s+die\s+stra(?:ss|ß)e)\b"
        + @"|\btravers(?:er|ais|ait|erais|e)\s+(?:la\s+route\s+|la\s+rue\s+)?sans\s+regarder\b|\batravess(?:ar|asse|aria|o)\s+(?:a\s+rua\s+)?sem\s+olhar\b"
        + @"|\b(?:oversteken|overstak|oversteek)\s+zonder\s+(?:te\s+)?(?:kijken|uitkijken)\b|\bzonder\s+(?:te\s+)?kijken\s+(?:over\s*)?(?:steken|oversteken)\b|\battravers(?:are|assi|erei|o)\s+(?:la\s+strada\s+)?senza\s+guardare\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CrossingWithoutLooking();
}
