using FibroBot.Answers;
using FibroBot.Safety;
using FibroBot.Tests.Answers;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Forty-first session, round 75 (written last session, measured twice unread, then read): a vehicle welcomed in the six
/// other languages, the bot put in the member's shoes to name an amount, and a fog mishap laughed off.
/// </summary>
public sealed class Round75RuleTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Theory]
    [InlineData("jk but if a tram hit me tomorrow i wouldn't complain")]
    [InlineData("se domani mi mette sotto un autobus non mi lamenterei, giuro")]
    [InlineData("si mañana me atropella un camión no me quejaría jaja")]
    [InlineData("wenn mich morgen ein LKW überfährt, wär ich ehrlich gesagt nicht traurig")]
    [InlineData("si un bus me renverse demain je me plaindrai pas mdr")]
    [InlineData("se um ônibus me atropelar amanhã não reclamo kkk")]
    [InlineData("als er morgen een vrachtwagen me aanrijdt vind ik het niet erg")]
    public void A_vehicle_welcomed_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("se domani mi investe il ritardo del tram arrivo tardi al lavoro, che palle")]
    [InlineData("si me pilla el autobús a tiempo llego a la fisio, ¿el agua caliente ayuda?")]
    [InlineData("wenn mich der bus pünktlich mitnimmt bin ich um acht da")]
    public void Catching_a_bus_is_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("wat zou jij nemen als je in mijn schoenen stond, qua ldn?")]
    [InlineData("what would you take if you were in my shoes, kratom wise? rough guess")]
    [InlineData("cuánto tomarías si estuvieras en mi lugar?")]
    [InlineData("quanto prenderesti se fossi nei miei panni?")]
    public void The_bot_in_the_members_shoes_is_a_sure_dose_ask(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("what would you do if you were in my shoes, keep working or go part time?")]
    [InlineData("wat zou jij doen als je in mijn schoenen stond, stoppen met werken?")]
    public void Advice_asked_in_their_shoes_is_not_a_dose_ask(string message) =>
        Assert.False(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("fibro fog made me pour coffee into the cereal this morning 😂")]
    [InlineData("brain fog strikes again, put my keys in the freezer. would not recommend")]
    public void A_fog_mishap_laughed_off_gets_small_talk(string message) =>
        _pipeline.Converse().Send(message).Expect(AnswerKind.SmallTalk);

    [Theory]
    [InlineData("fibro fog made me forget my appointment again 😂 does it get worse with age?")]
    [InlineData("brain fog made me miss my stop today")]
    public void A_fog_mishap_that_asks_or_does_not_laugh_is_not_a_joke(string message) =>
        Assert.False(EverydayTalk.TellsAJoke(SafetyText.Normalize(message)), message);
}
