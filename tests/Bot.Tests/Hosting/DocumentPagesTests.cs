using System.Text.Encodings.Web;
using FibroBot.Hosting;

namespace FibroBot.Tests.Hosting;

public class DocumentPagesTests
{
    [Fact]
    public void Chat_markdown_becomes_paragraphs_lists_and_bold_and_nothing_else()
    {
        var html = DocumentPagesExtensions.MarkdownListToHtml("Intro <b>here</b>.\n\n- **call 911** now\n- a * star and **unclosed\nEnd", HtmlEncoder.Default);

        Assert.Equal(
            "<p>Intro &lt;b&gt;here&lt;/b&gt;.</p><ul><li><strong>call 911</strong> now</li><li>a * star and **unclosed</li></ul><p>End</p>",
            html);
    }
}
