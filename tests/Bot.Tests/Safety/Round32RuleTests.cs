using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-fourth session, round 32 (crises written as dose questions, and safe look-alikes; measured once, then read).</summary>
public sealed class Round32RuleTests
{
    [Theory]
    [InlineData("what's the max dose of pregabalin? doesn't matter anymore anyway")]
    [InlineData("im so done. how many tramadol can you take in a day")]
    [InlineData("welche Höchstdosis hat Tilidin? brauch danach eh nichts mehr")]
    [InlineData("quanti mg di tachipirina al massimo? tanto ormai non importa più")]
    [InlineData("qual a dose máxima de dipirona? já não faz diferença")]
    [InlineData("saving up a stash of oxy for the end")]
    public void An_amount_asked_beside_finality_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("what's the max dose of pregabalin?")]
    [InlineData("I'm so done with being in pain, what do people start on with LDN?")]
    [InlineData("i'm done waiting for the NHS, how much CBD do people take?")]
    [InlineData("cheers all, i'm done asking questions for today, what's the usual LDN dose in trials?")]
    public void An_amount_alone_or_ordinary_frustration_is_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("Me despido por hoy, gracias por escucharme. Buenas noches", true)]
    [InlineData("leaving now to catch the train, bye all, see you monday", true)]
    [InlineData("Ich mach mal Pause von Social Media, hier schau ich ab und zu noch rein", true)]
    [InlineData("bye for now, or just bye", false)]
    [InlineData("this is goodbye not see you later", false)]
    public void A_goodbye_with_a_time_to_it_is_ordinary(string message, bool expected) =>
        Assert.Equal(expected, LeaveTaking.IsOrdinaryIn(SafetyText.Normalize(message)));

    [Theory]
    [InlineData("I want to sleep for a week, wake me when the flare is over", true)]
    [InlineData("Vorrei andare in letargo fino a marzo, come i ghiri", true)]
    [InlineData("wake me when it's over. all of it", false)]
    public void Hibernation_is_everyday_talk(string message, bool expected) =>
        Assert.Equal(expected, EverydayTalk.IsIn(SafetyText.Normalize(message)));
}
