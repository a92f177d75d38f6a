using System.Text;
using FibroBot.Retrieval.Corpus;
using FibroBot.Safety;

namespace FibroBot.Retrieval.Passages;

/// <summary>
/// Groups a document's blocks into passages a reader can take alone: about <see cref="MinWords"/> to
/// <see cref="MaxWords"/> words, cut only between sentences, preferring paragraph ends once a passage has
/// <see cref="PreferredWords"/> words. A heading starts a new passage and names it; an FAQ question is
/// always followed by (at least the start of) its answer in the same passage.
/// </summary>
public sealed class Chunker(int minWords = 40, int maxWords = 150, int preferredWords = 100)
{
    public int MinWords { get; } = minWords;

    public int MaxWords { get; } = maxWords;

    public int PreferredWords { get; } = preferredWords;

    public IReadOnlyList<Passage> Chunk(string sourceId, IEnumerable<TextBlock> blocks)
    {
        var drafts = new List<Draft>();
        string? section = null;
        var current = new Draft(section);
        var questionWaitingForAnswer = false;

        void Flush()
        {
            if (current.Words > 0)
            {
                drafts.Add(current);
            }

            current = new Draft(section);
        }

        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    if (current.Words >= MinWords && !questionWaitingForAnswer)
                    {
                        Flush();
                    }

                    section = block.Text;
                    if (current.Words == 0)
                    {
                        current = new Draft(section);
                    }
                    else
                    {
                        current.AddLine(block.Text);   // a short section runs on under the next heading
                    }

                    break;

                case BlockKind.Question:
                    if (current.Words >= MinWords && !questionWaitingForAnswer)
                    {
                        Flush();
                    }

                    current.AddLine(block.Text);
                    questionWaitingForAnswer = true;
                    break;

                default:
                    var sentences = block.Kind == BlockKind.ListItem ? [block.Text] : SentenceSplitter.Sentences(block.Text).ToList();
                    for (var i = 0; i < sentences.Count; i++)
                    {
                        var words = CountWords(sentences[i]);
                        var full = current.Words + words > MaxWords || (i == 0 && current.Words >= PreferredWords);
                        if (full && current.Words >= MinWords && !questionWaitingForAnswer)
                        {
                            Flush();
                        }

                        if (i == 0)
                        {
                            current.AddLine(sentences[i]);
                        }
                        else
                        {
                            current.AddToLine(sentences[i]);
                        }

                        questionWaitingForAnswer = false;
                    }

                    break;
            }
        }

        Flush();
        MergeShortTail(drafts);
        return [.. drafts.Select((d, i) => new Passage($"{sourceId}#{i + 1}", sourceId, i + 1, d.Heading, d.Text))];
    }

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    // A stub at the end of a document reads better as the close of the passage before it.
    private void MergeShortTail(List<Draft> drafts)
    {
        if (drafts.Count >= 2 && drafts[^1].Words < MinWords && drafts[^2].Words + drafts[^1].Words <= MaxWords + MinWords)
        {
            var tail = drafts[^1];
            drafts.RemoveAt(drafts.Count - 1);
            if (tail.Heading is not null && tail.Heading != drafts[^1].Heading)
            {
                drafts[^1].AddLine(tail.Heading);
            }

            drafts[^1].AddLine(tail.Text);
        }
    }

    private sealed class Draft(string? heading)
    {
        private readonly StringBuilder _text = new();

        public string? Heading { get; } = heading;

        public int Words { get; private set; }

        public string Text => _text.ToString();

        public void AddLine(string line)
        {
            _text.Append(_text.Length > 0 ? "\n" : string.Empty).Append(line);
            Words += CountWords(line);
        }

        public void AddToLine(string sentence)
        {
            if (_text.Length == 0)
            {
                AddLine(sentence);
                return;
            }

            _text.Append(' ').Append(sentence);
            Words += CountWords(sentence);
        }
    }
}
