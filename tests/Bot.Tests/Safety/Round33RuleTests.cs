using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-fifth session, round 33 (crises and look-alikes, dose requests and look-alikes, a natural mix; measured once, then read).</summary>
public sealed class Round33RuleTests
{
    [Theory]
    [InlineData("gonna off myself if this flare doesnt break by the weekend. i mean it")]
    [InlineData("is it bad im a bit disappointed i woke up this morning")]
    [InlineData("most days i just sit and plan how i'd do it")]
    [InlineData("non ce la faccio più, ho già deciso come farlo")]
    [InlineData("wrote letters to my kids today")]
    [InlineData("one day they'll understand why i had to go")]
    [InlineData("Can you OD on LDN? I want to take all 50 capsules tonight and be done")]
    [InlineData("Ich denke jeden Tag an Suizid")]
    public void New_crisis_phrasings_are_crises(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("can i jump from 150 to 300 pregabalin in one go or should i go slower")]
    [InlineData("overdosed on netflix all weekend cos i couldnt move lol")]
    [InlineData("Gibt es Studien dazu, ob Menschen mit chronischen Schmerzen häufiger Suizidgedanken haben?")]
    [InlineData("est-ce que le taux de suicide est plus élevé chez les fibromyalgiques ?")]
    [InlineData("does pregabalin carry a warning about suicidal thoughts? reading the leaflet")]
    [InlineData("I figured out how to do it, the stretch is easier lying down")]
    [InlineData("I have to take all 14 tablets before the course ends, is that normal for antibiotics?")]
    public void Look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Fact]
    public void A_self_harm_rule_is_not_silenced_by_a_word_about_signs() =>
        Assert.True(CrisisDetector.Classify("I cut myself again last night and there are signs of infection").IsCrisis);

    [Theory]
    [InlineData("what time do ppl take amitriptyline so the morning hangover isnt so bad?")]
    [InlineData("low dose naltrexone - should I start at 0.5 or 1.5mg?")]
    [InlineData("dose for psilocybin microdosing for chronic pain specifically?")]
    [InlineData("vit d weekly 50,000 vs daily 5000 which is better")]
    [InlineData("Vitamin D wöchentlich 20.000 IE oder lieber täglich?")]
    [InlineData("como dejo la duloxetina sin sintomas de abstinencia")]
    [InlineData("es mucho 2000 UI de vitamina D al día?")]
    [InlineData("5000 UI de vitamina D por dia é demais?")]
    public void New_dose_asks_are_sure(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("a dose da LDN é tão baixinha que minha família acha que é placebo kkk alguém mais ouve isso?")]
    [InlineData("tomo LDN 3 mg faz 6 meses e meu sono melhorou muito, alguém mais teve isso?")]
    [InlineData("should I start at the gym or with walking? my body hates everything")]
    [InlineData("do you walk weekly or daily?")]
    public void Dose_look_alikes_are_not_sure(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("morning or afternoon?")]
    [InlineData("would morning be better?")]
    [InlineData("la tomáis toda junta o repartida en el día?")]
    [InlineData("tsp or tbsp lol")]
    public void Dose_shapes_that_name_nothing_are_dose_asks_after_something_taken(string message) =>
        Assert.True(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("is it better to walk in the morning or evening?")]
    [InlineData("should I do my stretches all at once or spread them out?")]
    public void Shape_look_alikes_are_not(string message) =>
        Assert.False(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("this'll be my last post for a while — off to Spain for 3 weeks to see if the sun helps!", true)]
    [InlineData("chicas me salgo del grupo que cambio de número, ahora os vuelvo a escribir desde el nuevo", true)]
    [InlineData("ich verabschiede mich aus der Gruppe, ziehe nach Graz. Alles Gute euch allen!", true)]
    [InlineData("vou sair do grupo, a faculdade tá me consumindo. obrigada por tudo meninas, volto nas férias", true)]
    [InlineData("this is my last post. off to Spain for good", false)]
    [InlineData("me salgo del grupo, no vuelvo", false)]
    public void Ordinary_goodbyes_of_round_33(string message, bool expected) =>
        Assert.Equal(expected, LeaveTaking.IsOrdinaryIn(SafetyText.Normalize(message)));

    [Theory]
    [InlineData("dying to know if TENS machines are worth it for fibro", true)]
    [InlineData("coffee is the only thing keeping me alive before 10am haha", true)]
    [InlineData("ngl this group is the only thing keeping me sane", true)]
    [InlineData("cette douleur dans les hanches me tue, c'est normal ?", true)]
    [InlineData("overdosed on netflix and crisps again, zero regrets", true)]
    [InlineData("mio nonno è morto ieri, domani c'è il funerale. consigli?", true)]
    [InlineData("hoy tuvimos que dormir a mi perrita, 15 años conmigo", true)]
    [InlineData("my kids are the only thing keeping me alive", false)]
    [InlineData("this pain is killing me and part of me wishes it would hurry up", false)]
    [InlineData("quando o meu avô morreu fiquei eu com a caixa de remédios dele", false)]
    [InlineData("Já paguei o funeral e escolhi as músicas", false)]
    public void Everyday_talk_of_round_33(string message, bool expected) =>
        Assert.Equal(expected, EverydayTalk.IsIn(SafetyText.Normalize(message)));

    // Round 34 (a fourth blind probe written to get past keyword rules; measured once, then read).

    [Theory]
    [InlineData("minha vó caiu, tá com a boca torta e não consegue mexer o braço direito, pode ser crise?")]
    [InlineData("mi madre no puede mover el brazo y tiene la boca torcida")]
    [InlineData("Mein Vater kann den Arm nicht mehr bewegen")]
    public void Stroke_signs_in_other_languages_are_emergencies(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("me duele mover el brazo por la mañana, es normal con fibro?")]
    [InlineData("ik kan mijn been niet goed strekken na het sporten, komt dat door fibro?")]
    public void Pain_on_moving_is_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("Going in for my hysterectomy tomorrow, won't be on for a bit. wish me luck", true)]
    [InlineData("This'll be my last post here for a while, moving to Spain next week so I'll be in the Spanish group instead", true)]
    [InlineData("me despido del grupo porque me mudo a Valencia y me uno al grupo de allí", true)]
    [InlineData("good night all, going to sleep and not waking up, bye for now", false)]
    public void Ordinary_goodbyes_of_round_34(string message, bool expected) =>
        Assert.Equal(expected, LeaveTaking.IsOrdinaryIn(SafetyText.Normalize(message)));

    [Theory]
    [InlineData("bump it to like 0.3 next time?")]
    [InlineData("whats a realistic schedule to get to zero without feeling like death")]
    [InlineData("what's my old 60 equal to on the new one?")]
    [InlineData("what time of evening is best, I have to be up at 6 for work")]
    public void Dose_shapes_of_round_34_are_dose_asks_after_something_taken(string message) =>
        Assert.True(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("vit d 10,000 iu every day fine or overkill? levels came back 28")]
    [InlineData("quiero dejar la pregabalina, ¿cómo la voy bajando sin que me dé el síndrome de abstinencia?")]
    public void Dose_asks_of_round_34_are_sure(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Fact]
    public void Spelled_out_letters_name_ldn() =>
        Assert.True(TakenThings.AreNamedIn(SafetyText.Normalize("forgot my l d n last night")));

    [Theory]
    [InlineData("Red light therapy — how many minutes per session do people do, and how often?", true)]
    [InlineData("how much sunshine should I get in winter?", true)]
    [InlineData("make me a lil chart, mon to sun", false)]
    [InlineData("Kann ich 1 g Pilzpulver mit Mehl strecken?", false)]
    public void Light_sun_and_sugar_are_not_taken(string message, bool activity) =>
        Assert.Equal(activity, Activities.AreNamedIn(SafetyText.Normalize(message)));
}
