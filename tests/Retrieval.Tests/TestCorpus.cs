using System.Text;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Tests;

/// <summary>A small corpus written to a temporary folder, so each test can break exactly one thing.</summary>
internal sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "fibrobot-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "corpus", "vetted"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "data"));

        // The primary topics, as the bundled corpus's topics.yaml lists them.
        File.Copy(FibroBot.TestKit.Repository.Combine("corpus", CorpusLocations.TopicsFile), Path.Combine(Root, "corpus", CorpusLocations.TopicsFile));
    }

    public string Root { get; }

    public CorpusLocations Locations => new(Path.Combine(Root, "corpus"), Path.Combine(Root, "seeds"), Path.Combine(Root, "data"));

    /// <summary>A valid corpus: two vetted summaries, one seed with a boilerplate footer, one seed claim.</summary>
    public static TestCorpus Standard()
    {
        var corpus = new TestCorpus();
        corpus.Vetted("exercise-review", label: "Guideline or systematic review", topics: "[fibromyalgia, exercise]",
            title: "Exercise for fibromyalgia: a review", body: """
            ## What the review found
            Aerobic and strengthening exercise reduced pain and improved physical function in adults with fibromyalgia across many trials. The benefit was moderate and grew when people kept exercising for several months. Starting gently and building up slowly helped people stay with it, and flare-ups were less common when activity increased step by step.

            **Is exercise safe for people with fibromyalgia?**
            Yes. Serious harms were rare in the trials; soreness early on was common and usually eased as fitness improved. People who stopped often did so because the programme started too hard rather than because of injury.
            """);
        corpus.Vetted("ldn-trial", label: "Randomized controlled trial", topics: "[ldn, fibromyalgia]",
            title: "A randomized trial of low dose naltrexone in fibromyalgia", body: """
            ## Design
            Adults with fibromyalgia were randomly assigned to low dose naltrexone or a placebo and followed for several weeks. Neither the participants nor the researchers knew who received which treatment, which makes the comparison fair.

            ## Results
            Pain scores fell slightly more with naltrexone than with placebo, but the difference was small and the trial was short. Vivid dreams and headaches were the most common side effects reported. Larger and longer trials are needed before anyone can say how much it helps.
            """);
        corpus.Seed("seed-kratom", "kratom.txt", "Kratom for fibromyalgia support", """
            Kratom for fibromyalgia support

            Kratom, from the Mitragyna speciosa tree, is said by some sellers to ease the widespread pain of fibromyalgia. Its alkaloids mitragynine and 7-hydroxymitragynine act on opioid receptors, which is why regulators worry about addiction and withdrawal. Some users describe relief, but these are stories rather than fair tests.

            Click here to buy this or visit fibromyalgia store
            Join Our Whatsapp Fibromyalgia Community
            """, topics: "[kratom, fibromyalgia]");
        corpus.Claims("""
            - seed: seed-kratom
              anchor: "is said by some sellers to ease the widespread pain"
              claim: Kratom eases fibromyalgia pain.
              verdict: unsupported
              note: No controlled trial shows this.
              vetted: [exercise-review]
            """);
        return corpus;
    }

    public void Vetted(string id, string label, string topics, string title, string body, string? extraFields = null) =>
        Write($"corpus/vetted/{id}.md", $"""
            ---
            id: {id}
            title: "{title}"
            publisher: Test Publisher
            year: 2020
            url: https://example.org/{id}
            label: {label}
            topics: {topics}
            quality_note: A test source.
            written: 2026-11-21
            {extraFields}
            ---
            {body}
            """);

    public void Seed(string id, string file, string title, string text, string topics = "[fibromyalgia]")
    {
        Write($"seeds/{file}", text);
        var catalog = Path.Combine(Root, "corpus", "seeds.yaml");
        var existing = File.Exists(catalog) ? File.ReadAllText(catalog) : string.Empty;
        File.WriteAllText(catalog, existing + $"""
            - id: {id}
              file: {file}
              title: "{title}"
              publisher: A web shop
              url: null
              year: null
              label: Opinion, anecdote or marketing
              topics: {topics}
              quality_note: Marketing copy with no evidence behind it.

            """);
    }

    public void Claims(string yaml) => Write("corpus/seed-claims.yaml", yaml);

    public void Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a test's open index may still hold the folder for a moment; the temp folder is not ours to wait for
        }
    }
}
