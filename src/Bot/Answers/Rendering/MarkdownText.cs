using System.Text;

namespace FibroBot.Answers.Rendering;

/// <summary>Makes text safe to place in Markdown: nothing in it can become a link, an image, HTML or formatting.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Makes a person's text inert inside a line of Markdown without burying it in backslashes, which Teams and some
    /// other renderers show literally. Angle brackets and ampersands become entities (Teams reads message text as HTML
    /// too); the characters that start inline markup (emphasis, code, strike-through, links, tables) are
    /// backslash-escaped; and what renderers turn into links by themselves is broken up: the <c>(</c> after a
    /// <c>]</c>, the <c>:</c> of <c>scheme://</c>, every <c>@</c>, and a dot inside a word (<c>evil.example</c>).
    /// Line breaks become spaces, and a first character that could start a block (heading, list, quote) is escaped.
    /// Ordinary punctuation (<c>?</c>, <c>-</c>, <c>,</c>, a sentence's full stop) stays as typed.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' or '\n':
                    builder.Append(' ');
                    continue;
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

            if (NeedsBackslash(text, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsBackslash(string text, int i)
    {
        var c = text[i];
        var previous = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '|' or '@' => true,
            '(' => previous == ']',
            ':' => next == '/',
            '.' => char.IsLetterOrDigit(previous) && char.IsLetter(next),
            '#' or '+' or '-' or '=' or '!' => i == 0,
            _ => false,
        };
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
