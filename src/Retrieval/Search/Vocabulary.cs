using System.Collections.Frozen;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// The words of the indexed passages with their document frequencies. It corrects misspelt query words to
/// the closest indexed word (Damerau-Levenshtein distance 1 for words of six to nine letters, 2 from ten letters,
/// most frequent word on ties) and gives IDF weights for confidence. Shorter words are left alone: at one edit
/// they collide with other real words far too often (night/eight, tall/all, town/own).
/// Correction looks candidates up in a deletion neighbourhood built once (every word with one or two letters
/// deleted maps to the word), so a query never scans the vocabulary: two words within distance d share a form
/// with at most d deletions each, and only those few candidates get a real distance computed.
/// </summary>
public sealed class Vocabulary
{
    private const int MinCorrectedLength = 6;
    private const int TwoEditLength = 10;

    private readonly FrozenDictionary<string, int> _documentFrequency;
    private readonly FrozenDictionary<string, string[]> _byDeletion;

    public Vocabulary(IEnumerable<IEnumerable<string>> documents, IEnumerable<string>? extraWords = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentCount = 0;
        foreach (var document in documents)
        {
            documentCount++;
            foreach (var word in document.Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var word in extraWords ?? [])
        {
            counts.TryAdd(word, 0);
        }

        DocumentCount = documentCount;
        _documentFrequency = counts.ToFrozenDictionary(StringComparer.Ordinal);
        _byDeletion = DeletionNeighbourhood(counts.Keys);
    }

    public int DocumentCount { get; }

    public bool Contains(string word) => _documentFrequency.ContainsKey(word);

    public int DocumentFrequency(string word) => _documentFrequency.GetValueOrDefault(word);

    /// <summary>BM25's IDF; a word the corpus never uses weighs the most, which is what makes off-topic questions unanswerable.</summary>
    public double Idf(int frequency) => Math.Log(1 + ((DocumentCount - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>The indexed word closest to <paramref name="word"/>, or null when it is known, too short or nothing is close.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinCorrectedLength || Contains(word) || word.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = word.Length >= TwoEditLength ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;
        foreach (var form in Deletions(word, maxDistance))
        {
            if (!_byDeletion.TryGetValue(form, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = BoundedDistance(word, candidate, maxDistance);
                if (distance < 0)
                {
                    continue;
                }

                var frequency = _documentFrequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && IsPreferred(candidate, frequency, best, bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    /// <summary>On equal distance: the more frequent word, then the shorter, then the first in ordinal order, so the answer never depends on lookup order.</summary>
    private static bool IsPreferred(string candidate, int frequency, string? best, int bestFrequency) =>
        best is null || frequency > bestFrequency
        || (frequency == bestFrequency && (candidate.Length < best.Length || (candidate.Length == best.Length && string.CompareOrdinal(candidate, best) < 0)));

    /// <summary>
    /// Maps each form reachable by deleting letters from a vocabulary word to the words it came from. Only words a
    /// correction could reach are entered: one deletion for words of five letters and more (a six-letter query word
    /// at distance 1), two for words of eight letters and more (a ten-letter query word at distance 2).
    /// </summary>
    private static FrozenDictionary<string, string[]> DeletionNeighbourhood(IEnumerable<string> words)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length < MinCorrectedLength - 1 || word.Any(char.IsDigit))
            {
                continue;
            }

            foreach (var form in Deletions(word, word.Length >= TwoEditLength - 2 ? 2 : 1))
            {
                if (!neighbours.TryGetValue(form, out var list))
                {
                    neighbours[form] = list = [];
                }

                list.Add(word);
            }
        }

        return neighbours.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The word itself and every distinct form with up to <paramref name="maxDeletions"/> letters deleted.</summary>
    private static HashSet<string> Deletions(string word, int maxDeletions)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var round = 0; round < maxDeletions; round++)
        {
            var next = new List<string>();
            foreach (var form in frontier)
            {
                for (var i = 0; i < form.Length; i++)
                {
                    var shorter = string.Concat(form.AsSpan(0, i), form.AsSpan(i + 1));
                    if (forms.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return forms;
    }

    /// <summary>Optimal-string-alignment distance, or -1 as soon as it must exceed <paramref name="bound"/>.</summary>
    internal static int BoundedDistance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return -1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > bound)
            {
                return -1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= bound ? previous[b.Length] : -1;
    }
}
