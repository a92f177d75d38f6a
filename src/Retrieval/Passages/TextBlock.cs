namespace FibroBot.Retrieval.Passages;

public enum BlockKind
{
    /// <summary>A section heading: it names the passages that follow.</summary>
    Heading,

    /// <summary>An FAQ question: it must end up in the same passage as its answer.</summary>
    Question,

    Paragraph,
    ListItem,
}

/// <summary>One structural piece of a document, in plain text (no Markdown markup).</summary>
public sealed record TextBlock(BlockKind Kind, string Text);
