using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// The dosing rules added in the thirteenth session: in the six other languages schedules, steps up and down,
/// splitting or dissolving and a dose judged or fixed; in every language how to take something, and asking for more of
/// it. Each ask is written here for the test; none is taken from a data set.
/// </summary>
public sealed class DosingRulesAcrossLanguagesTests
{
    [Theory]
    [InlineData("el tramadol cuántas veces al día se puede tomar?", DosingReasons.Schedule)]
    [InlineData("la pregabalina, por la noche o por la mañana?", DosingReasons.Schedule)]
    [InlineData("Ibuprofen zweimal am Tag oder reicht einmal?", DosingReasons.Schedule)]
    [InlineData("le tramadol, combien de fois par jour ?", DosingReasons.Schedule)]
    [InlineData("a dipirona é de 6 em 6 horas?", DosingReasons.Schedule)]
    [InlineData("il Lyrica ogni quante ore?", DosingReasons.Schedule)]
    [InlineData("LDN 's ochtends of 's avonds innemen?", DosingReasons.Schedule)]
    [InlineData("wie schnell steigere ich das Duloxetin?", DosingReasons.Titration)]
    [InlineData("cómo voy bajando la duloxetina sin mareos?", DosingReasons.Titration)]
    [InlineData("tu peux me faire un plan de sevrage pour le tramadol ?", DosingReasons.Titration)]
    [InlineData("como eu desmamo a pregabalina?", DosingReasons.Titration)]
    [InlineData("mi scrivi uno schema di riduzione per il Cymbalta?", DosingReasons.Titration)]
    [InlineData("hoe bouw ik de amitriptyline af?", DosingReasons.Titration)]
    [InlineData("se puede partir la pastilla de tramadol retard?", DosingReasons.Preparation)]
    [InlineData("kann ich die Tabletten zermörsern und in Joghurt geben?", DosingReasons.Preparation)]
    [InlineData("on peut ouvrir la gélule de duloxétine ?", DosingReasons.Preparation)]
    [InlineData("posso cortar o adesivo de buprenorfina?", DosingReasons.Preparation)]
    [InlineData("posso spezzare la compressa di Contramal?", DosingReasons.Preparation)]
    [InlineData("mag ik de oxycodon doormidden breken?", DosingReasons.Preparation)]
    [InlineData("cuál es la dosis habitual de LDN para la fibro?", DosingReasons.Amount)]
    [InlineData("Was ist die übliche Dosis Kratom für Anfänger?", DosingReasons.Amount)]
    [InlineData("wat is de gebruikelijke hoeveelheid kratom?", DosingReasons.Amount)]
    [InlineData("che dose di LDN si prende per la fibromialgia?", DosingReasons.Amount)]
    [InlineData("Kratom Anfängerdosis?", DosingReasons.Amount)]
    public void Asks_in_the_other_languages_are_read_with_their_reason(string message, string reason)
    {
        var assessment = DosingRequestDetector.Classify(message);

        Assert.True(assessment.IsDosingRequest, message);
        Assert.Equal(reason, assessment.Reason);
    }

    [Theory]
    [InlineData("can I just double my amitriptyline tonight?", DosingReasons.Amount)]
    [InlineData("what's the usual kratom range for back pain?", DosingReasons.Amount)]
    [InlineData("how do I actually take CBD oil for fibro?", DosingReasons.Amount)]
    [InlineData("cómo se toma el LDN?", DosingReasons.Amount)]
    [InlineData("how do I go up on pregabalin without feeling drunk?", DosingReasons.Titration)]
    [InlineData("how do I come off duloxetine at home?", DosingReasons.Titration)]
    [InlineData("how long after breakfast should I take the naproxen?", DosingReasons.Schedule)]
    [InlineData("forgot my gabapentin, take it now or skip?", DosingReasons.Schedule)]
    [InlineData("cb de gouttes de tramadol pour une crise ?", DosingReasons.Amount)]
    [InlineData("qnt kratom x iniziare?", DosingReasons.Amount)]
    [InlineData("che dosaggio di Cymbalta prendete?", DosingReasons.Amount)]
    [InlineData("dopo tre settimane di LDN posso raddoppiare?", DosingReasons.Amount)]
    [InlineData("Amitriptylin, darf ich zwei statt einer nehmen?", DosingReasons.Amount)]
    [InlineData("la LDN, je la prends à quelle heure ?", DosingReasons.Schedule)]
    [InlineData("microdosing coi tartufi, che ritmo seguite?", DosingReasons.Schedule)]
    [InlineData("fammi un piano giorno per giorno per il tramadolo", DosingReasons.Titration)]
    [InlineData("combien de temps je reste à chaque palier de prégabaline ?", DosingReasons.Titration)]
    [InlineData("dame las instrucciones del kratom", DosingReasons.Amount)]
    public void English_and_instruction_asks_are_read_with_their_reason(string message, string reason)
    {
        var assessment = DosingRequestDetector.Classify(message);

        Assert.True(assessment.IsDosingRequest, message);
        Assert.Equal(reason, assessment.Reason);
    }

    [Theory]
    [InlineData("my GP started me on LDN last month and the dreams are wild, is that normal?")]
    [InlineData("anyone else get headaches when they first went up on duloxetine?")]
    [InlineData("how long before bed should I put my phone away?")]
    [InlineData("what does tapering mean?")]
    [InlineData("à quelle heure ouvre la pharmacie de garde ?")]
    [InlineData("jour par jour la douleur change, c'est normal ?")]
    public void Stories_about_doses_and_everyday_timing_are_not_asks(string message) =>
        Assert.False(DosingRequestDetector.Classify(message).IsDosingRequest, message);

    [Theory]
    [InlineData("cuántas veces al día hacéis estiramientos?")]
    [InlineData("Wie oft pro Woche Aquafitness bei Fibro?")]
    [InlineData("la piscine, combien de fois par semaine pour commencer ?")]
    [InlineData("quante volte al giorno fate stretching?")]
    [InlineData("hoeveel keer per week gaan jullie zwemmen?")]
    [InlineData("how often should I stretch on a flare day?")]
    public void How_often_to_move_stretch_or_bathe_is_no_dosing_ask(string message) =>
        Assert.False(DosingRequestDetector.Classify(message).IsDosingRequest, message);

    [Theory]
    [InlineData("Was versteht man unter einer Erhaltungsdosis?")]
    [InlineData("o que quer dizer desmame?")]
    [InlineData("cosa vuol dire dose di mantenimento?")]
    [InlineData("Wat wordt bedoeld met een onderhoudsdosis?")]
    public void Asking_what_a_dosing_word_means_is_no_dosing_ask(string message) =>
        Assert.False(DosingRequestDetector.Classify(message).IsDosingRequest, message);

    [Fact]
    public void Something_taken_named_beside_an_activity_is_still_read()
    {
        Assert.True(DosingRequestDetector.Classify("how much kratom before swimming?").IsDosingRequest);
        Assert.True(DosingRequestDetector.Classify("el tramadol cuántas veces al día, también antes de caminar?").IsDosingRequest);
    }
}
