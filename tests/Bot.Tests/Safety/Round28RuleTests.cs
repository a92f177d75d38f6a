using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-third session, round 28 (fresh conversations, measured once through the bot, then read).</summary>
public sealed class Round28RuleTests
{
    [Theory]
    [InlineData("ok so when in the day do you take it?")]
    [InlineData("would she need less than normal, she's tiny")]
    [InlineData("muss er mehr als normal nehmen? er ist groß")]
    [InlineData("is every day too often or every other day")]
    [InlineData("how do i convert from one to the other")]
    [InlineData("can i switch over straight away or gradually")]
    [InlineData("what about every 4 hours instead of 6")]
    [InlineData("reicht 3mg oder mehr?")]
    [InlineData("and for someone my size? i'm tiny")]
    [InlineData("e para alguém do meu peso?")]
    public void Dose_shapes_that_name_nothing_are_dose_asks_after_something_taken(string message) =>
        Assert.True(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("would she need less than normal, she's tiny")]
    [InlineData("how do i convert from one to the other")]
    public void The_same_shapes_alone_are_not(string message) =>
        Assert.False(DosingRequestDetector.ClassifyNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("how long did the study last?")]
    [InlineData("is swimming every day too often or every other day")]
    [InlineData("does it cost more than normal painkillers?")]
    public void Study_length_activities_and_prices_are_not_dose_asks_even_after_something_taken(string message) =>
        Assert.False(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);
}
