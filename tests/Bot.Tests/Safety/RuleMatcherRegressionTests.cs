using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Round 25: the generated matcher of one dosing rule threw on "what do most people in this group take for LDN?", and the
/// turn failed with HTTP 500. Every rule reading must read such a message, and this one is a dose ask.
/// </summary>
public sealed class RuleMatcherRegressionTests
{
    [Theory]
    [InlineData("what do most people in this group take for LDN?")]
    [InlineData("what do most people in this group start on with kratom")]
    [InlineData("what did everyone in the group go up to with naltrexone?")]
    public void Asks_about_what_the_group_takes_are_read_without_an_exception_and_refused(string message)
    {
        var normalized = MessageNormalizer.Normalize(message).Text;
        Assert.True(DosingRequestDetector.Classify(normalized).IsDosingRequest, message);
        Assert.False(CrisisDetector.Classify(normalized).IsCrisis, message);
    }
}
