using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>An interaction asked with a pronoun for the conversation's subject (FAQ probe 22).</summary>
public sealed class PronounInteractionTests
{
    [Theory]
    [InlineData("can i take it if i'm already on tramadol for my back?")]
    [InlineData("is it ok to use it while on sertraline?")]
    public void Taking_it_while_on_something_named_asks_about_harms(string message) =>
        Assert.True(DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("can i take it if i'm on tramadol, and how many hours apart?")]
    [InlineData("can i take it with food?")]
    public void Spacing_or_a_single_thing_is_not(string message) =>
        Assert.False(DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts(SafetyText.Normalize(message)), message);
}
