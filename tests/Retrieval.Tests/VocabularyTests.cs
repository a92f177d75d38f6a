using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

public class VocabularyTests
{
    private static readonly Vocabulary Words = new(
    [
        ["naltrexone", "fibromyalgia", "psilocybin", "withdrawal"],
        ["naltrexone", "fibromyalgia", "exercise", "exercises"],
        ["fibromyalgia", "placebo", "muscle", "muscles"],
    ]);

    [Theory]
    [InlineData("naltrexon", "naltrexone")]      // one deletion
    [InlineData("nlatrexone", "naltrexone")]     // one transposition
    [InlineData("fibromyalga", "fibromyalgia")]  // one deletion, long word
    [InlineData("fibromyaliga", "fibromyalgia")] // two edits, allowed from ten letters
    [InlineData("psilocibin", "psilocybin")]     // one substitution
    [InlineData("withdrawl", "withdrawal")]
    public void Misspellings_within_reach_are_corrected(string written, string expected) =>
        Assert.Equal(expected, Words.Correct(written));

    [Theory]
    [InlineData("naltrexone")] // known
    [InlineData("mascla")]     // two edits in a six-letter word: too far
    [InlineData("placbo1")]    // digits are never corrected
    [InlineData("exrcis")]     // nothing within one edit
    [InlineData("tired")]      // too short to correct safely
    public void Known_short_distant_or_numeric_words_are_left_alone(string written) =>
        Assert.Null(Words.Correct(written));

    [Fact]
    public void On_a_tie_the_more_frequent_word_wins() =>
        Assert.Equal("exercise", new Vocabulary([["exercise"], ["exercise"], ["exorcise"]]).Correct("exarcise"));

    [Fact]
    public void Index_tokenizer_gives_the_stems_fts5_indexes()
    {
        var stems = IndexTokenizer.Stems(["microdosing", "microdoses", "magic mushrooms"]);

        Assert.Equal(stems["microdosing"], stems["microdoses"]);
        Assert.Equal(2, stems["magic mushrooms"].Length);
    }
}
