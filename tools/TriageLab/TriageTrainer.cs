using FibroBot.Safety;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace FibroBot.TriageLab;

/// <summary>
/// Fits the triage model: ML.NET character and word n-grams of the folded text beside the sentence embedding, into a
/// maximum-entropy classifier. Fixed seed; the data order is the files' order, so a retrain reproduces the model.
/// </summary>
public static class TriageTrainer
{
    public const int Seed = 20261203;

    /// <summary>
    /// The class weights of the shipped model (thirtieth session): with 18,106 more training messages, the unweighted fit
    /// caught one dev crisis fewer than the model it replaced (2,221 against 2,222 of 2,285), which the shipping rule
    /// forbids; crisis weighted 1.5 caught 2,223 and kept the other gains. "--weights" overrides it ("crisis=1" for none).
    /// </summary>
    public const string ShippedClassWeights = "crisis=1.5";

    /// <summary>A training row: what the shipped model reads, plus the label and a per-class weight.</summary>
    private sealed class TrainingRow
    {
        public string Text { get; set; } = string.Empty;

        [Microsoft.ML.Data.VectorType(TriageModelInput.EmbeddingSize)]
        public float[] Embedding { get; set; } = [];

        public string Label { get; set; } = string.Empty;

        public float Weight { get; set; } = 1;
    }

    public static ITransformer Fit(IReadOnlyList<TriageExample> examples, IQueryEmbedder embeddings, float l2 = 0.05f, string trainer = "lbfgs", IReadOnlyDictionary<string, float>? classWeights = null, TriageFeatureOptions? features = null)
    {
        var context = new MLContext(Seed);
        var vectors = embeddings.EmbedQueries([.. examples.Select(e => MessageNormalizer.Normalize(e.Text).Text)]);
        var rows = examples.Select((e, i) => new TrainingRow
        {
            Text = SafetyTextFold(e.Text),
            Embedding = vectors[i],
            Label = e.Label,
            Weight = classWeights?.GetValueOrDefault(e.Label, 1f) ?? 1f,
        }).ToList();
        var data = context.Data.LoadFromEnumerable(rows);

        var pipeline = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TriageModelInput.Label))
            .Append(Features(context, nameof(TriageModelInput.Text), nameof(TriageModelInput.Embedding), features))
            .Append(Trainer(context, trainer, l2));

        return pipeline.Fit(data);
    }

    /// <summary>
    /// The features every triage model reads, in a column "Features": word 1–2-grams and character n-grams of the folded
    /// text (L2-normalised) beside the sentence embedding.
    /// </summary>
    public static IEstimator<ITransformer> Features(MLContext context, string textColumn, string embeddingColumn, TriageFeatureOptions? options = null)
    {
        var view = options ?? TriageFeatureOptions.Shipped;
        // The embedding already has unit norm, so "global contrast" without centring only multiplies it by the scale.
        IEstimator<ITransformer> embedding = view.EmbeddingScale == 1
            ? new EstimatorChain<ITransformer>()
            : context.Transforms.NormalizeGlobalContrast("EmbeddingScaled", embeddingColumn, ensureZeroMean: false, scale: view.EmbeddingScale);
        var embeddingColumns = new List<string> { view.EmbeddingScale == 1 ? embeddingColumn : "EmbeddingScaled" };
        if (view.KernelRank > 0)
        {
            // Random Fourier features approximate a Gaussian kernel on the embedding: a non-linear view a linear model can use.
            embedding = embedding.Append(context.Transforms.ApproximatedKernelMap("EmbeddingKernel", embeddingColumn, view.KernelRank, useCosAndSinBases: false, new Microsoft.ML.Transforms.GaussianKernel(view.KernelGamma), seed: Seed))
                .Append(context.Transforms.NormalizeGlobalContrast("EmbeddingKernelScaled", "EmbeddingKernel", ensureZeroMean: false, scale: view.KernelScale));
            embeddingColumns.Add("EmbeddingKernelScaled");
        }

        return TextFeatures(context, textColumn, view)
            .Append(embedding)
            .Append(context.Transforms.Concatenate("Features", ["TextFeatures", .. embeddingColumns]));
    }

    /// <summary>Word 1–n-grams and character n-grams of the folded text, L2-normalised, in a column "TextFeatures".</summary>
    public static IEstimator<ITransformer> TextFeatures(MLContext context, string textColumn, TriageFeatureOptions view) =>
        context.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = view.WordNgrams, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = view.CharNgrams, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, textColumn);

    /// <summary>The classifier: maximum entropy (L-BFGS) ships; the others are kept to compare against it on the dev split.</summary>
    private static IEstimator<ITransformer> Trainer(MLContext context, string name, float l2) => name switch
    {
        "lbfgs" => MaximumEntropy(context, l2, nameof(TrainingRow.Weight)),
        "sdca" => context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            L2Regularization = l2,
            NumberOfThreads = 1,
        }),
        "lightgbm" => context.MulticlassClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            NumberOfIterations = 300,
            LearningRate = 0.05,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 5,
            Seed = Seed,
            NumberOfThreads = 2,
        }),
        _ => throw new ArgumentException($"Unknown trainer '{name}': lbfgs, sdca or lightgbm."),
    };

    /// <summary>The shipped classifier: maximum entropy by L-BFGS over "Features", predicting "LabelKey".</summary>
    public static IEstimator<ITransformer> MaximumEntropy(MLContext context, float l2, string weightColumn) =>
        context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = weightColumn,
            L2Regularization = l2,
            L1Regularization = 0,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 400,
        });

    public static void Save(ITransformer model, string path)
    {
        var context = new MLContext(Seed);
        var schema = context.Data.LoadFromEnumerable(Array.Empty<TriageModelInput>()).Schema;
        context.Model.Save(model, schema, path);
    }

    /// <summary>The model reads the folded text at run time, so it is trained on the same fold.</summary>
    public static string SafetyTextFold(string text) => SafetyText.Normalize(MessageNormalizer.Normalize(text).Text);
}

/// <summary>
/// What the classifier reads: word 1–n-grams and character n-grams of the folded text, and the sentence embedding,
/// scaled against the n-grams (both have unit norm) and optionally mapped through random Fourier features of a Gaussian
/// kernel. <see cref="Shipped"/> is what the shipped model uses; the others are experiments on the dev split.
/// </summary>
public sealed record TriageFeatureOptions(int WordNgrams, int CharNgrams, float EmbeddingScale, int KernelRank, float KernelGamma, float KernelScale)
{
    public static TriageFeatureOptions Shipped { get; } = new(2, 4, 1, 0, 1, 1);
}
