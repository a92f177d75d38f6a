using System.Collections.Frozen;

namespace FibroBot.Retrieval.Search;

/// <summary>
/// The words of the indexed passages with their document frequencies. It corrects misspelt query words to
/// the closest indexed word (Damerau-Levenshtein distance 1 for words of six to nine letters, 2 from ten letters,
/// most frequent word on ties) and gives IDF weights for confidence. Shorter words are left alone: at one edit
/// they collide with other real words far too often (night/eight, tall/all, town/own).
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> documentFrequency;
    private readonly string[][] wordsByLength;

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
        documentFrequency = counts.ToFrozenDictionary(StringComparer.Ordinal);
        var longest = counts.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
        wordsByLength = [.. Enumerable.Range(0, longest + 3).Select(length => counts.Keys.Where(w => w.Length == length).Order(StringComparer.Ordinal).ToArray())];
    }

    public int DocumentCount { get; }

    public bool Contains(string word) => documentFrequency.ContainsKey(word);

    public int DocumentFrequency(string word) => documentFrequency.GetValueOrDefault(word);

    /// <summary>BM25's IDF; a word the corpus never uses weighs the most, which is what makes off-topic questions unanswerable.</summary>
    public double Idf(int frequency) => Math.Log(1 + ((DocumentCount - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>The indexed word closest to <paramref name="word"/>, or null when it is known, too short or nothing is close.</summary>
    public string? Correct(string word)
    {
        if (word.Length < 6 || Contains(word) || word.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = word.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (length < 1 || length >= wordsByLength.Length)
            {
                continue;
            }

            foreach (var candidate in wordsByLength[length])
            {
                var distance = BoundedDistance(word, candidate, Math.Min(maxDistance, bestDistance));
                if (distance < 0)
                {
                    continue;
                }

                var frequency = documentFrequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
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
