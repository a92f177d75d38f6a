using System.Text;

namespace FibroBot.TriageLab;

/// <summary>
/// An experiment on the training split only: one noisy copy of each training message, with the slips members make and
/// the disguises they use (swapped, dropped or doubled letters, a letter spaced out, a digit for a letter, no capitals,
/// no punctuation). The copy keeps its label. The question is whether the n-grams then carry a word's signal through
/// its misspellings in every language, without more written data. Seeded, so a retrain reproduces it.
/// </summary>
public static class TypoAugmentation
{
    private static readonly Dictionary<char, char> LookAlikes = new() { ['a'] = '4', ['e'] = '3', ['i'] = '1', ['o'] = '0', ['s'] = '5' };

    public static List<TriageExample> WithNoisyCopies(IReadOnlyList<TriageExample> train, int seed)
    {
        var random = new Random(seed);
        var result = new List<TriageExample>(train.Count * 2);
        result.AddRange(train);
        foreach (var example in train)
        {
            var noisy = Noisy(example.Text, random);
            if (!string.Equals(noisy, example.Text, StringComparison.Ordinal))
            {
                result.Add(example with { Text = noisy, Kind = example.Kind + "+noise" });
            }
        }

        return result;
    }

    public static string Noisy(string text, Random random)
    {
        var words = text.Split(' ');
        var changes = 0;
        for (var i = 0; i < words.Length && changes < 3; i++)
        {
            var word = words[i];
            if (word.Length < 4 || !word.All(char.IsLetter) || random.NextDouble() > 0.3)
            {
                continue;
            }

            words[i] = Slip(word, random);
            changes++;
        }

        var joined = string.Join(' ', words);
        if (random.NextDouble() < 0.4)
        {
            joined = joined.ToLowerInvariant();
        }

        if (random.NextDouble() < 0.3)
        {
            joined = new string([.. joined.Where(c => !char.IsPunctuation(c) || c == '\'')]);
        }

        return joined;
    }

    private static string Slip(string word, Random random)
    {
        var letters = new StringBuilder(word);
        var at = random.Next(1, word.Length - 1);
        switch (random.Next(6))
        {
            case 0:
                (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                break;
            case 1:
                letters.Remove(at, 1);
                break;
            case 2:
                letters.Insert(at, letters[at]);
                break;
            case 3:
                return string.Join(' ', word.ToCharArray());
            case 4:
                var vowel = word.IndexOfAny(['a', 'e', 'i', 'o', 's']);
                if (vowel >= 0)
                {
                    letters[vowel] = LookAlikes[word[vowel]];
                }

                break;
            default:
                letters[at] = (char)('a' + random.Next(26));
                break;
        }

        return letters.ToString();
    }
}
