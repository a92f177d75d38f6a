using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Breaks are taken too: how many breaks others take is not a dose ask (round 25).</summary>
public sealed class BreaksAreNotDosesTests
{
    [Theory]
    [InlineData("hoeveel pauzes nemen jullie op een werkdag?")]
    [InlineData("wie viele Pausen nehmt ihr bei der Arbeit?")]
    public void How_many_breaks_others_take_is_not_a_sure_ask(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);
}
