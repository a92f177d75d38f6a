using System.Globalization;
using FibroBot.Safety;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FibroBot.TriageLab;

/// <summary>
/// An experiment, not shipped: does a dedicated yes/no crisis model with a non-linear learner (FastTree over the
/// dense embedding) separate crisis from sad-but-safe messages better than the multiclass model, alone or averaged
/// with it? Prints crisis recall against false crisis routing on the dev split for each.
/// </summary>
public static class RiskExperiment
{
    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        [VectorType(TriageModelInput.EmbeddingSize)]
        public float[] Embedding { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    /// <summary>
    /// The shipped-style model alone: dev crisis recall at fixed shares of benign dev messages sent to crisis guidance,
    /// so that two models can be compared on the same dev split at equal false-crisis cost.
    /// </summary>
    public static void Curve(IReadOnlyList<JudgedExample> dev, TextWriter log)
    {
        Print([("multiclass", i => dev[i].Signals.Scores.Crisis)], dev, log);

        // The dosing score alone (no rules, no crisis routing): dosing recall at fixed shares of benign questions it
        // would refuse, so two models' dosing classes compare at equal false-refusal cost.
        var dosing = dev.Where(j => j.Example.Label == "dosing").ToList();
        var benign = dev.Where(j => j.Example.Label == "question").ToList();
        foreach (var falseBudget in new[] { 0.005, 0.01, 0.02 })
        {
            var best = Enumerable.Range(1, 99).Select(t => t / 100.0)
                .Select(t => (t, recall: dosing.Count(j => j.Signals.Scores.Dosing >= t) / (double)dosing.Count,
                              fr: benign.Count(j => j.Signals.Scores.Dosing >= t) / (double)benign.Count))
                .Where(x => x.fr <= falseBudget).MaxBy(x => x.recall);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dosing score false dosing <= {falseBudget:P1}: recall {best.recall:F3} at {best.t:F2} (false {best.fr:P1})"));
        }
    }

    public static void Run(IReadOnlyList<TriageExample> train, IReadOnlyList<JudgedExample> dev, EmbeddingCache cache, TextWriter log)
    {
        var context = new MLContext(TriageTrainer.Seed);
        var trainVectors = cache.EmbedQueries([.. train.Select(e => MessageNormalizer.Normalize(e.Text).Text)]);
        var data = context.Data.LoadFromEnumerable(train.Select((e, i) => new Row { Text = TriageTrainer.SafetyTextFold(e.Text), Embedding = trainVectors[i], Label = e.Label == "crisis" }));
        var model = context.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Embedding),
            NumberOfTrees = 300,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        }).Fit(data);
        var engine = context.Model.CreatePredictionEngine<Row, Scored>(model);
        var devVectors = cache.EmbedQueries([.. dev.Select(j => MessageNormalizer.Normalize(j.Example.Text).Text)]);
        var risk = devVectors.Select(v => (double)engine.Predict(new Row { Embedding = v }).Probability).ToArray();

        // A yes/no logistic regression over the same features as the multiclass model (n-grams and the embedding).
        var textual = TriageTrainer.Features(context, nameof(Row.Text), nameof(Row.Embedding))
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(new Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = "Features",
                L2Regularization = 0.01f,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 400,
            })).Fit(data);
        var binary = context.Model.CreatePredictionEngine<Row, Scored>(textual);
        var lr = dev.Select((j, i) => (double)binary.Predict(new Row { Text = TriageTrainer.SafetyTextFold(j.Example.Text), Embedding = devVectors[i] }).Probability).ToArray();

        // Nearest neighbours: the share of crisis among the k training messages closest to each dev message.
        var isCrisis = train.Select(e => e.Label == "crisis").ToArray();
        var knn = devVectors.Select(v =>
        {
            var nearest = trainVectors.Select((t, j) => (j, s: System.Numerics.Tensors.TensorPrimitives.Dot(t, v))).OrderByDescending(x => x.s).Take(7).ToList();
            return nearest.Sum(x => isCrisis[x.j] ? x.s : 0) / nearest.Sum(x => x.s);
        }).Select(x => (double)x).ToArray();

        var variants = new (string Name, Func<int, double> Score)[]
        {
            ("multiclass", i => dev[i].Signals.Scores.Crisis),
            ("fasttree", i => risk[i]),
            ("average", i => (dev[i].Signals.Scores.Crisis + risk[i]) / 2),
            ("knn7", i => knn[i]),
            ("binary-lr", i => lr[i]),
            ("mc+lr", i => (dev[i].Signals.Scores.Crisis + lr[i]) / 2),
            ("max(mc,lr)", i => Math.Max(dev[i].Signals.Scores.Crisis, lr[i])),
            ("mc+knn", i => (dev[i].Signals.Scores.Crisis + knn[i]) / 2),
            ("max(mc,knn)", i => Math.Max(dev[i].Signals.Scores.Crisis, knn[i])),
        };
        Print(variants, dev, log);
    }

    private static void Print(IReadOnlyList<(string Name, Func<int, double> Score)> variants, IReadOnlyList<JudgedExample> dev, TextWriter log)
    {
        var crisis = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Label == "crisis").ToList();
        var benign = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Label == "question").ToList();
        foreach (var (name, score) in variants)
        {
            foreach (var falseBudget in new[] { 0.02, 0.05, 0.08, 0.10 })
            {
                var best = Enumerable.Range(1, 99).Select(t => t / 100.0)
                    .Select(t => (t, recall: crisis.Count(i => dev[i].Signals.CrisisRule || score(i) >= t) / (double)crisis.Count,
                                  fr: benign.Count(i => dev[i].Signals.CrisisRule || score(i) >= t) / (double)benign.Count))
                    .Where(x => x.fr <= falseBudget).MaxBy(x => x.recall);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} false crisis <= {falseBudget:P0}: recall {best.recall:F3} at {best.t:F2} (false {best.fr:P1})"));
            }
        }
    }
}
