using FibroBot.Tests.Safety;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.Retrieval.Corpus;
using FibroBot.Safety;
using FibroBot.Retrieval.Search;
using FsCheck;
using FsCheck.Fluent;

namespace FibroBot.Tests.Answers;

/// <summary>Whatever dose sentences a passage holds, no rendered non-refusal answer states a dose or schedule.</summary>
public sealed class RedactionPropertyTests
{
    private static readonly string[] PlainSentences =
    [
        "The trial found no difference from placebo.",
        "Side effects were mild and brief.",
        "Researchers asked people about their pain each week.",
        "The review judged the certainty of evidence as low.",
        "Vivid dreams were reported more often.",
    ];

    private static readonly string[] Units = ["mg", "milligrams", "g", "grams", "mcg", "micrograms", "µg", "MG", "gram"];

    private static readonly string[] Schedules = ["once daily", "every three days", "twice a day", "at bedtime", "for four weeks", string.Empty];

    private static Gen<string> DoseSentence =>
        from amount in Gen.Choose(1, 5000)
        from fraction in Gen.Elements("", ".5", ".25", ",5")
        from space in Gen.Elements("", " ")
        from unit in Gen.Elements(Units)
        from schedule in Gen.Elements(Schedules)
        from template in Gen.Elements("Participants took {0} {1}.", "The study used {0} {1} and built up slowly.", "Doses of {0} were compared {1}.")
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, template, $"{amount}{fraction}{space}{unit}", schedule).Replace(" .", ".", StringComparison.Ordinal);

    private static Gen<string> Passage =>
        from sentences in Gen.ListOf(Gen.OneOf(Gen.Elements(PlainSentences), DoseSentence)).Where(s => s.Count is > 0 and < 12)
        select string.Join(" ", sentences);

    private const string Question = "What did the trial find?";

    [Fact]
    public void No_rendered_answer_states_a_dose_whatever_the_passages_hold()
    {
        Prop.ForAll(Passage.ToArbitrary(), text =>
        {
            var answer = PipelineOver(text).Answer(Question, ConversationMemory.Empty).Answer;
            var rendered = MarkdownRenderer.Render(answer) + AdaptiveCardRenderer.Render(answer).ToJsonString();
            return answer.Kind == AnswerKind.Answer
                   && !DoseLanguage.ContainsDoseOrSchedule(rendered)
                   // The answer shows only the excerpt that answers; every dose in that excerpt is redacted and counted.
                   && (answer.Redactions > 0 || !DoseLanguage.ContainsDoseOrSchedule(AnswerExcerpts.Trim(text, Question)));
        }).QuickCheckThrowOnFailure();
    }

    private static AnswerPipeline PipelineOver(string passageText)
    {
        var source = new SourceDocument("trial", "A trial", "Fixture", "https://example.org/trial", 2024, SourceKind.Vetted, ["ldn"],
            EvidenceLabel.RandomizedControlledTrial, "Fixture.", passageText);
        var catalog = new CorpusCatalog([source], [new Passage("trial#1", "trial", 1, null, passageText)], []);
        return new AnswerPipeline(
            SharedSafety.Triage,
            SharedSafety.Embedder,
            new SingleHitSearch(catalog),
            catalog,
            new PassageRedaction(catalog),
            new AnswerComposer(catalog));
    }

    /// <summary>Returns the catalog's only passage for any query, so the property exercises redaction, not ranking.</summary>
    private sealed class SingleHitSearch(CorpusCatalog catalog) : IPassageSearch
    {
        public SearchResponse Search(string query, SearchOptions? options = null) =>
            new([new SearchHit(catalog.Passages[0], catalog.Sources[catalog.Passages[0].SourceId], 1)], 1, true);
    }
}
