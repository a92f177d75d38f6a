using FibroBot.Answers;
using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

public sealed class DoseRedactorTests
{
    [Theory]
    [InlineData("Patients took it every three days.")]
    [InlineData("It is taken once daily.")]
    [InlineData("Doses ranged from 1.5 to 4.5 milligrams.")]
    [InlineData("The capsule holds 4.5mg.")]
    [InlineData("A microdose was 0.1 g of dried material.")]
    [InlineData("Each tab contained 10 µg.")]
    [InlineData("Each tab contained 100mcg.")]
    [InlineData("Some take a tenth of a gram.")]
    [InlineData("The routine was 5 days on 2 off.")]
    [InlineData("Doses fell on Monday/Thursday.")]
    [InlineData("Users dosed twice a week.")]
    [InlineData("Take the capsule at bedtime.")]
    [InlineData("They used four point five milligrams.")]
    [InlineData("One day on, two days off is common.")]
    [InlineData("A 15x extract is stronger than leaf.")]
    public void Dose_sentence_becomes_the_marker(string sentence)
    {
        var result = DoseRedactor.Redact(sentence);

        Assert.Equal(FixedTexts.DoseRedactionMarker, result.Text);
        Assert.Equal(1, result.Redactions);
    }

    [Fact]
    public void Only_the_dose_sentence_is_replaced()
    {
        var result = DoseRedactor.Redact("LDN is an old drug. Trials used 4.5 mg nightly. Side effects were mild.");

        Assert.Equal($"LDN is an old drug. {FixedTexts.DoseRedactionMarker} Side effects were mild.", result.Text);
        Assert.Equal(1, result.Redactions);
    }

    [Fact]
    public void Consecutive_dose_sentences_share_one_marker_but_each_is_counted()
    {
        var result = DoseRedactor.Redact("Start with 1.5 mg. Raise to 3 mg after a week. Stop at 4.5 mg. Talk to your doctor.");

        Assert.Equal($"{FixedTexts.DoseRedactionMarker} Talk to your doctor.", result.Text);
        Assert.Equal(3, result.Redactions);
    }

    [Fact]
    public void Separate_dose_sentences_get_separate_markers()
    {
        var result = DoseRedactor.Redact("Take 2 g. It is legal here. Repeat every other day.");

        Assert.Equal($"{FixedTexts.DoseRedactionMarker} It is legal here. {FixedTexts.DoseRedactionMarker}", result.Text);
        Assert.Equal(2, result.Redactions);
    }

    [Fact]
    public void A_mention_split_across_lines_takes_both_lines()
    {
        var result = DoseRedactor.Redact("Typical doses are 1.5 to 4.5\nmilligrams per day.\nAsk a prescriber.");

        Assert.DoesNotContain("milligrams", result.Text, StringComparison.Ordinal);
        Assert.Contains("Ask a prescriber.", result.Text, StringComparison.Ordinal);
        Assert.Equal(2, result.Redactions);
    }

    [Theory]
    [InlineData("A 12-week trial enrolled 31 people in 2017.")]
    [InlineData("About 60% improved in the phase 2 study.")]
    [InlineData("7-OH is a kratom alkaloid.")]
    [InlineData("Psilocybin is a Schedule I substance in the US.")]
    [InlineData("Fatigue limits daily activities.")]
    [InlineData("Microdosing means taking small amounts.")]
    [InlineData("Low dose naltrexone is a prescription medicine.")]
    public void Ordinary_prose_is_left_alone(string prose)
    {
        var result = DoseRedactor.Redact(prose);

        Assert.Equal(prose, result.Text);
        Assert.Equal(0, result.Redactions);
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(prose));
    }

    [Fact]
    public void The_marker_itself_is_not_dose_language()
    {
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(FixedTexts.DoseRedactionMarker));
        Assert.Equal(0, DoseRedactor.Redact(FixedTexts.DoseRedactionMarker).Redactions);
    }

    [Fact]
    public void Every_dose_sentence_in_the_seeds_is_removed()
    {
        var redactions = 0;
        foreach (var file in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt"))
        {
            var result = DoseRedactor.Redact(File.ReadAllText(file));
            Assert.False(DoseLanguage.ContainsDoseOrSchedule(result.Text), file);
            Assert.DoesNotContain("milligrams", result.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("every three days", result.Text, StringComparison.OrdinalIgnoreCase);
            redactions += result.Redactions;
        }

        // The seeds state "1.5 to 4.5 milligrams" twice and "a dose every three days" once.
        Assert.True(redactions >= 3, $"redactions: {redactions}");
    }

    [Fact]
    public void Empty_input_gives_empty_text()
    {
        Assert.Equal(new RedactionResult(string.Empty, 0), DoseRedactor.Redact(string.Empty));
        Assert.Equal(new RedactionResult(string.Empty, 0), DoseRedactor.Redact(null));
    }
}
