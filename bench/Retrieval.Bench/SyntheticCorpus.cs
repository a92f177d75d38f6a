using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// A deterministic synthetic corpus: passages of 60-140 words drawn with a Zipf-like skew from a vocabulary of
/// 30,000 made-up words plus the domain's own terms, so term frequencies look like real text.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] DomainWords =
    [
        "fibromyalgia", "pain", "chronic", "naltrexone", "psilocybin", "kratom", "exercise", "sleep", "fatigue", "trial",
        "placebo", "review", "dose", "evidence", "patients", "treatment", "symptoms", "withdrawal", "liver", "seizures",
        "microdosing", "guideline", "survey", "mood", "depression", "anxiety", "opioid", "receptors", "inflammation", "therapy",
    ];

    public static CorpusCatalog Create(int passageCount, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(30_000, random);
        const int PassagesPerSource = 20;
        var sources = new List<SourceDocument>();
        var passages = new List<Passage>(passageCount);
        var labels = Enum.GetValues<EvidenceLabel>();
        for (var s = 0; s < passageCount / PassagesPerSource; s++)
        {
            var id = $"synthetic-{s}";
            var label = labels[s % labels.Length];
            sources.Add(new SourceDocument(id, Sentence(random, vocabulary, 6), "Synthetic", null, 2020, s % 7 == 0 ? SourceKind.Seed : SourceKind.Vetted,
                ["evidence"], label, "Synthetic.", string.Empty));
            for (var p = 1; p <= PassagesPerSource; p++)
            {
                passages.Add(new Passage($"{id}#{p}", id, p, Sentence(random, vocabulary, 4), Sentence(random, vocabulary, random.Next(60, 141))));
            }
        }

        return new CorpusCatalog(sources, passages, []);
    }

    public static string[] Queries(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(30_000, new Random(42));
        return [.. Enumerable.Range(0, count).Select(_ => Sentence(random, vocabulary, random.Next(3, 8)))];
    }

    private static string[] Vocabulary(int size, Random random) =>
        [.. DomainWords, .. Enumerable.Range(0, size).Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 11)).Select(_ => (char)('a' + random.Next(26)))]))];

    // Zipf-like: the square of a uniform variable favours the front of the vocabulary.
    private static string Sentence(Random random, string[] vocabulary, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[(int)(Math.Pow(random.NextDouble(), 3) * vocabulary.Length)]));
}
