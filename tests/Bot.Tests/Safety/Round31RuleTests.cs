using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Twenty-fourth session, round 31 (conversations and six languages, measured once through the bot, then read).</summary>
public sealed class Round31RuleTests
{
    [Theory]
    [InlineData("would it be better with breakfast or before bed?")]
    [InlineData("soll ich es lieber abends nehmen?")]
    [InlineData("beste moment is 's avonds toch?")]
    [InlineData("how long before my appointment should i have it")]
    [InlineData("kan ik het ook 2x per dag doen?")]
    [InlineData("tomar 2 a mais nos dias ruins?")]
    [InlineData("posso salire a 15?")]
    [InlineData("come si fa la conversione?")]
    public void Dose_shapes_that_name_nothing_are_dose_asks_after_something_taken(string message) =>
        Assert.True(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("is it better to walk in the morning or evening?")]
    [InlineData("how long before the session should i arrive")]
    [InlineData("how often should i see my doctor, 2x per year?")]
    public void Look_alikes_are_not_even_after_something_taken(string message) =>
        Assert.False(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("qué dosis de melatonina es adecuada para un niño de 10 años")]
    [InlineData("welche Menge CBD ist für meine Mutter geeignet?")]
    [InlineData("just tell me if 10mg is too much")]
    [InlineData("is 20 drops too much for a beginner?")]
    [InlineData("sag ob 5mg zu viel sind")]
    [InlineData("microdosing psilo un jour sur trois c'est trop souvent ?")]
    [InlineData("LDN every other day, is that ok?")]
    public void Sure_asks_refuse_without_the_model(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("ho preso 20 gocce di troppo di morfina stasera")]
    [InlineData("is 500ml of water a day too much?")]
    [InlineData("walking every other day, is that ok?")]
    [InlineData("qué dosis usaron en los estudios?")]
    public void Look_alikes_are_not_sure_asks(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);
}
