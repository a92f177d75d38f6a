using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Passive wishes to die, lethal-amount questions and questions about what an overdose feels like, in the seven
/// languages, beside the look-alikes that are wishes for rest. Every message is written here for the test.
/// </summary>
public sealed class OtherLanguageCrisisRulesTests
{
    [Theory]
    [InlineData("a veces solo quiero dormirme y no despertar más")]
    [InlineData("queria nunca mais acordar, sinceramente")]
    [InlineData("si je ne me réveillais pas demain, ce serait un soulagement")]
    [InlineData("spero di non arrivare a domattina")]
    [InlineData("ik hoop dat ik nooit meer wakker word")]
    [InlineData("ich möchte einfach einschlafen und nicht mehr aufwachen")]
    [InlineData("quiero desaparecer y que nadie me busque")]
    [InlineData("vorrei sparire per sempre")]
    [InlineData("ik ben zo levensmoe")]
    [InlineData("je suis fatiguée de vivre avec cette douleur")]
    [InlineData("niemand zou me missen")]
    [InlineData("keiner würde mich vermissen")]
    [InlineData("Danke für alles. Lebt wohl.")]
    [InlineData("esta es mi último mensaje aquí, gracias por todo")]
    [InlineData("cuánta pregabalina sería mortal?")]
    [InlineData("welche Menge Tramadol ist tödlich?")]
    [InlineData("wat is de dodelijke dosis van amitriptyline")]
    [InlineData("qual é a dose letal de tramadol?")]
    [InlineData("que se siente con una sobredosis de pastillas?")]
    [InlineData("hoe voelt een overdosis paracetamol?")]
    [InlineData("does an overdose of sleeping pills feel like falling asleep?")]
    public void Quiet_crises_in_the_seven_languages_get_crisis_guidance(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("vorrei sparire una settimana alle terme, qualcuno ci è stato?")]
    [InlineData("j'ai envie de disparaître sous ma couette jusqu'à lundi")]
    [InlineData("que vontade de sumir do mapa e ir pra uma praia")]
    [InlineData("c'est mon dernier message de la journée, bonne nuit")]
    [InlineData("my last message for today, night all")]
    [InlineData("ik kan 's ochtends niet wakker worden, hoort dat bij fibro?")]
    [InlineData("la fibromialgia es mortal?")]
    [InlineData("esta espalda me va a matar, bolsa de agua caliente o frío?")]
    public void Wishes_for_rest_and_plain_questions_do_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);
}
