using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Passages;

/// <summary>Turns a source into its passages: vetted Markdown as written, seeds after their web boilerplate is stripped.</summary>
public static class PassageBuilder
{
    private static readonly Chunker DefaultChunker = new();

    public static IReadOnlyList<Passage> Build(SourceDocument source)
    {
        var blocks = source.Kind == SourceKind.Vetted
            ? MarkdownBlocks.Parse(source.Body)
            : SeedBlocks.Parse(SeedBoilerplate.Strip(source.Body));
        return DefaultChunker.Chunk(source.Id, blocks);
    }
}
