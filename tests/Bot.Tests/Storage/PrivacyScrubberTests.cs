using FibroBot.Moderation;

namespace FibroBot.Tests.Storage;

public sealed class PrivacyScrubberTests
{
    [Theory]
    [InlineData("write to anna.lee+fibro@mail.example.com please", "write to [email] please")]
    [InlineData("two: a@b.io, c_d@e-f.co.uk.", "two: [email], [email].")]
    [InlineData("ring 0161 496 0000 or (555) 010-4477", "ring [phone] or [phone]")]
    [InlineData("my number is +1-202-555-0143.", "my number is [phone].")]
    [InlineData("text 07700900123", "text [phone]")]
    public void Email_addresses_and_phone_numbers_are_replaced(string text, string expected) =>
        Assert.Equal(expected, PrivacyScrubber.Scrub(text));

    [Theory]
    [InlineData("is 4.5 mg of ldn a lot?")]
    [InlineData("I was diagnosed in 2019 and tried 0.5-4.5 over 12 weeks")]
    [InlineData("between 1.5 and 3 mg, 10 to 20 minutes")]
    [InlineData("I'm tired and I am in pain since 2010")]
    [InlineData("what does NICE NG193 say about fibromyalgia?")]
    public void Doses_years_and_ordinary_sentences_stay_as_they_are(string text) =>
        Assert.Equal(text, PrivacyScrubber.Scrub(text));

    [Theory]
    [InlineData("Hello, my name is Priya and I have fibro", "Hello, my name is [name] and I have fibro")]
    [InlineData("my name's jo, does kratom help?", "my name's [name], does kratom help?")]
    [InlineData("MY NAME IS Mary Jane Watson. Is LDN ok?", "MY NAME IS [name]. Is LDN ok?")]
    [InlineData("call me Ishmael. microdosing?", "call me [name]. microdosing?")]
    [InlineData("I'm Sam, 34, with chronic pain", "I'm [name], 34, with chronic pain")]
    [InlineData("I am Anna Lee and I want to know", "I am [name] and I want to know")]
    [InlineData("I’m Chloé — does it help?", "I’m [name] — does it help?")]
    [InlineData("my name is anna I have fibro", "my name is [name] I have fibro")]
    public void Names_the_person_gave_are_replaced(string text, string expected) =>
        Assert.Equal(expected, PrivacyScrubber.Scrub(text));

    [Fact]
    public void The_display_name_and_each_of_its_parts_are_replaced_in_any_case()
    {
        var scrubbed = PrivacyScrubber.Scrub("Anna-Lena here (anna-lena meyer). MEYER family: ask Lena about it. Annabel stays.", "Anna-Lena Meyer");

        Assert.Equal("[name] here ([name]). [name] family: ask [name] about it. Annabel stays.", scrubbed);
    }

    [Theory]
    [InlineData("Jo", "Jo,Jo and jo", "[name],[name] and [name]")]
    [InlineData("Jo", "JoJo, Jo2 and 2Jo stay", "JoJo, Jo2 and 2Jo stay")]
    [InlineData("Jo", "jo", "[name]")]
    [InlineData("Åsa Öberg", "åsa and ÖBERG", "[name] and [name]")]
    public void A_display_name_is_replaced_only_where_no_letter_or_number_touches_it(string name, string text, string expected) =>
        Assert.Equal(expected, PrivacyScrubber.Scrub(text, name));

    [Fact]
    public void Teams_mentions_are_replaced()
    {
        Assert.Equal("[name] what is LDN?", PrivacyScrubber.Scrub("<at>Fibro Bot</at> what is LDN?"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no personal details here")]
    public void Text_without_personal_details_is_unchanged_even_with_a_blank_display_name(string text) =>
        Assert.Equal(text, PrivacyScrubber.Scrub(text, "  "));

    [Fact]
    public void A_display_name_full_of_regex_characters_is_matched_literally()
    {
        Assert.Equal("hi [name] and a.b", PrivacyScrubber.Scrub("hi (a+b)* and a.b", "(a+b)*"));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PrivacyScrubber.Scrub(null!));
    }

    [Fact]
    public void Very_long_hostile_input_finishes_and_leaves_no_email_behind()
    {
        var text = string.Concat(Enumerable.Repeat("a.", 20_000)) + "@example.com " + new string('1', 30_000) + " x@y.org";

        var scrubbed = PrivacyScrubber.Scrub(text);

        Assert.DoesNotContain("x@y.org", scrubbed, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", scrubbed, StringComparison.Ordinal);
    }
}
