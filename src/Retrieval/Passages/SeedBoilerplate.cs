using System.Text.RegularExpressions;

namespace FibroBot.Retrieval.Passages;

/// <summary>
/// Removes the web page furniture the seed articles were scraped with, so that it can never be retrieved:
/// page-position markers, "Updated:" stamps, in-page tables of contents, repeated title lines, promotional
/// contact lines, and the footer (from the first "Back to Home", "Click here…", store, community,
/// PDF-archive or bare-link line, image caption or "bottom of page" marker to the end).
/// </summary>
public static partial class SeedBoilerplate
{
    public static string Strip(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\u00A0', ' ').Split('\n').Select(l => l.Trim()).ToList();
        var footer = lines.FindIndex(IsFooterStart);
        if (footer >= 0)
        {
            lines.RemoveRange(footer, lines.Count - footer);
        }

        var seenShortLines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                kept.Add(line);
                continue;
            }

            if (IsPageFurniture(line) || IsPromotionalContact(line) || IsInPageNavigation(line, lines, i))
            {
                continue;
            }

            // Scraped pages repeat their title (header and body); the second copy adds nothing.
            if (WordCount(line) <= 14 && !seenShortLines.Add(line))
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept).Trim();
    }

    private static bool IsFooterStart(string line) => FooterStart().IsMatch(line);

    private static bool IsPageFurniture(string line) => PageFurniture().IsMatch(line) || !line.Any(char.IsLetterOrDigit);

    private static bool IsPromotionalContact(string line) => PromotionalContact().IsMatch(line);

    // A bulleted line that repeats a heading further down is the page's table of contents.
    private static bool IsInPageNavigation(string line, List<string> lines, int index)
    {
        var bullet = Bullet().Match(line);
        if (!bullet.Success)
        {
            return false;
        }

        var target = bullet.Groups["text"].Value;
        return lines.Skip(index + 1).Any(l => string.Equals(l, target, StringComparison.OrdinalIgnoreCase));
    }

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(back to home\b|find other pdf articles|click here\b|bottom of page$|join our\b|for more information\b|<?https?://\S+>?$|\[[^\]]*\]\(#?\)$|\S.{0,80}\.(jpe?g|png|gif|webp)$)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterStart();

    [GeneratedRegex(@"^(top of page|bottom of page|updated:\s.*|comments|share|menu|home)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"\b(contact (me|us)\b|free consultation|www\.\S+|https?://\S+|click here\b|buy (this|now)\b|visit (our|the) \w*\s?store)", RegexOptions.IgnoreCase)]
    private static partial Regex PromotionalContact();

    [GeneratedRegex(@"^[-*•]\s+(?<text>.+)$")]
    private static partial Regex Bullet();
}
