using System.Globalization;
using System.Text.Json;
using FibroBot.Safety;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FibroBot.TriageLab;

/// <summary>
/// Experiment (thirty-sixth session): a second-stage model for the weak band, the messages that reach crisis guidance on the
/// model's crisis reading alone with a score under <see cref="Ceiling"/>. It is fitted on the weak-band items of one
/// signals dump (the unused data, which the shipped model never saw) and measured on another (the dev split), so the
/// question is only whether the band separates at all: how many safe messages it would let go for each crisis it would lose.
/// </summary>
public static class WeakBandExperiment
{
    private const double Ceiling = 0.5;

    private sealed class Row
    {
        [VectorType(TriageModelInput.EmbeddingSize + 5)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed record Item(string Text, bool IsCrisis, float[] Scores);

    public static int Run(string trainSignals, string devSignals, IQueryEmbedder embeddings, TextWriter log)
    {
        var train = Band(trainSignals);
        var dev = Band(devSignals);
        log.WriteLine($"weak band (crisis model alone, score < {Ceiling}): train {train.Count} ({train.Count(i => i.IsCrisis)} crises), dev {dev.Count} ({dev.Count(i => i.IsCrisis)} crises)");
        var context = new MLContext(TriageTrainer.Seed);
        foreach (var (name, trainer) in new (string, Func<IEstimator<ITransformer>>)[]
        {
            ("logistic l2=1", () => context.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 1f)),
            ("logistic l2=10", () => context.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 10f)),
            ("fasttree", () => context.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 100, minimumExampleCountPerLeaf: 5)),
        })
        {
            var model = trainer().Fit(context.Data.LoadFromEnumerable(Rows(train, embeddings)));
            var scored = context.Data.CreateEnumerable<Scored>(model.Transform(context.Data.LoadFromEnumerable(Rows(dev, embeddings))), reuseRowObject: false).ToList();
            log.WriteLine($"{name}: dev crises lost / safe let go, by the bar under which the crisis reading is dropped");
            foreach (var bar in new[] { 0.02, 0.05, 0.1, 0.15, 0.2, 0.3 })
            {
                var lost = dev.Where((item, i) => item.IsCrisis && scored[i].Probability < bar).Count();
                var letGo = dev.Where((item, i) => !item.IsCrisis && scored[i].Probability < bar).Count();
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bar {bar:F2}: crises lost {lost}, safe let go {letGo}"));
            }
        }

        return 0;
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<Item> items, IQueryEmbedder embeddings)
    {
        var vectors = embeddings.EmbedQueries([.. items.Select(i => MessageNormalizer.Normalize(i.Text).Text)]);
        return items.Select((item, i) => new Row { Features = [.. vectors[i], .. item.Scores], Label = item.IsCrisis });
    }

    private static List<Item> Band(string path) =>
        [.. File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("reason").GetString() == "crisis model" && e.GetProperty("crisis").GetDouble() < Ceiling)
            .Select(e => new Item(
                e.GetProperty("text").GetString()!,
                e.GetProperty("label").GetString() == "crisis",
                [.. new[] { "crisis", "dosing", "question", "smallTalk", "offTopic" }.Select(k => (float)e.GetProperty(k).GetDouble())]))];
}
