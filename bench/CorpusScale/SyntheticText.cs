using System.Text;

namespace FibroBot.Bench.CorpusScale;

/// <summary>
/// Deterministic made-up English-like text: a vocabulary of invented words plus the domain's own terms, drawn with
/// a Zipf-like skew so that term frequencies look like real prose (a few words everywhere, most words rare).
/// It carries no facts, no numbers and no doses, so it passes the corpus validator and can never be mistaken for
/// evidence.
/// </summary>
internal sealed class SyntheticText
{
    private static readonly string[] DomainWords =
    [
        "fibromyalgia", "pain", "chronic", "naltrexone", "psilocybin", "kratom", "exercise", "sleep", "fatigue", "trial",
        "placebo", "review", "evidence", "patients", "treatment", "symptoms", "withdrawal", "liver", "microdosing",
        "guideline", "survey", "mood", "depression", "anxiety", "receptors", "inflammation", "therapy", "pacing", "flare",
    ];

    private readonly Random _random;
    private readonly string[] _vocabulary;

    public SyntheticText(int seed, int vocabularySize = 30_000)
    {
        _random = new Random(seed);
        var words = new Random(42);
        _vocabulary =
        [
            .. DomainWords,
            .. Enumerable.Range(0, vocabularySize).Select(_ => new string([.. Enumerable.Range(0, words.Next(3, 11)).Select(_ => (char)('a' + words.Next(26)))])),
        ];
    }

    public int Next(int min, int max) => _random.Next(min, max);

    public string Word() => _vocabulary[(int)(Math.Pow(_random.NextDouble(), 3) * _vocabulary.Length)];

    public string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    /// <summary>About <paramref name="words"/> words as sentences of 8–20 words, each capitalised and ending in a full stop.</summary>
    public string Prose(int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(words, _random.Next(8, 21));
            var sentence = Words(length);
            text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence.AsSpan(1)).Append(". ");
            words -= length;
        }

        return text.ToString().TrimEnd();
    }
}
