using FibroBot.Retrieval.Search;
using FibroBot.Safety;

namespace FibroBot.TriageLab;

/// <summary>
/// Experiment: the encoder reads a message in one of the six other languages through the glossary's English words, as
/// retrieval already does, so that the English encoder carries some of its meaning into the triage model.
/// </summary>
public sealed class GlossedEmbedder(IQueryEmbedder inner, Glossary glossary, MessageLanguage language) : IQueryEmbedder
{
    public float[][] EmbedQueries(IReadOnlyList<string> texts) => inner.EmbedQueries([.. texts.Select(Read)]);

    public string Read(string text)
    {
        var (english, known) = glossary.Translate(text);
        return known > 0 && language.Detect(text) != "en" ? english : text;
    }
}
