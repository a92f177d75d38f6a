using System.Text;
using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Passages;

/// <summary>
/// Reads the small Markdown subset the vetted summaries use: '#' headings, '**Question?**' lines, paragraphs
/// and list items, with inline emphasis, code ticks and links reduced to their text.
/// </summary>
public static partial class MarkdownBlocks
{
    public static IReadOnlyList<TextBlock> Parse(string markdown)
    {
        var blocks = new List<TextBlock>();
        var paragraph = new StringBuilder();

        void EndParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new TextBlock(BlockKind.Paragraph, paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                EndParagraph();
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                EndParagraph();
                blocks.Add(new TextBlock(BlockKind.Heading, Inline(heading.Groups["text"].Value)));
            }
            else if (BoldLine().Match(line) is { Success: true } bold)
            {
                EndParagraph();
                var text = Inline(bold.Groups["text"].Value);
                blocks.Add(new TextBlock(text.EndsWith('?') ? BlockKind.Question : BlockKind.Heading, text));
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                EndParagraph();
                blocks.Add(new TextBlock(BlockKind.ListItem, Inline(item.Groups["text"].Value)));
            }
            else
            {
                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(Inline(line));
            }
        }

        EndParagraph();
        return blocks;
    }

    /// <summary>Removes inline markup: links keep their text, emphasis and code marks go.</summary>
    public static string Inline(string text)
    {
        var withoutLinks = Link().Replace(text, "${text}");
        return Emphasis().Replace(withoutLinks, string.Empty).Trim();
    }

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\*\*(?<text>[^*]+)\*\*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?:[-*+•]|\d+[.)])\s+(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")]
    private static partial Regex Emphasis();
}
