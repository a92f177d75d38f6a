using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

/// <summary>
/// The noisy copies added to the training split: the same every run (a retrain must reproduce the shipped model), each
/// keeping its original's label and language, and never touching the dev split.
/// </summary>
public sealed class TypoAugmentationTests
{
    private static readonly TriageExample[] Train =
    [
        new("How much kratom powder should I take for back pain?", "dosing", "en", "direct_amount"),
        new("Wie lange darf ich die Wärmflasche auf dem Rücken lassen?", "question", "de", "everyday_how_much"),
        new("I keep thinking everyone would be better off without me.", "crisis", "en", "passive_ideation"),
        new("hi", "smalltalk", "en", "greeting"),
    ];

    [Fact]
    public void The_same_seed_gives_the_same_copies()
    {
        var first = TypoAugmentation.WithNoisyCopies(Train, seed: 7);
        var second = TypoAugmentation.WithNoisyCopies(Train, seed: 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Originals_are_kept_first_and_each_copy_keeps_its_originals_label_and_language()
    {
        var augmented = TypoAugmentation.WithNoisyCopies(Train, seed: 7);

        Assert.Equal(Train, augmented.Take(Train.Length));
        var copies = augmented.Skip(Train.Length).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var original = Assert.Single(Train, e => copy.Kind == e.Kind + "+noise");
            Assert.Equal(original.Label, copy.Label);
            Assert.Equal(original.Lang, copy.Lang);
            Assert.NotEqual(original.Text, copy.Text);
        }
    }

    [Fact]
    public void A_message_too_short_to_misspell_gets_no_copy()
    {
        var augmented = TypoAugmentation.WithNoisyCopies([new("ok", "smalltalk", "en", "reaction")], seed: 7);

        Assert.Single(augmented);
    }

    [Fact]
    public void Slips_change_a_few_words_and_leave_the_rest_of_the_message_readable()
    {
        var random = new Random(11);
        const string Text = "could somebody explain what low dose naltrexone actually does for fibromyalgia pain";
        for (var i = 0; i < 50; i++)
        {
            var noisy = TypoAugmentation.Noisy(Text, random);
            var kept = Text.Split(' ').Intersect(noisy.Split(' ')).Count();

            // At most three words slip; the others are the original words.
            Assert.InRange(kept, Text.Split(' ').Length - 3, Text.Split(' ').Length);
        }
    }
}
