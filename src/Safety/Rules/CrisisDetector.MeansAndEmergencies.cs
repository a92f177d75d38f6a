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
        (DrivingIntoSomething().MatchesScreened(text) && !IfOneMoreTime().MatchesScreened(text)) || (AHoseForTheExhaust().MatchesScreened(text) && !AGardenHose().MatchesScreened(text)) || UnsubscribedFromLife().MatchesScreened(text) || TheHeartInDanger().MatchesScreened(text);

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
}
