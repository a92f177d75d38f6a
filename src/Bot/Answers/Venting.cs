using System.Text.RegularExpressions;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// A message that shares how a member feels and asks the bot nothing: "just venting, today was awful", "had a rough
/// flare week, just needed to say it somewhere". Searched as a question, "I'm so tired of explaining fibro to my
/// family. Rant over." was answered with a sentence about who can diagnose fibromyalgia. Such a message gets a short
/// acknowledgement instead (<see cref="FixedTexts.SmallTalk.Venting"/>).
/// </summary>
/// <remarks>
/// It errs towards searching: any question mark, question word or request anywhere keeps the message a question
/// ("so frustrated, does LDN help with fatigue"), and without a word of feeling or venting nothing changes. Triage
/// has already run: a crisis or a dose ask never reaches this.
/// </remarks>
internal static partial class Venting
{
    /// <param name="text">The member's message.</param>
    /// <param name="triageReadAVent">Triage read it as a vent that asks nothing (<see cref="TriageDecision.OnlyVentsAskingNothing"/>).</param>
    public static bool SharesFeelingsOnly(string text, bool triageReadAVent)
    {
        if (text.Contains('?', StringComparison.Ordinal) || text.Contains('¿', StringComparison.Ordinal))
        {
            return false;
        }

        var folded = SafetyText.Normalize(text);

        // Triage's own reading of a vent that asks nothing ("not even asking anything just needed to scream into the void",
        // round 60) sends it to small talk; without this the member got the general small-talk line, not the acknowledgement.
        // The words that say it only vents are left out before looking for a request ("just needed to ask you all …" asks).
        if (triageReadAVent)
        {
            return !AsksOrRequests().IsMatch(EverydayTalk.WithoutSayingItOnlyVents(folded));
        }

        if (SaysItAsksNothing().IsMatch(folded))
        {
            // "no question, just checking in" names the word "question" to rule it out (round 54).
            folded = SaysItAsksNothing().Replace(folded, " ");
            return !AsksOrRequests().IsMatch(folded);
        }

        return folded.Length > 0 && !AsksOrRequests().IsMatch(folded) && SharesFeelings().IsMatch(folded);
    }

    /// <summary>
    /// Saying in so many words that one asks nothing and only shares (round 54: "no question, just checking in", "that's it
    /// that's the update", "i just needed to tell someone"), in the seven languages.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:no\s+question|not\s+(?:a\s+question|asking\s+(?:anything|a\s+question))|just\s+checking\s+in|that'?s\s+it,?\s+that'?s\s+the\s+update|that'?s\s+the\s+update"
        + @"|just\s+(?:needed|wanted)\s+to\s+tell\s+(?:someone|somebody|someone\s+who\s+gets\s+it|you\s+(?:all|guys))|just\s+(?:sharing|wanted\s+to\s+share)|idk\s+why\s+i'?m\s+(?:typing|writing|posting)\s+this(?:\s+here)?"
        + @"|no\s+(?:pregunto|es\s+una\s+pregunta)\s*(?:nada)?|solo\s+(?:queria|quise)\s+(?:compartir(?:lo)?|contar(?:lo)?|decir(?:lo)?)|keine\s+frage|(?:ich\s+)?wollte\s+(?:es\s+)?(?:nur|einfach)\s+(?:mal\s+)?(?:erz(?:ae|a)hlen|teilen|loswerden)"
        + @"|pas\s+(?:de|une)\s+question|je\s+voulais\s+juste\s+(?:partager|le\s+dire|le\s+raconter)|(?:sem|nao\s+e)\s+pergunta|so\s+queria\s+(?:compartilhar|contar|dividir)"
        + @"|geen\s+vraag|(?:ik\s+)?wilde\s+het\s+(?:even\s+)?(?:kwijt|delen|vertellen)|nessuna\s+domanda|(?:non\s+e\s+una\s+domanda)|volevo\s+solo\s+(?:condividere|dirlo|raccontarlo))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SaysItAsksNothing();

