using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// The fourteenth session's crisis rules: self-harm in the seven languages (bleeding on purpose, hurting oneself on
/// purpose, a blade in the hand, cuts to the arms or wrists) and medicine put aside for a purpose. Every message is
/// written here for the test; the look-alikes beside them are a pet, a haircut, a kitchen knife and saving money.
/// </summary>
public sealed class SelfHarmAndStockpilingRulesTests
{
    [Theory]
    [InlineData("je me gratte les bras jusqu'au sang quand la douleur monte", CrisisCategory.SelfHarm)]
    [InlineData("i've been scratching at my arms until they bleed when the pain spikes", CrisisCategory.SelfHarm)]
    [InlineData("mi mordo il labbro fino a sanguinare per non pensare al dolore", CrisisCategory.SelfHarm)]
    [InlineData("eu me belisco até sangrar nas crises", CrisisCategory.SelfHarm)]
    [InlineData("I burned my hand on the hob on purpose last night", CrisisCategory.SelfHarm)]
    [InlineData("ik heb me weer expres gebrand met een aansteker", CrisisCategory.SelfHarm)]
    [InlineData("hab mich gestern wieder geritzt", CrisisCategory.SelfHarm)]
    [InlineData("sitting here with a blade in my hand", CrisisCategory.SelfHarm)]
    [InlineData("ayer me corté en el brazo otra vez", CrisisCategory.SelfHarm)]
    [InlineData("je me suis coupée aux poignets hier soir", CrisisCategory.SelfHarm)]
    [InlineData("I've been saving my codeine for when I'm ready", CrisisCategory.Suicide)]
    [InlineData("the tramadol in my drawer is my way out", CrisisCategory.Suicide)]
    [InlineData("je garde mes boîtes de lyrica, un jour il y en aura assez", CrisisCategory.Suicide)]
    [InlineData("la pregabalina la metto da parte, so a cosa serve", CrisisCategory.Suicide)]
    [InlineData("ik spaar mijn oxycodon al maanden op, ik weet precies waarvoor", CrisisCategory.Suicide)]
    public void Self_harm_and_stockpiling_get_crisis_guidance(string message, CrisisCategory category)
    {
        var assessment = CrisisDetector.Classify(message);

        Assert.True(assessment.IsCrisis, message);
        Assert.Equal(category, assessment.Category);
    }

    [Theory]
    [InlineData("ma chienne se lèche les pattes jusqu'au sang, c'est une allergie ?")]
    [InlineData("my dog licks his paws until they bleed, is that an allergy?")]
    [InlineData("me corté el pelo y me siento mejor")]
    [InlineData("je me suis coupée en cuisinant, rien de grave")]
    [InlineData("I'm saving up for a holiday, enough for a week in Spain")]
    [InlineData("I keep my pills in a drawer so the kids can't reach them")]
    [InlineData("exercise was the way I learned to live with the pain")]
    [InlineData("I dropped my phone on purpose to get a new one, lol")]
    public void Look_alikes_are_not_crises(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);
}
