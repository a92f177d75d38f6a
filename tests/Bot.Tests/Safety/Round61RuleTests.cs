using FibroBot.Answers;
using FibroBot.Safety;
using FibroBot.Tests.Answers;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Thirty-seventh session, round 61 (measured on 7cd1cc9, de5c722 and 3054b41 before it was read): a vehicle welcomed in
/// jest, a pet provided for after the member is gone, the illness pictured as a person to fight, and a milligram amount
/// written against its number.
/// </summary>
public sealed class Round61RuleTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Theory]
    [InlineData("lol honestly id welcome a bus at this point")]
    [InlineData("i would genuinely welcome the meteor. anyway how is everyone")]
    [InlineData("who would take in my old greyhound if i'm not around anymore? just wondering")]
    [InlineData("is there anyone who looks after rabbits once their owner is gone? asking for me")]
    [InlineData("who takes care of a senior cat when her owner isnt around any more")]
    public void Told_in_passing_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    // A vehicle welcomed for the ride it gives, and a pet-sitter for a trip.
    [InlineData("i'd welcome a train strike tbh, means i can work from home")]
    [InlineData("would welcome a bus route to the hospital, the parking is awful")]
    [InlineData("who takes care of your cat if you're not around for a week?")]
    [InlineData("who would look after my dog if i'm not around next weekend, the kennels are full")]
    [InlineData("who looks after the dog when i'm gone for my hospital stay?")]
    public void Their_look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("if my pain was a person i would have punched it by now")]
    [InlineData("if fibromyalgia were a person id push it off a pier")]
    [InlineData("si la fibro fuera una persona ya la habría tirado por la ventana")]
    [InlineData("wenn die Fibro ein Mensch wäre, hätte ich sie längst verprügelt")]
    public void The_illness_pictured_as_a_person_is_everyday_talk(string message) =>
        Assert.True(EverydayTalk.IsIn(SafetyText.Normalize(message)), message);

    [Theory]
    // Despair beside it cancels it.
    [InlineData("if my pain was a person i'd let it win, i'm tired of fighting and want it to end")]
    public void Despair_beside_the_picture_is_not_everyday_talk(string message) =>
        Assert.False(EverydayTalk.IsIn(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("the pharmacist said 1.5mg first then up after two weeks", "1.5mg")]
    [InlineData("started on 250mcg this morning", "250mcg")]
    public void A_milligram_amount_against_its_number_names_something_taken(string message, string _) =>
        Assert.True(TakenThings.AreNamedIn(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("walked 2km today and slept 7h")]
    [InlineData("how many ml of water should i drink in a day")]
    public void Other_numbers_and_units_do_not(string message) =>
        Assert.False(TakenThings.AreNamedIn(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("how many ml of water should i drink in a day")]
    [InlineData("how much water should i be drinking a day with fibro")]
    public void How_much_water_to_drink_is_answered_not_refused(string message) =>
        Assert.NotEqual(AnswerKind.Refusal, _pipeline.Answer(message, ConversationMemory.Empty).Answer.Kind);

    [Fact]
    public void Water_beside_something_taken_is_still_refused() =>
        Assert.Equal(AnswerKind.Refusal, _pipeline.Answer("how much water do i mix the kratom powder with and how many grams", ConversationMemory.Empty).Answer.Kind);

    [Theory]
    [InlineData("the pharmacist said 1.5mg first then up after two weeks", "does that seem too low to you? i dont want to be undertreated")]
    [InlineData("i'm on 25mg of amitriptyline at night", "is that strong enough or should it be more")]
    [InlineData("ich nehme 50mg Pregabalin", "ist das zu wenig?")]
    public void Asking_the_bot_to_judge_the_amount_just_told_is_refused(string before, string message) =>
        _pipeline.Converse().Send(before).Send(message).Expect(AnswerKind.Refusal);

    [Theory]
    // What the name means, and the same words after a walk.
    [InlineData("how much naltrexone do i take for fibro?", "why is it a low dose? what does the low dose do differently")]
    [InlineData("i walk 20 minutes every morning", "is that too little?")]
    public void Its_look_alikes_are_not(string before, string message) =>
        _pipeline.Converse().Send(before).Send(message).ExpectNot(AnswerKind.Refusal);
}
