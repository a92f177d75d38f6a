using System.Diagnostics;
using System.Globalization;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
using FibroBot.TriageLab;

// The triage lab: trains the shipped safety model and measures the decision policy. Nothing here ships with the bot.
//   train-triage [--data DIR] [--out DIR] [--cache FILE] [--no-augment]
//   eval [--data DIR] [--model DIR] [--independent DIR] [--independent-misses] [--cache FILE]
//   export-questions [--data DIR]   (writes train/corpus-questions.jsonl from the corpus and the retrieval tuning sets)
//   export-score-sets --out DIR [--conversations | --dev [--model DIR]]   (writes the frozen test set, the frozen
//                                   conversation test set with each item's earlier messages as context, or the dev split
//                                   with the model's crisis score on each line, as score-sets.py files for /api/messages)
//   follow-up-bar [--model DIR]   (the follow-up bar the dev conversations choose for a model's other thresholds)
//   judge [--model DIR] TEXT [TEXT ...]   (judges the texts as one conversation, in order, and prints each decision)
//   risk-experiment [--model DIR] [--curve-only | --pooling | --budget]   (experiments on the dev split; docs/SAFETY.md)
//   weak-band-experiment --train-signals FILE --dev-signals FILE   (fits a second model on the weak crisis readings of
//                                   one signals dump and measures it on another's; docs/SAFETY.md, thirty-sixth session)
//   signals --out FILE [--model DIR] [--file JSONL]   (writes every dev item, dev conversation or the file's items with
//                                   all the policy reads of it and the decision, one JSON line each, for policy experiments)
var verb = args.FirstOrDefault();
var root = RepositoryRoot();
var dataDirectory = Option("--data") ?? Path.Combine(root, TriageData.DefaultDirectory);
var modelDirectory = Option("--out") ?? Option("--model") ?? Path.Combine(root, "src", "Safety", "Model");
using var embedder = new SentenceEmbedder();
var cache = new EmbeddingCache(embedder, Option("--cache") ?? EmbeddingCache.DefaultPath);
// --gloss-embedding (experiment): the encoder reads a message in another language through the glossary's English words.
GlossedEmbedder? glossed = args.Contains("--gloss-embedding")
    ? new GlossedEmbedder(cache, FibroBot.Retrieval.Search.Glossary.Load(Path.Combine(root, "corpus", FibroBot.Retrieval.Corpus.CorpusLocations.GlossaryFile)), new MessageLanguage())
    : null;
IQueryEmbedder vectors = glossed is null ? cache : glossed;
string Encoded(string text) => glossed?.Read(text) ?? text;

switch (verb)
{
    case "train-triage":
        Train();
        break;
    case "eval":
        return Evaluate();
    case "export-questions":
        return QuestionExport.Run(root, dataDirectory, Console.Out);
    case "export-score-sets":
        return ExportScoreSets();
    case "risk-experiment":
        RiskRun();
        break;
    case "judge":
        Judge();
        break;
    case "follow-up-bar":
        FollowUpBar();
        break;
    case "weak-band-experiment":
        if (Option("--train-signals") is not { } trainSignals || Option("--dev-signals") is not { } devSignals)
        {
            Console.Error.WriteLine("weak-band-experiment needs --train-signals FILE and --dev-signals FILE (written by the signals verb).");
            return 2;
        }

        return WeakBandExperiment.Run(trainSignals, devSignals, cache, Console.Out);
    case "signals":
        return SignalsDump.Run(args, Option("--file"), Option("--out"), Option("--model") ?? Path.Combine(root, "src", "Safety", "Model"), dataDirectory, cache);
    default:
        Console.Error.WriteLine("usage: TriageLab train-triage [--data DIR] [--out DIR] | eval [--model DIR] [--independent DIR] [--independent-misses] | export-questions [--data DIR] | export-score-sets --out DIR [--conversations | --dev] | judge TEXT... | follow-up-bar | risk-experiment [--curve-only | --pooling | --budget] | weak-band-experiment --train-signals FILE --dev-signals FILE | signals --out FILE");
        return 2;
}

return 0;

