using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

public sealed class CrisisDetectorTests
{
    [Theory]
    [InlineData("honestly I just want to die", CrisisCategory.Suicide)]
    [InlineData("my kids would be better off without me", CrisisCategory.Suicide)]
    [InlineData("I don't want to wake up in the morning ever again", CrisisCategory.Suicide)]
    [InlineData("i've been cutting myself when the flares hit", CrisisCategory.SelfHarm)]
    [InlineData("I overdosed on my pills an hour ago", CrisisCategory.Overdose)]
    [InlineData("my toddler swallowed some of my capsules", CrisisCategory.Overdose)]
    [InlineData("took too much kratom and can't breathe", CrisisCategory.Emergency)]
    [InlineData("chest pain and my lips are blue after microdosing", CrisisCategory.Emergency)]
    [InlineData("Quiero quitarme la vida", CrisisCategory.Suicide)]
    [InlineData("Ich will nicht mehr leben", CrisisCategory.Suicide)]
    [InlineData("Je veux me suicider", CrisisCategory.Suicide)]
    [InlineData("Eu quero morrer", CrisisCategory.Suicide)]
    [InlineData("Ik wil dood", CrisisCategory.Suicide)]
    [InlineData("how much kratom would it take to die", CrisisCategory.Suicide)]
    [InlineData("how many of my gabapentin would kill me", CrisisCategory.Suicide)]
    [InlineData("how much ldn is a lethal dose", CrisisCategory.Suicide)]
    [InlineData("h o w  m u c h  k r a t o m  t o  d i e", CrisisCategory.Suicide)]
    [InlineData("some days I feel like giving up", CrisisCategory.Suicide)]
    [InlineData("why does fibro make me feel like giving up", CrisisCategory.Suicide)]
    [InlineData("feeling like giving up on everything tonight", CrisisCategory.Suicide)]
    [InlineData("i'm giving up on life", CrisisCategory.Suicide)]
    [InlineData("some nights I want to stop existing", CrisisCategory.Suicide)]
    [InlineData("can fibromyalgia make you want to stop living", CrisisCategory.Suicide)]
    public void Crisis_messages_are_recognised(string message, CrisisCategory expected)
    {
        var assessment = CrisisDetector.Classify(message);

        Assert.True(assessment.IsCrisis, message);
        // "took too much … can't breathe" is both an overdose and an emergency; either reply is the crisis reply.
        if (expected == CrisisCategory.Emergency)
        {
            Assert.Contains(assessment.Category, new[] { CrisisCategory.Emergency, CrisisCategory.Overdose });
        }
        else
        {
            Assert.Equal(expected, assessment.Category);
        }
    }

    [Theory]
    [InlineData("this pain is killing me")]
    [InlineData("I'm dying to know if LDN helps fatigue")]
    [InlineData("what is the overdose risk of kratom?")]
    [InlineData("are suicide rates higher in fibromyalgia studies?")]
    [InlineData("does kratom cause seizures?")]
    [InlineData("how many people die from kratom each year?")]
    [InlineData("how long does it take for a flare to die down?")]
    [InlineData("honestly feel like giving up on the physio, nothing changes")]
    [InlineData("I feel like giving up my allotment")]
    [InlineData("feel like giving up sugar would help my fibro?")]
    [InlineData("I'm not giving up, just resting")]
    public void Idioms_and_informational_questions_are_not_crises(string message)
    {
        var assessment = CrisisDetector.Classify(message);

        Assert.False(assessment.IsCrisis, $"{message} -> {assessment.Category}");
        Assert.Equal(CrisisCategory.None, assessment.Category);
    }

    [Fact]
    public void A_hotline_request_gets_crisis_guidance()
    {
        Assert.True(CrisisDetector.Classify("what is the suicide hotline").IsCrisis);
    }

    [Theory]
    [InlineData(CrisisCategory.Suicide, "suicide")]
    [InlineData(CrisisCategory.SelfHarm, "selfHarm")]
    [InlineData(CrisisCategory.Overdose, "overdose")]
    [InlineData(CrisisCategory.Emergency, "emergency")]
    [InlineData(CrisisCategory.None, null)]
    public void Category_names_match_the_contract(CrisisCategory category, string? name)
    {
        Assert.Equal(name, new CrisisAssessment(category != CrisisCategory.None, category).CategoryName);
    }

    [Theory]
    [InlineData("not suicidal or anything, just so fed up with this flare")]
    [InlineData("i'm not suicidal, i promise, i just need to vent")]
    [InlineData("never been suicidal but the fatigue is wearing me down")]
    public void Naming_the_word_to_rule_it_out_leaves_the_decision_to_the_model(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("i feel suicidal tonight")]
    [InlineData("i said i'm not suicidal but honestly i have been suicidal all week")]
    [InlineData("not suicidal yet but i want to die")]
    public void A_denial_does_not_hide_a_real_statement(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);
}
