namespace FibroBot.Retrieval.Search;

/// <summary>
/// Word-by-word translation into English, from <c>corpus/glossary.txt</c>, so that a question in Spanish, German,
/// French, Portuguese, Dutch or Italian searches the English corpus with English words: "il kratom fa male al
/// fegato?" searches as "kratom harm liver". Each line is <c>english: foreign, foreign…</c>; a line <c>-: word, word…</c>
/// lists function words that carry nothing to search for. Terms are matched whole, longest first, after the folding
/// the index uses (lower case, no accents, letters and digits only). Words the glossary does not know are kept: names
/// of substances and drugs are the same in every language.
/// </summary>
public sealed class Glossary
{
    private readonly Dictionary<string, string[]> _english = new(StringComparer.Ordinal);

    private Glossary()
    {
    }

    public static Glossary Empty { get; } = new();

    /// <summary>Foreign terms the glossary knows, translated or dropped.</summary>
    public int Count => _english.Count;

    private int LongestTerm { get; set; }

    public static Glossary Load(string path) => File.Exists(path) ? Parse(File.ReadLines(path)) : Empty;

    public static Glossary Parse(IEnumerable<string> lines)
    {
        var glossary = new Glossary();
        foreach (var line in lines)
        {
            var content = line.Split('#', 2)[0];
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var head = content[..colon].Trim();
            var english = head == "-" ? [] : TextNormalizer.Tokens(head).ToArray();
            if (head != "-" && english.Length == 0)
            {
                continue;
            }

            foreach (var term in content[(colon + 1)..].Split(',').Select(t => TextNormalizer.Tokens(t)).Where(t => t.Count > 0))
            {
                // The first line that lists a term decides it: the file is reviewed top to bottom.
                if (glossary._english.TryAdd(string.Join(' ', term), english))
                {
                    glossary.LongestTerm = Math.Max(glossary.LongestTerm, term.Count);
                }
            }
        }

        return glossary;
    }

    /// <summary>
    /// The text in the index's folded tokens, each known term replaced by its English (function words dropped), and how
    /// many terms were known. Unknown words are kept as written.
    /// </summary>
    public (string Text, int Known) Translate(string? text)
    {
        var tokens = TextNormalizer.Tokens(text);
        var words = new List<string>(tokens.Count);
        var known = 0;
        for (var i = 0; i < tokens.Count;)
        {
            var length = Math.Min(LongestTerm, tokens.Count - i);
            for (; length >= 1; length--)
            {
                if (_english.TryGetValue(string.Join(' ', tokens.Skip(i).Take(length)), out var english))
                {
                    words.AddRange(english);
                    known++;
                    break;
                }
            }

            if (length == 0)
            {
                words.Add(tokens[i]);
                length = 1;
            }

            i += length;
        }

        return (string.Join(' ', words), known);
    }
}