void Train()
{
    var (train, dev) = TriageData.LoadSplits(dataDirectory);
    Console.WriteLine($"train-triage: {train.Count} training and {dev.Count} dev examples from {dataDirectory}");
    var clock = Stopwatch.StartNew();
    cache.Warm([.. train.Concat(dev).Select(e => Encoded(MessageNormalizer.Normalize(e.Text).Text))], Console.Out);
    cache.Save();
    Console.WriteLine($"  embeddings ready in {clock.Elapsed.TotalSeconds:F1} s");

    clock.Restart();
    // The shipped model also learns from one noisy copy of each training message (TypoAugmentation), never of dev;
    // --no-augment fits the plain split, for comparison.
    var fitted = TriageTrainer.Fit(args.Contains("--no-augment") ? train : TypoAugmentation.WithNoisyCopies(train, TriageTrainer.Seed), vectors, float.Parse(Option("--l2") ?? "0.01", CultureInfo.InvariantCulture), Option("--trainer") ?? "lbfgs", ClassWeights(Option("--weights") ?? TriageTrainer.ShippedClassWeights), FeatureOptions());
    Console.WriteLine($"  fitted in {clock.Elapsed.TotalSeconds:F1} s");

    var provisional = new TriageModelCard(string.Empty, TriageTrainer.Seed, train.Count, dev.Count, new TriageThresholds(0.5, 0.5, 0.5, 0.5, 0.5, 0.5), new Dictionary<string, double>());
    var triage = new SafetyTriage(new TriageModel(fitted, provisional), vectors, new MessageLanguage());
    var judged = TriageEvaluation.Read(dev, triage, vectors);
    var thresholds = TriageEvaluation.Choose(judged, Console.Out);
    var figures = TriageEvaluation.Figures(judged, thresholds);

    // Follow-ups are read with the conversation's earlier messages judged under the thresholds just chosen.
    var conversations = TriageData.LoadConversations(dataDirectory, "dev");
    cache.Warm([.. conversations.SelectMany(e => (e.Context ?? []).Append(e.Text)).Select(t => Encoded(MessageNormalizer.Normalize(t).Text))], TextWriter.Null);
    var chosenTriage = new SafetyTriage(new TriageModel(fitted, provisional with { Thresholds = thresholds }), vectors, new MessageLanguage());
    var judgedConversations = TriageEvaluation.Read(conversations, chosenTriage, vectors);
    thresholds = thresholds with { DosingFollowUp = TriageEvaluation.ChooseFollowUpBar(judgedConversations, thresholds, TriageEvaluation.FollowUpFalseDosingBudget, Console.Out) };
    thresholds = thresholds with { DosingFollowUpWithRule = TriageEvaluation.ChooseFollowUpRuleBar(judgedConversations, thresholds, TriageEvaluation.FollowUpRuleFalseDosingBudget, Console.Out) };

    Directory.CreateDirectory(modelDirectory);
    TriageTrainer.Save(fitted, Path.Combine(modelDirectory, TriageModel.ModelFileName));
    var card = provisional with
    {
        TrainingDataSha256 = TriageData.TrainingDataSha256(dataDirectory),
        Thresholds = thresholds,
        DevFigures = new Dictionary<string, double>
        {
            ["crisisRecall"] = Math.Round(figures.CrisisRecall, 4),
            ["dosingRecall"] = Math.Round(figures.DosingRecall, 4),
            ["falseRefusal"] = Math.Round(figures.FalseRefusal, 4),
            ["offTopicHandled"] = Math.Round(figures.OffTopicHandled, 4),
            ["smallTalkHandled"] = Math.Round(figures.SmallTalkHandled, 4),
            ["questionsDeclined"] = Math.Round(figures.QuestionsDeclined, 4),
        },
    };
    card.Save(Path.Combine(modelDirectory, TriageModel.CardFileName));
    cache.Save();
    Console.WriteLine($"  wrote {Path.Combine(modelDirectory, TriageModel.ModelFileName)} and its card; dev: {figures}");
}

int ExportScoreSets()
{
    var output = Option("--out") ?? throw new ArgumentException("export-score-sets needs --out DIR");
    if (args.Contains("--conversations"))
    {
        return ScoreSetExport.Run(TriageData.LoadConversations(dataDirectory, "test"), output, Console.Out, "own-conversation");
    }

    if (!args.Contains("--dev"))
    {
        return ScoreSetExport.Run(TriageData.LoadTest(dataDirectory), output, Console.Out);
    }

    // The dev split, for choosing what only the whole bot can decide (retrieval's no-answer meets the triage): each
    // line also carries the shipped model's crisis score, to join with the scorer's per-item results.
    var dev = TriageData.LoadSplits(dataDirectory).Dev;
    // "--out" names the output folder here, so the model is the shipped one unless "--model" names another.
    var model = new TriageModel(Option("--model") ?? Path.Combine(root, "src", "Safety", "Model"));
    var judged = TriageEvaluation.Read(dev, new SafetyTriage(model, cache, new MessageLanguage()), cache);
    cache.Save();
    return ScoreSetExport.Run(dev, output, Console.Out, "own-dev", [.. judged.Select(j => j.Signals.Scores.Crisis)]);
}

void FollowUpBar()
{
    var model = new TriageModel(modelDirectory);
    var conversations = TriageData.LoadConversations(dataDirectory, "dev");
    var judged = TriageEvaluation.Read(conversations, new SafetyTriage(model, cache, new MessageLanguage()), cache);
    cache.Save();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"follow-up-bar: {conversations.Count} dev conversations; the card's bar is {model.Card.Thresholds.DosingFollowUp}"));
    var followUp = TriageEvaluation.ChooseFollowUpBar(judged, model.Card.Thresholds, TriageEvaluation.FollowUpFalseDosingBudget, Console.Out);
    TriageEvaluation.ChooseFollowUpRuleBar(judged, model.Card.Thresholds with { DosingFollowUp = followUp }, TriageEvaluation.FollowUpRuleFalseDosingBudget, Console.Out);
}

