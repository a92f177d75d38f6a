using FibroBot.Tests.Safety;
using System.Text.RegularExpressions;
using FibroBot.Answers;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests.Answers;

/// <summary>
/// A tiny corpus for the pipeline's own unit tests, and a search that ranks its passages by shared words.
/// The links are example.org placeholders, not sources.
/// </summary>
public static partial class FixtureCorpus
{
    public static TopicRegistry Topics { get; } = TopicRegistry.Load(Path.Combine(AppContext.BaseDirectory, "content", "corpus", CorpusLocations.TopicsFile));

    public static CorpusCatalog Catalog { get; } = BuildCatalog();

    public static AnswerPipeline Pipeline(IPassageSearch? search = null)
    {
        var catalog = Catalog;
        return new AnswerPipeline(
            SharedSafety.Triage,
            SharedSafety.Embedder,
            search ?? new KeywordSearch(catalog),
            catalog,
            new PassageRedaction(catalog),
            new AnswerComposer(catalog));
    }

    private static CorpusCatalog BuildCatalog()
    {
        SourceDocument[] sources =
        [
            Vetted("ldn-review", "A systematic review of low-dose naltrexone", EvidenceLabel.GuidelineOrSystematicReview, "ldn"),
            Vetted("ldn-trial", "A randomized trial of low-dose naltrexone in fibromyalgia", EvidenceLabel.RandomizedControlledTrial, "ldn", "fibromyalgia"),
            Vetted("fda-kratom", "FDA statement on kratom", EvidenceLabel.HealthAgencyOrRegulator, "kratom"),
            Vetted("exercise-guideline", "Fibromyalgia management guideline", EvidenceLabel.GuidelineOrSystematicReview, "fibromyalgia", "exercise"),
            Vetted("microdose-trial", "A placebo-controlled trial of microdosing", EvidenceLabel.RandomizedControlledTrial, "psychedelics"),
            Seed("seed-microdose", "Microdose therapy for fibromyalgia", "psychedelics"),
            Seed("seed-kratom", "Kratom stories", "kratom"),
        ];

        Passage[] passages =
        [
            new("ldn-review#1", "ldn-review", 1, null,
                "A systematic review of low-dose naltrexone (LDN) for fibromyalgia pain found small early trials with a modest benefit and low certainty."),
            new("ldn-trial#1", "ldn-trial", 1, null,
                "The largest randomized trial of low-dose naltrexone (LDN) in women with fibromyalgia found it was not better than placebo for pain. Side effects such as vivid dreams were similar in both groups."),
            new("ldn-trial#2", "ldn-trial", 2, null,
                "Treatment with naltrexone built up to 6 mg once daily. Fatigue did not improve with naltrexone compared with placebo."),
            new("fda-kratom#1", "fda-kratom", 1, null,
                "The FDA has warned that kratom has opioid-like effects with risks of abuse, addiction and sometimes death. The FDA says kratom has no approved uses."),
            new("exercise-guideline#1", "exercise-guideline", 1, null,
                "Exercise is the only strongly recommended therapy for fibromyalgia in the guideline; aerobic and strengthening exercise both help pain."),
            new("microdose-trial#1", "microdose-trial", 1, null,
                "In a placebo-controlled trial, microdosing psilocybin did not relieve pain more than placebo, and expectations explained much of the effect."),
            new("seed-microdose#1", "seed-microdose", 1, null,
                "Microdosing psilocybin cures fibromyalgia pain for most patients, according to many testimonials about microdosing."),
            new("seed-kratom#1", "seed-kratom", 1, null,
                "Kratom users share stories of relief from chronic pain and say kratom is safe."),
        ];

        SeedClaim[] claims =
        [
            new("seed-microdose", "cures fibromyalgia pain", "Microdosing cures fibromyalgia pain", "contradicted",
                "No controlled trial shows that microdosing relieves pain better than placebo.", ["microdose-trial"]),
        ];

        // The bundled corpus's topic registry, as a real catalog carries it.
        return new CorpusCatalog(sources, passages, claims, Topics);
    }

    private static SourceDocument Vetted(string id, string title, EvidenceLabel label, params string[] topics) =>
        new(id, title, "Fixture publisher", $"https://example.org/{id}", 2024, SourceKind.Vetted, topics, label, "Fixture.", string.Empty);

    private static SourceDocument Seed(string id, string title, params string[] topics) =>
        new(id, title, "Fixture blog", null, null, SourceKind.Seed, topics, EvidenceLabel.OpinionAnecdoteOrMarketing, "Marketing.", string.Empty);

    /// <summary>Ranks passages by the share of the query's content words they contain; nothing shared, nothing answered.</summary>
    public sealed class KeywordSearch(CorpusCatalog catalog) : IPassageSearch
    {
        private static readonly HashSet<string> StopWords =
            ["the", "and", "does", "did", "what", "about", "for", "with", "have", "has", "how", "say", "says", "it", "is", "are", "of", "to", "in", "a", "an", "do", "help", "any"];

        public SearchResponse Search(string query, SearchOptions? options = null)
        {
            options ??= new SearchOptions();
            var words = Words(query).Where(w => !StopWords.Contains(w)).ToHashSet();
            if (words.Count == 0)
            {
                return SearchResponse.Empty;
            }

            var hits = catalog.Passages
                .Select(p => (Passage: p, Source: catalog.Sources[p.SourceId], Shared: Words(p.Text).ToHashSet().Intersect(words).Count()))
                .Where(x => x.Shared > 0 && (options.Topics is null || x.Source.Topics.Intersect(options.Topics).Any()))
                .OrderByDescending(x => x.Shared)
                .Take(options.MaxHits)
                .Select(x => new SearchHit(x.Passage, x.Source, (double)x.Shared / words.Count))
                .ToList();
            return hits.Count == 0 ? SearchResponse.Empty : new SearchResponse(hits, hits[0].Score, true);
        }

        private static IEnumerable<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 || w.All(char.IsDigit));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
