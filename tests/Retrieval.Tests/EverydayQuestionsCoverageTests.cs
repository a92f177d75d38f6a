using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests;

/// <summary>
/// Issue 14: the everyday fibromyalgia and chronic-pain questions (section 8 of the shared fact base) each have a vetted
/// source, and the search puts a vetted passage in its top three for a plain question about each. The questions are our
/// own lay wording. Only the public search API is used, so the checks hold whatever ranking sits behind it.
/// </summary>
public sealed partial class EverydayQuestionsCoverageTests
{
    /// <summary>Each subsection of the fact base's section 8: its number, the vetted topic tag that covers it, and lay questions.</summary>
    private static readonly (string Section, string Topic, string[] Questions)[] Topics =
    [
        ("8.1", "causes", ["what causes fibromyalgia", "is fibromyalgia genetic", "does fibro run in families", "what triggers fibromyalgia", "is fibro more common if I have rheumatoid arthritis"]),
        ("8.2", "who-gets-it", ["who gets fibromyalgia", "can kids get fibro", "can teenagers get fibromyalgia", "can men get fibromyalgia too"]),
        ("8.3", "central-sensitization", ["what does central sensitization mean", "why does a light touch hurt so much", "what is nociplastic pain"]),
        ("8.4", "flares", ["what is a flare", "why do I sleep so badly", "what sets off a fibro flare up"]),
        ("8.5", "diagnosis", ["how do doctors diagnose fibromyalgia", "is there a blood test for fibro", "who can diagnose fibromyalgia"]),
        ("8.6", "medicines", ["what medicines are approved for it", "what medicines are approved for fibromyalgia", "is lyrica approved for fibro", "do opioids help fibromyalgia", "is amitriptyline approved for fibromyalgia"]),
        ("8.7", "non-drug-treatment", ["what helps besides medicine", "does talking therapy help fibromyalgia", "is tai chi good for fibro"]),
        ("8.8", "outlook", ["does it get worse over time", "does fibromyalgia ever go away", "can you die from fibromyalgia", "is fibromyalgia all in my head"]),
        ("8.9", "work", ["can I keep working", "can I keep working with fibromyalgia", "what is pacing", "should I join a support group"]),
        ("8.10", "chronic-pain", ["what counts as chronic pain", "how many people have chronic pain", "what is the difference between primary and secondary chronic pain"]),
    ];

    private static CorpusLocations Locations => new(Repository.Combine("corpus"), Repository.Combine("seeds"), Path.Combine(Path.GetTempPath(), "unused"));

    private static readonly Lazy<CorpusCatalog> Catalog = new(() => CorpusLoader.Load(Locations));

    private static readonly Lazy<RetrievalEngine> Engine = new(() => RetrievalEngine.InMemory(Catalog.Value, SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt"))));

    private static IEnumerable<SourceDocument> Vetted => Catalog.Value.Sources.Values.Where(s => s.Kind == SourceKind.Vetted);

    public static TheoryData<string, string> Questions { get; } = Build();

    private static TheoryData<string, string> Build()
    {
        var data = new TheoryData<string, string>();
        foreach (var (section, _, questions) in Topics)
        {
            foreach (var question in questions)
            {
                data.Add(section, question);
            }
        }

        return data;
    }

    [Fact]
    public void Every_everyday_topic_has_a_vetted_source()
    {
        var missing = Topics.Where(t => !Vetted.Any(s => s.Topics.Contains(t.Topic))).Select(t => $"{t.Section} ({t.Topic})").ToList();

        Assert.True(missing.Count == 0, "no vetted source for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void A_lay_question_on_an_everyday_topic_gets_a_vetted_passage_in_the_top_three(string section, string question)
    {
        var response = Engine.Value.Search.Search(question, new SearchOptions(MaxHits: 3));

        Assert.True(response.Answerable, $"{section}: '{question}' was judged off-topic");
        Assert.True(response.Hits.Any(h => h.Source.Kind == SourceKind.Vetted),
            $"{section}: '{question}' ranked no vetted passage in the top 3: " + string.Join(", ", response.Hits.Select(h => h.Source.Id)));
    }

    /// <summary>The table above keeps up with the fact base: every subsection of section 8 that has facts to use is in it.</summary>
    [FactBaseFact]
    public void Every_subsection_of_the_fact_base_section_8_is_covered_here()
    {
        var sections = SubsectionHeading().Matches(FactBase.Text)
            .Where(m => !m.Groups["title"].Value.Contains("not be confirmed", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Groups["number"].Value)
            .ToList();

        Assert.NotEmpty(sections);
        Assert.All(sections, number => Assert.Contains(Topics, t => t.Section == number));
    }

    /// <summary>
    /// Every link in a vetted summary traces to a fact-base entry marked verified (yes, or partly), and none to the
    /// entries the fact base lists as not confirmed.
    /// </summary>
    [FactBaseFact]
    public void Every_vetted_link_traces_to_a_verified_fact_base_entry()
    {
        var entries = Entries(FactBase.Text);
        var problems = new List<string>();

        foreach (var source in Vetted.Where(s => s.Url is not null))
        {
            var bare = LinkPrefix().Replace(source.Url!, string.Empty).TrimEnd('/');
            var holding = entries.Where(e => e.Text.Contains(bare, StringComparison.OrdinalIgnoreCase)).ToList();
            if (holding.Count == 0)
            {
                problems.Add($"{source.Id}: {source.Url} is in no fact-base entry");
            }
            else if (!holding.Any(e => !e.Unconfirmed && VerifiedMark().IsMatch(e.Text)))
            {
                problems.Add($"{source.Id}: {source.Url} is in no entry marked verified: yes or partly");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The fact base's bullets, each with its continuation lines, and whether it sits under a "could not be confirmed" heading.</summary>
    private static List<(string Text, bool Unconfirmed)> Entries(string facts)
    {
        var entries = new List<(string, bool)>();
        var unconfirmed = false;
        System.Text.StringBuilder? current = null;
        void Close()
        {
            if (current is not null)
            {
                entries.Add((current.ToString(), unconfirmed));
                current = null;
            }
        }

        foreach (var line in facts.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                Close();
                unconfirmed = line.Contains("not be confirmed", StringComparison.OrdinalIgnoreCase);
            }
            else if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('|'))
            {
                Close();
                current = new System.Text.StringBuilder(line);
            }
            else if (current is not null && line.Length > 0)
            {
                current.Append('\n').Append(line);
            }
            else
            {
                Close();
            }
        }

        Close();
        return entries;
    }

    [GeneratedRegex(@"^### (?<number>8\.\d+) (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex SubsectionHeading();

    [GeneratedRegex(@"verified:\s*(yes|partly)", RegexOptions.IgnoreCase)]
    private static partial Regex VerifiedMark();

    [GeneratedRegex(@"^(https?://)?(dx\.)?(doi\.org/)?(www\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPrefix();
}
