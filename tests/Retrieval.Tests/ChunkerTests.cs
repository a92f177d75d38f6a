using FibroBot.Safety;
using FibroBot.Retrieval.Passages;

namespace FibroBot.Tests;

public class ChunkerTests
{
    private static string Sentence(int words, string topic) =>
        string.Join(' ', Enumerable.Range(1, words - 1).Select(i => $"{topic}{i}")) + " end.";

    private static string Paragraph(int sentences, int wordsEach, string topic) =>
        string.Join(' ', Enumerable.Range(1, sentences).Select(i => char.ToUpperInvariant(topic[0]) + Sentence(wordsEach, topic)[1..]));

    [Fact]
    public void Long_text_is_cut_between_sentences_within_the_word_bounds()
    {
        var blocks = new[] { new TextBlock(BlockKind.Paragraph, Paragraph(sentences: 30, wordsEach: 12, "pain")) };

        var passages = new Chunker().Chunk("doc", blocks);

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p => Assert.InRange(Chunker.CountWords(p.Text), 40, 150));
        Assert.All(passages, p => Assert.EndsWith("end.", p.Text, StringComparison.Ordinal));
        Assert.All(passages, p => Assert.Equal(p.Text.Trim(), p.Text));
        Assert.Equal(30 * 12, passages.Sum(p => Chunker.CountWords(p.Text)));
    }

    [Fact]
    public void Passage_ids_are_stable_and_numbered_from_one()
    {
        var blocks = new[] { new TextBlock(BlockKind.Paragraph, Paragraph(20, 12, "sleep")) };

        var first = new Chunker().Chunk("src-a", blocks);
        var second = new Chunker().Chunk("src-a", blocks);

        Assert.Equal(first.Select(p => p.Id), second.Select(p => p.Id));
        Assert.Equal(Enumerable.Range(1, first.Count).Select(i => $"src-a#{i}"), first.Select(p => p.Id));
        Assert.Equal(Enumerable.Range(1, first.Count), first.Select(p => p.Ordinal));
    }

    [Fact]
    public void A_heading_starts_a_passage_and_names_it()
    {
        var blocks = new[]
        {
            new TextBlock(BlockKind.Heading, "Causes"),
            new TextBlock(BlockKind.Paragraph, Paragraph(5, 12, "cause")),
            new TextBlock(BlockKind.Heading, "Treatment"),
            new TextBlock(BlockKind.Paragraph, Paragraph(5, 12, "treat")),
        };

        var passages = new Chunker().Chunk("doc", blocks);

        Assert.Equal(["Causes", "Treatment"], passages.Select(p => p.Heading));
        Assert.DoesNotContain("treat1", passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_faq_question_stays_with_its_answer()
    {
        var blocks = new[]
        {
            new TextBlock(BlockKind.Paragraph, Paragraph(8, 12, "intro")),
            new TextBlock(BlockKind.Question, "Is it safe?"),
            new TextBlock(BlockKind.Paragraph, Paragraph(2, 12, "safe")),
            new TextBlock(BlockKind.Question, "Does it work?"),
            new TextBlock(BlockKind.Paragraph, Paragraph(2, 12, "work")),
        };

        var passages = new Chunker().Chunk("doc", blocks);

        var withSafety = Assert.Single(passages, p => p.Text.Contains("Is it safe?", StringComparison.Ordinal));
        Assert.Contains("Safe1", withSafety.Text, StringComparison.Ordinal);
        var withWork = Assert.Single(passages, p => p.Text.Contains("Does it work?", StringComparison.Ordinal));
        Assert.Contains("Work1", withWork.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(passages, p => p.Text.TrimEnd().EndsWith('?'));
    }

    [Fact]
    public void A_short_section_runs_on_rather_than_standing_alone()
    {
        var blocks = new[]
        {
            new TextBlock(BlockKind.Heading, "Tiny"),
            new TextBlock(BlockKind.Paragraph, "Only a few words here."),
            new TextBlock(BlockKind.Heading, "Next"),
            new TextBlock(BlockKind.Paragraph, Paragraph(4, 12, "next")),
        };

        var passage = Assert.Single(new Chunker().Chunk("doc", blocks));

        Assert.Equal("Tiny", passage.Heading);
        Assert.Contains("Next", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_headings_questions_and_lists_become_blocks_without_markup()
    {
        var blocks = MarkdownBlocks.Parse("""
            ## What it is
            Some **bold** text with a [link](https://example.org) and `code`.

            **Is it safe?**
            Mostly.

            - first item
            - second item
            """);

        Assert.Equal(
            [
                new TextBlock(BlockKind.Heading, "What it is"),
                new TextBlock(BlockKind.Paragraph, "Some bold text with a link and code."),
                new TextBlock(BlockKind.Question, "Is it safe?"),
                new TextBlock(BlockKind.Paragraph, "Mostly."),
                new TextBlock(BlockKind.ListItem, "first item"),
                new TextBlock(BlockKind.ListItem, "second item"),
            ],
            blocks);
    }

    [Fact]
    public void Sentence_splitter_keeps_abbreviations_inside_sentences()
    {
        var sentences = SentenceSplitter.Sentences("Smith et al. found a change, e.g. in sleep. Dr. Jones disagreed! Why? Because 2 trials failed.").ToList();

        Assert.Equal(["Smith et al. found a change, e.g. in sleep.", "Dr. Jones disagreed!", "Why?", "Because 2 trials failed."], sentences);
    }

    [Fact]
    public void Sentence_splitter_ends_a_bare_no_but_keeps_no_before_a_number()
    {
        Assert.Equal(["No.", "Using it for pain is off-label."], SentenceSplitter.Sentences("No. Using it for pain is off-label.").ToList());
        Assert.Equal(["It was trial No. 5 of the series."], SentenceSplitter.Sentences("It was trial No. 5 of the series.").ToList());
    }
}
