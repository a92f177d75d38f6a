using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Passages;

/// <summary>
/// Recovers structure from a scraped plain-text seed: short unpunctuated lines are headings (or FAQ questions
/// when they ask something), bulleted or numbered lines are list items, and lines broken mid-sentence are joined.
/// </summary>
public static partial class SeedBlocks
{
    private static readonly string[] QuestionWords =
        ["what", "how", "is", "are", "can", "does", "do", "why", "when", "who", "which", "should", "will", "where"];

    public static IReadOnlyList<TextBlock> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var blocks = new List<TextBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var previous = blocks.Count > 0 ? blocks[^1] : null;
            if (previous is { Kind: BlockKind.Paragraph or BlockKind.ListItem } && !EndsSentence(previous.Text) && StartsLowercase(line))
            {
                blocks[^1] = previous with { Text = $"{previous.Text} {line}" };   // a line (or blank) broke the sentence
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                blocks.Add(new TextBlock(BlockKind.ListItem, MarkdownBlocks.Inline(item.Groups["text"].Value)));
            }
            else if ((IsHeadingLike(line) || (blocks.Count == 0 && IsTitleLike(line))) && !StartsLowercase(NextNonBlank(lines, i)))
            {
                blocks.Add(new TextBlock(IsQuestion(line) ? BlockKind.Question : BlockKind.Heading, MarkdownBlocks.Inline(line)));
            }
            else if (previous is { Kind: BlockKind.Paragraph } && !EndsSentence(previous.Text) && !IsHeadingLike(line))
            {
                blocks[^1] = previous with { Text = $"{previous.Text} {MarkdownBlocks.Inline(line)}" };
            }
            else
            {
                blocks.Add(new TextBlock(BlockKind.Paragraph, MarkdownBlocks.Inline(line)));
            }
        }

        return blocks;
    }

    private static bool IsHeadingLike(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14
        && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(';') && !line.EndsWith(':') && !line.EndsWith('!')
        && !StartsLowercase(line);

    // Scraped pages sometimes lower-case their title line; as the first line it is still the title.
    private static bool IsTitleLike(string line) => IsHeadingLike(char.ToUpperInvariant(line[0]) + line[1..]);

    private static bool IsQuestion(string line) =>
        line.EndsWith('?') || QuestionWords.Contains(line.Split(' ')[0], StringComparer.OrdinalIgnoreCase);

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:\"”’)".Contains(text[^1]);

    private static bool StartsLowercase(string? line) => line is { Length: > 0 } && char.IsLower(line[0]);

    private static string? NextNonBlank(List<string> lines, int index) =>
        lines.Skip(index + 1).FirstOrDefault(l => l.Length > 0);

    [GeneratedRegex(@"^(?:[-*+•]|\d+[.)])\s+(?<text>.+)$")]
    private static partial Regex ListItem();
}
