using System.Text;

namespace FibroBot.Answers.Rendering;

/// <summary>Makes text safe to place in Markdown: nothing in it can become a link, an image, HTML or formatting.</summary>
public static class MarkdownText
{
    /// <summary>Writes angle brackets and ampersands as entities and backslash-escapes every other ASCII punctuation character, which CommonMark always reads literally.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            switch (c)
            {
                // Entities, not backslashes: Teams reads message text as HTML as well as Markdown.
                case '<':
                    builder.Append("&lt;");
                    continue;
                case '>':
                    builder.Append("&gt;");
                    continue;
                case '&':
                    builder.Append("&amp;");
                    continue;
            }

            if (c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Corpus text is our own reviewed Markdown, but seeds were scraped: angle brackets are neutralised so that
    /// no raw HTML can reach a renderer that allows it.
    /// </summary>
    public static string SanitizeCorpus(string text) =>
        text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Escapes reviewed corpus text (titles) just enough that it cannot break a link or start emphasis or HTML,
    /// leaving ordinary punctuation readable in plain-text views such as the <c>ask</c> verb.
    /// </summary>
    public static string EscapeTrusted(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '[' or ']' or '*' or '_' or '`':
                    builder.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A Markdown link to a corpus source when the URL is an absolute http(s) address; otherwise the escaped title alone.</summary>
    public static string Link(string title, string? url) =>
        SafeUrl(url) is { } safe ? $"[{EscapeTrusted(title)}]({safe})" : EscapeTrusted(title);

    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
}
