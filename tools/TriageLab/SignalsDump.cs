using System.Text.Json;
using FibroBot.Safety;

namespace FibroBot.TriageLab;

/// <summary>
/// <c>signals --out FILE</c>: every dev item and dev conversation (or, with <c>--file</c>, the items of one JSONL file of
/// our own) with what the policy read from it and what it decided, one JSON line each. Policy ideas are tried on this
/// dump before any code changes; the frozen sets and triage-dev are never dumped.
/// </summary>
internal static class SignalsDump
{
    public static int Run(string[] args, string? file, string? output, string modelDirectory, string dataDirectory, EmbeddingCache cache)
    {
        ArgumentNullException.ThrowIfNull(output, "--out");
        var model = new TriageModel(modelDirectory);
        var triage = new SafetyTriage(model, cache, new MessageLanguage());
        var sets = file is null
            ? [("dev", TriageData.LoadSplits(dataDirectory).Dev), ("conversations-dev", TriageData.LoadConversations(dataDirectory, "dev"))]
            : new List<(string, IReadOnlyList<TriageExample>)> { (Path.GetFileNameWithoutExtension(file), [.. TriageData.ReadFile(file)]) };
        // With --gloss, a message in one of the six other languages is also read in the glossary's English words, for
        // the experiment of a second reading (docs/SAFETY.md, twentieth session).
        var gloss = args.Contains("--gloss")
            ? FibroBot.Retrieval.Search.Glossary.Load(Path.Combine(dataDirectory, "..", "..", "..", "corpus", FibroBot.Retrieval.Corpus.CorpusLocations.GlossaryFile))
            : null;
        using var writer = new StreamWriter(output);
        var written = 0;
        foreach (var (name, examples) in sets)
        {
            cache.Warm([.. examples.SelectMany(e => (e.Context ?? []).Append(e.Text)).Select(t => MessageNormalizer.Normalize(t).Text)], TextWriter.Null);
            foreach (var judged in TriageEvaluation.Read(examples, triage, cache))
            {
                var s = judged.Signals;
                var decision = SafetyTriage.Decide(s, model.Card.Thresholds);
                string? english = null;
                double? englishCrisis = null;
                if (gloss is not null && judged.Example.Lang != "en")
                {
                    english = gloss.Translate(MessageNormalizer.Normalize(judged.Example.Text).Text).Text;
                    englishCrisis = model.Predict(SafetyText.Normalize(english), cache.EmbedQueries([english])[0]).Crisis;
                }

                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    set = name,
                    text = judged.Example.Text,
                    label = judged.Example.Label,
                    lang = judged.Example.Lang,
                    kind = judged.Example.Kind,
                    context = judged.Example.Context,
                    crisisRule = s.CrisisRule,
                    dosingRule = s.DosingRule,
                    namesTaken = s.NamesSomethingTaken,
                    follows = s.FollowsSomethingTaken,
                    followUpRule = s.FollowUpDosingRule,
                    harmsOnly = s.AsksAboutHarmsOrBenefitsOnly,
                    sureRule = s.SureDosingRule,
                    ownAmount = s.OwnAmountAsk,
                    activity = Activities.AreNamedIn(SafetyText.Normalize(judged.Example.Text)),
                    introduction = s.IsIntroduction,
                    pacing = s.IsPacingTalk,
                    leaveTaking = s.IsOrdinaryLeaveTaking,
                    everyday = s.IsEverydayTalk,
                    pastOver = s.TellsAPastCrisisAsOver,
                    pressed = s.PressesAfterARefusal,
                    acknowledged = s.AcknowledgesARefusal,
                    continuation = s.IsContinuation,
                    language = s.Language,
                    crisis = s.Scores.Crisis,
                    dosing = s.Scores.Dosing,
                    question = s.Scores.Question,
                    smallTalk = s.Scores.SmallTalk,
                    offTopic = s.Scores.OffTopic,
                    outcome = decision.Outcome.ToString(),
                    reason = decision.Reason,
                    english,
                    englishCrisis,
                }));
                written++;
            }
        }

        cache.Save();
        Console.WriteLine($"signals: wrote {written} items to {output}");
        return 0;
    }
}
