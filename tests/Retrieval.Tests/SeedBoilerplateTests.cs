using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Passages;

namespace FibroBot.Tests;

/// <summary>Boilerplate stripping on the five real seed articles in the repository's seeds/ folder.</summary>
public class SeedBoilerplateTests
{
    private static readonly string[] Boilerplate =
    [
        "Back to Home", "troomi", "Find other PDF articles", ".pdf", "Click here", "dashery", "Store", "Whatsapp",
        "Contact us", "Official Fibromyalgia Blogs", "top of page", "bottom of page", "Updated: Jan", "anahitaanais",
        "free consultation", "mindful microdosing.jpeg", "Mindful Microdosing Course", "](#)", "For More Information",
    ];

    public static TheoryData<string> SeedFiles() => [.. SeedFileNames()];

    private static IEnumerable<string> SeedFileNames() =>
        Directory.GetFiles(Repository.Combine("seeds")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void No_passage_of_a_real_seed_contains_web_boilerplate(string file)
    {
        var passages = SeedPassages(file);

        Assert.NotEmpty(passages);
        foreach (var passage in passages)
        {
            foreach (var marker in Boilerplate)
            {
                Assert.DoesNotContain(marker, passage.Text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("http", passage.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("www.", passage.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Stripping_keeps_the_articles_prose(string file)
    {
        var original = File.ReadAllText(Repository.Combine("seeds", file));
        var kept = string.Join(' ', SeedPassages(file).Select(p => p.Text));

        // The articles are mostly prose; the furniture (a course advert and site disclaimer at most) is a small part of each page.
        Assert.InRange(Chunker.CountWords(kept), Chunker.CountWords(original) * 0.7, Chunker.CountWords(original));
    }

    [Fact]
    public void Real_seed_passages_keep_their_content_and_faq_answers()
    {
        var microdose = string.Join('\n', SeedPassages("000_740ca83aa7d334cb.txt").Select(p => p.Text));
        Assert.Contains("sub-perceptual doses of psychedelic substances", microdose, StringComparison.Ordinal);
        Assert.Contains("potentially leading to improved mood", microdose, StringComparison.Ordinal);   // a sentence the page broke in two

        Assert.Equal("microdose therapy for fibromyalgia", SeedPassages("000_740ca83aa7d334cb.txt")[0].Heading);

        var ldn = SeedPassages("003_55b27b4f87938039.txt");
        var faq = Assert.Single(ldn, p => p.Text.Contains("Is low dose naltrexone safe for fibromyalgia patients", StringComparison.Ordinal));
        Assert.Contains("generally well tolerated", faq.Text, StringComparison.Ordinal);
        Assert.Single(ldn, p => p.Text.Contains("Always consult your healthcare provider", StringComparison.Ordinal));

        var therapist = string.Join('\n', SeedPassages("002_be40b1ce4abde0b3.txt").Select(p => p.Text));
        Assert.Contains("default mode network", therapist, StringComparison.Ordinal);
    }

    [Fact]
    public void In_page_table_of_contents_and_repeated_titles_are_dropped()
    {
        const string Section = "Understanding Fibromyalgia and Its Impact on Chronic Pain and Stiffness";
        var kratom = SeedPassages("004_1b394f3b7fc85201.txt");
        Assert.Contains(kratom, p => p.Heading == Section);
        Assert.DoesNotContain(kratom, p => p.Text.Contains(Section, StringComparison.Ordinal));

        const string Title = "Is Low Dose Naltrexone the Answer to Fibromyalgia Fatigue";
        var ldn = SeedPassages("003_55b27b4f87938039.txt");
        var opening = Assert.Single(ldn, p => p.Heading == Title || p.Text.Contains(Title, StringComparison.Ordinal));
        Assert.Equal(ldn[0], opening);
        Assert.Equal(opening.Text.IndexOf(Title, StringComparison.Ordinal), opening.Text.LastIndexOf(Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Real_seed_passages_stay_within_the_word_bounds()
    {
        var passages = SeedFileNames().SelectMany(SeedPassages).ToList();

        Assert.All(passages, p => Assert.InRange(Chunker.CountWords(p.Text), 30, 200));
        Assert.True(passages.Count(p => Chunker.CountWords(p.Text) is >= 40 and <= 150) >= passages.Count * 0.9);
    }

    private static IReadOnlyList<Passage> SeedPassages(string file)
    {
        var text = File.ReadAllText(Repository.Combine("seeds", file));
        var source = new SourceDocument("seed-" + Path.GetFileNameWithoutExtension(file).Replace('_', '-'), "t", "p", null, null,
            SourceKind.Seed, ["fibromyalgia"], EvidenceLabel.OpinionAnecdoteOrMarketing, "n", text);
        return PassageBuilder.Build(source);
    }
}
