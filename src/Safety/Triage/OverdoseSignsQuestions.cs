using System.Text.RegularExpressions;

namespace FibroBot.Safety;

/// <summary>
/// A question, asked ahead of time, about how to recognise an overdose: "what are the signs of an opioid overdose? my dad
/// is on oxycodone and lives alone", "woran erkennt man eine Überdosis bei Kratom? mein Bruder nimmt das täglich",
/// "quels sont les signes d'une surdose de prégabaline ?". Carers ask it to be prepared. The model's crisis reading of
/// these is weak but above its low crisis bar (0.10 to 0.46 for nine of the twelve in our tuning data), so they got
/// crisis guidance instead of the answer they asked for. The model alone needs a strong reading for them
/// (<see cref="SafetyTriage.OverdoseSignsCrisisBelow"/>); the crisis rules are read first, as always.
/// </summary>
/// <remarks>
/// A message that tells of something taken or happening now ("took", "swallowed", "won't wake", "right now", "tonight",
/// in the seven languages) is not read as asked ahead, and neither is one asked for oneself ("if i took", "for myself").
/// In all our data the one crisis of this shape, "what are the signs of a paracetamol overdose, do you just go to sleep",
/// scores 1.00 and keeps its crisis guidance.
/// </remarks>
public static partial class OverdoseSignsQuestions
{
    public static bool AsksAheadHowToRecogniseOne(string folded) =>
        OverdoseSigns().IsMatch(folded) && !HappeningNowOrToMe().IsMatch(folded);

    [GeneratedRegex(
        @"\b(?:(?:what\s+are|what\s+r|whats|what's)\s+(?:the\s+)?(?:signs?|symptoms?|warning\s+signs?|red\s+flags?)\s+(?:of|that|for|someone|somebody|a\s+person)\b[^?.!]{0,40}\b(?:overdos\w*|od|too\s+much|toxicity|poisoning)"
        + @"|(?:signs?|symptoms?)\s+of\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:overdose|od|toxicity|poisoning)"
        + @"|how\s+(?:do|would|can|could|will)\s+(?:i|you|we|one)\s+(?:know|tell|recogni[sz]e|spot)\s+(?:if|when|that)\b[^?.!]{0,50}\b(?:overdos\w*|too\s+much|od'?d|od'?ing)"
        + @"|what\s+(?:does|do)\s+(?:an?\s+)?(?:\w+\s+)?overdose\s+look\s+like"
        + @"|(?:sintomas|senales|signos)\b[^?.!]{0,40}\b(?:sobredosis|intoxicacion)|como\s+(?:se\s+)?(?:reconoce|sabe)\b[^?]{0,40}\bsobredosis"
        + @"|(?:woran|wie)\s+erkenn\w*\b[^?]{0,40}\b(?:uberdosis|ueberdosis|vergiftung|zu\s+viel)|(?:anzeichen|symptome|zeichen)\s+(?:einer|fur\s+eine|von\s+einer)\s+(?:\w+\s+)?(?:uberdosis|ueberdosis|vergiftung)"
        + @"|(?:signes?|symptomes?)\b[^?.!]{0,40}\b(?:surdose|overdose|intoxication)|comment\s+(?:on\s+)?(?:reconnait|reconnaitre|savoir)\b[^?]{0,40}\b(?:surdose|overdose)"
        + @"|(?:sinais|sintomas)\b[^?.!]{0,40}\b(?:overdose|sobredosagem|intoxicacao)|como\s+(?:eu\s+)?(?:sei|saber|reconhecer|reconheco)\b[^?]{0,40}\b(?:overdose|sobredosagem)"
        + @"|(?:signalen|symptomen|tekenen)\b[^?.!]{0,40}\b(?:overdosis|vergiftiging|te\s+veel)|hoe\s+(?:herken|weet)\s+(?:je|ik)\b[^?]{0,40}\boverdosis"
        + @"|(?:segni|sintomi|segnali)\b[^?.!]{0,40}\b(?:overdose|sovradosaggio|intossicazione)|come\s+(?:si\s+)?(?:riconosce|capisco|capire)\b[^?]{0,40}\b(?:overdose|sovradosaggio))",
        RegexOptions.CultureInvariant)]
    private static partial Regex OverdoseSigns();

    // Something taken or happening now, the question asked about oneself, or what an overdose feels like.
    [GeneratedRegex(
        // "signs someone has taken too much" is asked ahead; "my husband has taken" is not.
        @"(?<!\b(?:someone|somebody|a\s+person|anyone|jemand|iemand|alguien|alguem|quelqu'un|qualcuno|uno|una\s+persona|een\s+persoon)\b[^.?!]{0,40})\b(?:has\s+taken|have\s+taken|genommen|genomen|ha\s+tomado|tomou|a\s+pris|ha\s+preso|heeft\s+genomen)\b"
        + @"|\b(?:right\s+now|just\s+(?:took|had|swallowed)|took|swallowed|won'?t\s+wake|wont\s+wake|can'?t\s+wake|not\s+breathing|unresponsive|tonight|if\s+i\s+(?:took|take|were\s+to)|for\s+myself|on\s+myself"
        + @"|ahora|esta\s+noche|se\s+tomo|me\s+tome|no\s+despierta|no\s+respira|para\s+mi\s+mism[ao]|si\s+me\s+tomo"
        + @"|jetzt|gerade|heute\s+nacht|geschluckt|wacht\s+nicht|atmet\s+nicht|wenn\s+ich\s+(?:alle|zu\s+viel)"
        + @"|maintenant|ce\s+soir|ai\s+pris|avale|se\s+reveille\s+pas|respire\s+(?:plus|pas)|si\s+je\s+prenais"
        + @"|agora|esta\s+noite|tomei|engoliu|nao\s+acorda|nao\s+respira|se\s+eu\s+tomar"
        + @"|nu\b|vannacht|ingeslikt|wordt\s+niet\s+wakker|ademt\s+niet|als\s+ik\s+(?:alles|te\s+veel)"
        + @"|adesso|ora\b|stanotte|ho\s+preso|ingoiato|non\s+si\s+sveglia|non\s+respira|se\s+prendessi"
        // What it feels like, whether it hurts or kills, how long it takes: the crisis rules' ground, never asked ahead here.
        + @"|feel|feels|felt|hurt|hurts|painful|kill|kills|lethal|fatal|die|dying|how\s+long\s+does\s+it\s+take|siente|duele|mata|letal|morir"
        + @"|fuhlt|fuehlt|weh|totet|todlich|sterben|ressent|fait\s+mal|tuer|mortel\w*|mourir|sente|doi|morrer|voel|voelt|pijn|dodelijk|sterven|prova|fa\s+male|uccide|letale|morire)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HappeningNowOrToMe();
}
