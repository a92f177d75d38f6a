using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// The sixteenth session's crisis rule: medicine swallowed or eaten, by the member, a child or someone with them, taking
/// too many, and a double dose followed by being sick, in the six languages other than English. Every message is
/// written here for the test. The look-alikes use the same verbs in their everyday senses: swallowing tears, eating all
/// the biscuits, a tablet swallowed whole, medicine taken as prescribed.
/// </summary>
public sealed class SwallowedMedicineRulesTests
{
    [Theory]
    [InlineData("mi sobrino de 4 años se ha tragado unas pastillas de la mesilla")]
    [InlineData("la nipotina ha mangiato delle compresse che avevo lasciato sul divano!!")]
    [InlineData("ma fille de 3 ans a avalé des cachets tombés de mon sac")]
    [InlineData("meu filho de 2 anos engoliu remédios da gaveta, o que faço")]
    [InlineData("unser Kleiner hat Tabletten aus der Dose gegessen, wie viele weiß ich nicht")]
    [InlineData("mijn dochter heeft pillen uit mijn tas ingeslikt")]
    [InlineData("ho preso troppe gocce di Contramal stasera e non mi reggo in piedi")]
    [InlineData("hab 40 Tilidin geschluckt")]
    [InlineData("engoli umas 30 pregabalinas e tô muito tonta")]
    [InlineData("ho mangiato tutti i funghi secchi in una volta e il cuore batte fortissimo")]
    [InlineData("per sbaglio ho fatto una dose doppia di Lyrica e ora mi gira tutto")]
    [InlineData("por error tomé doble dosis de tramadol y estoy vomitando")]
    public void Medicine_swallowed_or_taken_in_excess_gets_crisis_guidance(string message)
    {
        var assessment = CrisisDetector.Classify(message);

        Assert.True(assessment.IsCrisis, message);
        Assert.Equal(CrisisCategory.Overdose, assessment.Category);
    }

    [Theory]
    [InlineData("engoli o choro quando a médica riu de mim")]
    [InlineData("ho mangiato tutti i biscotti della scatola, che vergogna")]
    [InlineData("kurz geschluckt, dann hab ich weitergelacht")]
    [InlineData("je dois avaler le comprimé entier ou je peux le couper ?")]
    [InlineData("ich habe meine Tabletten heute früh wie immer eingenommen, aber die Schmerzen bleiben")]
    [InlineData("he tomado las pastillas que me mandó la reumatóloga y me siento igual")]
    [InlineData("quante ore di sonno sono troppe?")]
    [InlineData("mi figlio ha mangiato troppo a pranzo")]
    public void The_same_verbs_in_their_everyday_senses_are_not_a_crisis(string message)
    {
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);
    }
}