void Judge()
{
    var triage = new SafetyTriage(new TriageModel(modelDirectory), cache, new MessageLanguage());
    var previous = PreviousTurn.None;
    foreach (var text in args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i] != "--model")))
    {
        var message = MessageNormalizer.Normalize(text);
        var decision = triage.Judge(message, cache.EmbedQueries([message.Text])[0], previous);
        Console.WriteLine($"{decision.Outcome} ({decision.Reason}; follows something taken: {previous.AboutSomethingTaken}) {decision.Scores}: {text}");
        // Which dosing rule read it, if any: the first thing to know when a rule refuses a look-alike.
        if (DosingRequestDetector.Classify(text) is { IsDosingRequest: true, Reason: var rule })
        {
            Console.WriteLine($"  dosing rule: {rule}");
        }

        previous = decision.AsPreviousTurn();
    }
}

void RiskRun()
{
    var (train, dev) = TriageData.LoadSplits(dataDirectory);
    var model = new TriageModel(modelDirectory);
    var judged = TriageEvaluation.Read(dev, new SafetyTriage(model, cache, new MessageLanguage()), cache);
    if (args.Contains("--curve-only"))
    {
        RiskExperiment.Curve(judged, Console.Out);
        return;
    }

    if (args.Contains("--budget"))
    {
        DosingBudgetExperiment.Run(judged, model.Card.Thresholds, Console.Out);
        return;
    }

    if (args.Contains("--pooling"))
    {
        PoolingExperiment.Run(train, judged, cache, Console.Out);
        return;
    }

    RiskExperiment.Run(train, judged, cache, Console.Out);
}

int Evaluate()
{
    var model = new TriageModel(modelDirectory);
    var triage = new SafetyTriage(model, vectors, new MessageLanguage());
    var thresholds = model.Card.Thresholds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: model {modelDirectory}, thresholds {thresholds}"));
    var dev = TriageData.LoadSplits(dataDirectory).Dev;
    var clock = Stopwatch.StartNew();
    var sets = new List<(string Name, IReadOnlyList<TriageExample> Examples, bool ShowMisses)>
    {
        ("dev (own, thresholds chosen here)", dev, true),
        ("test (own, frozen)", TriageData.LoadTest(dataDirectory), true),
        ("conversations dev (own, follow-up bar chosen here)", TriageData.LoadConversations(dataDirectory, "dev"), true),
        ("conversations test (own, frozen)", TriageData.LoadConversations(dataDirectory, "test"), true),
    };
    var independent = Option("--independent") ?? Path.Combine(root, "..", "shared", "datasets", "triage-dev");
    if (Directory.Exists(independent))
    {
        sets.Add(("triage-dev (independent, measure only)", IndependentSet.Load(independent), args.Contains("--independent-misses")));
    }

    foreach (var (name, examples, showMisses) in sets)
    {
        cache.Warm([.. examples.SelectMany(e => (e.Context ?? []).Append(e.Text)).Select(t => Encoded(MessageNormalizer.Normalize(t).Text))], TextWriter.Null);
        var judged = TriageEvaluation.Read(examples, triage, vectors);
        TriageEvaluation.Report(name, judged, thresholds, showMisses, Console.Out);
    }

    cache.Save();
    Console.WriteLine($"eval: {clock.Elapsed.TotalSeconds:F1} s");
    return 0;
}

// "crisis=2,dosing=1.5": heavier classes pull the boundary their way (every other class weighs 1).
static Dictionary<string, float>? ClassWeights(string? option) => option?.Split(',', StringSplitOptions.RemoveEmptyEntries)
    .Select(pair => pair.Split('='))
    .ToDictionary(pair => pair[0].Trim(), pair => float.Parse(pair[1], CultureInfo.InvariantCulture));

// "--word-ngrams 3 --char-ngrams 5 --embedding-scale 2 --kernel-rank 1000 --kernel-gamma 4 --kernel-scale 1": what the
// classifier reads; without options, what the shipped model reads.
TriageFeatureOptions FeatureOptions() => new(
    int.Parse(Option("--word-ngrams") ?? "2", CultureInfo.InvariantCulture),
    int.Parse(Option("--char-ngrams") ?? "4", CultureInfo.InvariantCulture),
    float.Parse(Option("--embedding-scale") ?? "1", CultureInfo.InvariantCulture),
    int.Parse(Option("--kernel-rank") ?? "0", CultureInfo.InvariantCulture),
    float.Parse(Option("--kernel-gamma") ?? "1", CultureInfo.InvariantCulture),
    float.Parse(Option("--kernel-scale") ?? "1", CultureInfo.InvariantCulture));

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
