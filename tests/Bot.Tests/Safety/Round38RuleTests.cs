using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Twenty-seventh session, round 38 (English conversations, everyday chat in six languages, crises beside look-alikes, short
/// messages; measured once, then read).
/// </summary>
public sealed class Round38RuleTests
{
    [Theory]
    [InlineData("sometimes i think about driving into a tree on the way to work")]
    [InlineData("what's a painless way to go for someone who's already in pain every day")]
    [InlineData("estoy en la azotea del edificio. solo quería escribirle a alguien")]
    [InlineData("tschüss für immer ihr lieben")]
    [InlineData("tonight's the night. love you all x")]
    [InlineData("plan is set for friday. love u all")]
    [InlineData("my toddler had the lid off the gabapentin and some are missing")]
    [InlineData("bought rope today. not for anything crafty.")]
    public void Quiet_crises_of_round_38_are_crises(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("goodbye forever to high heels, hello trainers")]
    [InlineData("i'm on the roof terrace with a coffee, first sun in weeks")]
    [InlineData("tonight's the night, first concert in years!")]
    [InlineData("what's the easiest way to go to the rheumatologist without a referral?")]
    public void Their_look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("Hab meine Kratom-Kapseln nach Gefühl gefüllt, wie messt ihr das ab ohne Feinwaage?")]
    [InlineData("Bin Krankenschwester: wie titriert man LDN hoch?")]
    [InlineData("Wie setz ich Amitriptylin ab?")]
    [InlineData("à quel moment on augmente la LDN?")]
    [InlineData("what's the max tramadol in a day?")]
    [InlineData("can she have another oxycodone now or does she have to wait")]
    public void Dose_asks_of_round_38_are_sure(string message) =>
        Assert.True(DosingRequestDetector.IsSureAsk(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("take an extra one today?")]
    [InlineData("stop straight away or go down slowly?")]
    [InlineData("mornings better?")]
    [InlineData("how big a square should i cut")]
    [InlineData("can he stick a second one on")]
    [InlineData("can i just do the next drop myself")]
    public void Follow_up_shapes_of_round_38_are_dose_asks_after_something_taken(string message) =>
        Assert.True(DosingRequestDetector.ClassifyFollowUpNormalized(message, SafetyText.Normalize(message)).IsDosingRequest, message);

    [Theory]
    [InlineData("nella ricerca olandese sulla cannabis, quanto inalavano i pazienti nello studio?")]
    public void What_an_Italian_study_gave_asks_nothing_to_take(string message) =>
        Assert.True(DosingRequestDetector.AsksAboutHarmsOrBenefitsNotAmounts(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("mindfulness how many min a day")]
    [InlineData("started aqua aerobics, twice a week enough?")]
    public void Mindfulness_and_aerobics_are_activities(string message) =>
        Assert.True(Activities.AreNamedIn(SafetyText.Normalize(message)), message);
}
