namespace FibroBot.Retrieval.Search;

/// <summary>
/// Domain synonym groups from <c>corpus/synonyms.txt</c>: one group per line, terms separated by commas,
/// '#' starting a comment. Every term of a group matches the others; a term may be a phrase.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, int> _groupOfTerm = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string[]>> _groups = [];

    private SynonymTable()
    {
    }

    public static SynonymTable Empty { get; } = new();

    /// <summary>The longest synonym phrase, in tokens; query matching looks no further ahead.</summary>
    public int LongestTerm { get; private set; }

    public int GroupCount => _groups.Count;

    public static SynonymTable Load(string path) => File.Exists(path) ? Parse(File.ReadLines(path)) : Empty;

    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        var table = new SynonymTable();
        foreach (var line in lines)
        {
            var content = line.Split('#', 2)[0];
            var terms = content.Split(',')
                .Select(t => TextNormalizer.Tokens(t).ToArray())
                .Where(t => t.Length > 0)
                .DistinctBy(t => string.Join(' ', t))
                .ToList();
            if (terms.Count < 2)
            {
                continue;
            }

            var index = table._groups.Count;
            table._groups.Add(terms);
            foreach (var term in terms)
            {
                // A term listed in two lines joins the first group; the file stays order-independent enough for review.
                table._groupOfTerm.TryAdd(string.Join(' ', term), index);
                table.LongestTerm = Math.Max(table.LongestTerm, term.Length);
            }
        }

        return table;
    }

    /// <summary>
    /// The longest synonym term starting at <paramref name="start"/> in <paramref name="tokens"/>, as its group's
    /// terms and the number of tokens it covers; null when no term starts there.
    /// </summary>
    public (IReadOnlyList<string[]> Terms, int Length)? Match(IReadOnlyList<string> tokens, int start)
    {
        for (var length = Math.Min(LongestTerm, tokens.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i]));
            if (_groupOfTerm.TryGetValue(key, out var group))
            {
                return (_groups[group], length);
            }
        }

        return null;
    }

    /// <summary>The groups, each a list of terms (a term is one or more tokens).</summary>
    public IReadOnlyList<IReadOnlyList<string[]>> Groups => _groups;

    /// <summary>Every single-token term, so spelling correction never "corrects" a known synonym.</summary>
    public IEnumerable<string> Words => _groups.SelectMany(g => g).SelectMany(t => t);
}
