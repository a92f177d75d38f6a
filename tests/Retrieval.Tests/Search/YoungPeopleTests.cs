using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

public sealed class YoungPeopleTests
{
    [Theory]
    [InlineData("can kids get fibromyalgia?")]
    [InlineData("my daughter has widespread pain")]
    [InlineData("is juvenile fibromyalgia different?")]
    [InlineData("my 14 year old is always exhausted")]
    [InlineData("I was diagnosed at 16")]
    [InlineData("pain since I was 12")]
    [InlineData("how does it affect teenagers at school")]
    public void A_question_naming_a_young_person_or_an_age_under_eighteen_mentions_young_people(string question) =>
        Assert.True(YoungPeople.AreMentionedIn(question));

    [Theory]
    [InlineData("why do i wake up so tired every morning?")]
    [InlineData("I was diagnosed at 45")]
    [InlineData("does 12 weeks of exercise help?")]
    [InlineData("at 10 mg is LDN still low dose?")]
    [InlineData("what is fibro fog, my brain feels like mush")]
    [InlineData("is fibro worse for older people?")]
    [InlineData("hey girls, does anyone else wake up stiff?")]
    public void A_question_about_adults_does_not(string question) =>
        Assert.False(YoungPeople.AreMentionedIn(question));
}
