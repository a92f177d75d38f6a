using System.Text;
using FibroBot.Safety;

namespace FibroBot.Tests;

public class WellFormedTextTests
{
    [Theory]
    [InlineData("kratom \ud800 risk")]
    [InlineData("\udc00 trailing low")]
    [InlineData("high at end \ud83d")]
    [InlineData("noncharacter \uffff and \ufffe")]
    public void Ill_formed_text_can_be_normalised_afterwards(string text)
    {
        var cleaned = WellFormedText.Of(text);

        Assert.Contains('\ufffd', cleaned);
        Assert.DoesNotContain(cleaned, c => char.IsSurrogate(c) && !char.IsSurrogatePair(cleaned, cleaned.IndexOf(c, StringComparison.Ordinal)));
        _ = cleaned.Normalize(NormalizationForm.FormKC);
        _ = cleaned.Normalize(NormalizationForm.FormKD);
    }

    [Theory]
    [InlineData("plain ascii")]
    [InlineData("emoji 🙂 pairs stay whole")]
    [InlineData("café")]
    public void Well_formed_text_is_returned_unchanged(string text) => Assert.Same(text, WellFormedText.Of(text));
}