    /// <summary>Question words and requests in the seven languages, anywhere in the message (folded: lower case, no accents).</summary>
    [GeneratedRegex(
        @"\b(?:what|whats|how|hows|why|when|where|wheres|which|who|whose|difference|does|do|did|is\s+(?:it|there|this|that)|are\s+(?:there|they)|can(?!'?t\b|not\b)|could|should|would|will|may|might"
        + @"|any|anyone|anybody|tell|explain|show|help|advice|advise|tips?|recommend\w*|suggest\w*|info|information|evidence|research|stud(?:y|ies)|know|learn|wonder\w*|curious|please|pls|plz|question"
        + @"|saber|pregunta|wissen|frage|savoir|sapere|domanda|weten|vraag|pergunta"
        + @"|que|como|cual|cuando|donde|por\s+que|puedo|pueden|hay|ayuda|consejos?"
        + @"|wie|warum|wann|wo|welche\w*|gibt\s+es|kann|hilfe|tipps?"
        + @"|quoi|comment|pourquoi|quand|quel\w*|est-ce|aide|conseils?"
        + @"|o\s+que|porque|qual|quais|quando|onde|pode|ajuda|dicas?"
        + @"|wat|hoe|waarom|wanneer|waar|welke|kan|hulp|tips"
        + @"|cosa|come|perche|quale|quando|dove|posso|puo|aiuto|consigli)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksOrRequests();

    /// <summary>Saying that one is venting, or how one feels or how the days have been, in the seven languages.</summary>
    [GeneratedRegex(
        @"\b(?:vent|venting|rant|ranting|off\s+my\s+chest|(?:needed|had|wanted)\s+to\s+(?:say|tell|share|get)\s+(?:it|this|that)"
        + @"|(?:nobody|no\s+one)\s+(?:understands|gets\s+it|believes\s+me|listens)|(?:so|really|just|completely)\s+(?:tired|sick|fed\s+up|frustrated|exhausted|drained|done|over\s+it)"
        + @"|fed\s+up|frustrated|frustrating|exhausted|drained|(?:awful|rough|bad|terrible|horrible|hard|long|crap|shit)\s+(?:day|days|week|weeks|night|nights|month|flare|morning)"
        + @"|crying|cried|(?:i'?d|i\s+would)\s+cry|in\s+tears|hate\s+(?:this|fibro|fibromyalgia|my\s+body|being)|feel(?:ing)?\s+(?:so\s+)?(?:alone|lonely|invisible|useless|awful|rubbish|terrible|low|down|defeated)|sick\s+of"
        // Eighteenth session: guilt, nerves, worry and sadness, and the worst night or day ("I feel guilty for
        // cancelling on my friends again" got the no-answer, as if it had asked something).
        + @"|(?:feel|feeling|felt|i'?m|i\s+am|so)\s+(?:so\s+|really\s+|very\s+)?(?:guilty|nervous|anxious|scared|worried|sad|upset|heartbroken|gutted|miserable|overwhelmed)"
        + @"|(?:worst|awful|horrible)\s+(?:night|day|week|flare)|everything\s+hurts"
        // Round 67: "ugh. flare day. couldnt open the jam jar. husband laughed. i did not.", "3 hours in the waiting room to be
        // told to 'try some gentle exercise'. love that for me 🙃".
        + @"|ugh+|(?:another\s+|bad\s+|rough\s+)?flare\s+day|love\s+that\s+for\s+me"
        + @"|(?:estoy|me\s+siento)\s+(?:muy\s+|tan\s+)?(?:triste|culpable|nerviosa|nervioso|preocupad[ao])|(?:bin|fuhle\s+mich)\s+(?:so\s+|sehr\s+)?(?:traurig|nervos|schuldig|besorgt)"
        + @"|(?:suis|me\s+sens)\s+(?:si\s+|tres\s+)?(?:triste|coupable|nerveuse|nerveux|inquiete?)|(?:estou|me\s+sinto)\s+(?:tao\s+|muito\s+)?(?:triste|culpada|culpado|nervosa|nervoso|preocupad[ao])"
        + @"|(?:ben|voel\s+me)\s+(?:zo\s+|erg\s+)?(?:verdrietig|schuldig|zenuwachtig|bezorgd)|(?:sono|mi\s+sento)\s+(?:cosi\s+|molto\s+)?(?:triste|in\s+colpa|nervos[ao]|preoccupat[ao])"
        + @"|desahog\w*|harta|harto|agotad[ao]|llorando|auskotzen|luft\s+machen|dampf\s+ablassen|genervt|erschopft|heulen|geweint"
        + @"|(?:semana|dia|noche|noite|semaine|journee|nuit|settimana|giornata|notte)\s+(?:horrible|horrivel|terrible|terrivel|fatal|dura|dificil|difficile|pessima|affreuse|pourrie|orribile|pesante|terribile)"
        + @"|(?:furchtbare[nr]?|schlimme[nr]?|harte[nr]?|miese[nr]?)\s+(?:woche|tag|nacht)|rotdag|rotweek|zware\s+(?:dag|week|nacht)"
        + @"|vid(?:er|e)\s+mon\s+sac|coup\s+de\s+gueule|marre|epuise\w*|pleure\w*|desabaf\w*|esgotad[ao]|chorando|cansad[ao]"
        + @"|mijn\s+ei\s+kwijt|spuien|het\s+zat|uitgeput|gehuild|sfog\w*|stufa|stanc[ao]|esaust[ao]|piangere|pianto)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SharesFeelings();
}
