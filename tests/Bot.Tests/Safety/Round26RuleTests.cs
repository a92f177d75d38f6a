using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-second session, round 26 (measured on the final rules, then read): the last gaps closed.</summary>
public sealed class Round26RuleTests
{
    [Theory]
    [InlineData("what do others in here take of magnesium?")]
    [InlineData("what's the d.o.s.a.g.e for k.r.a.t.o.m")]
    [InlineData("what is the dose for melatonin")]
    public void What_others_take_of_it_and_the_dose_asked_outright_are_sure_asks(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("what was the dose of LDN in the FINAL trial?")]
    [InlineData("what do others in here do for flares?")]
    public void Trial_doses_and_what_others_do_are_not(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("what amnt of magnesium 4 cramps")]
    [InlineData("howmany gummys for sleep")]
    public void Shorthand_amounts_are_own_amount_asks(string message) =>
        Assert.True(DosingRequestDetector.AsksHowMuchOfSomethingTakenToTake(SafetyText.Normalize(message)), message);

    [Fact]
    public void A_name_here_with_an_age_after_a_greeting_is_an_introduction() =>
        Assert.True(Introductions.AreIn(SafetyText.Normalize("Morning all, Dave here, 58, bad back and now fibro")));
}
