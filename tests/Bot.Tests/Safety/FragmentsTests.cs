using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>Which messages are short fragments that continue an earlier one.</summary>
public sealed class FragmentsTests
{
    [Theory]
    [InlineData("and on a bad flare day?")]
    [InlineData("what about for my mum?")]
    [InlineData("ok and what if that doesn't work")]
    [InlineData("y para mi madre?")]
    [InlineData("und wenn das nicht reicht?")]
    [InlineData("et si ça ne marche pas ?")]
    [InlineData("e pro meu filho de 17?")]
    [InlineData("en voor mijn moeder?")]
    [InlineData("e per mia sorella?")]
    public void A_few_words_that_open_with_a_joining_word_continue_an_earlier_message(string message) =>
        Assert.True(Fragments.IsContinuation(SafetyText.Normalize(message)), message);

    [Theory]
    [InlineData("what is fibromyalgia?")]
    [InlineData("andrea said the group helps")]
    [InlineData("ordinary painkillers do nothing for me")]
    [InlineData("entonces qué hago con el dolor?")]
    [InlineData("and then I realised the pain had gone for the first time in years, which felt amazing")]
    [InlineData("")]
    public void Whole_questions_and_words_that_only_start_like_joining_words_do_not(string message) =>
        Assert.False(Fragments.IsContinuation(SafetyText.Normalize(message)), message);
}
