using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FibroBot.Safety;

/// <summary>
/// The learned triage model (ML.NET: n-gram and sentence-embedding features, maximum-entropy classifier), loaded from
/// the file that ships with the bot. ML.NET prediction engines are not thread-safe, so each call borrows one from a
/// small pool; the model itself is loaded once per process.
/// </summary>
public sealed class TriageModel
{
    public const string ModelFileName = "triage-model.zip";
    public const string CardFileName = "triage-model.json";

    private readonly MLContext _context = new(seed: 0);
    private readonly ITransformer _transformer;
    private readonly ConcurrentBag<PredictionEngine<TriageModelInput, TriageModelOutput>> _engines = [];
    private readonly TriageClass[] _slotClasses;

    public TriageModel(string directory)
    {
        var modelPath = System.IO.Path.Combine(directory, ModelFileName);
        var cardPath = System.IO.Path.Combine(directory, CardFileName);
        if (!File.Exists(modelPath))
        {
            throw new SafetyModelException(modelPath, "the file does not exist");
        }

        if (!File.Exists(cardPath))
        {
            throw new SafetyModelException(cardPath, "the file does not exist");
        }

        Card = TriageModelCard.Load(cardPath);
        try
        {
            _transformer = _context.Model.Load(modelPath, out _);
            _slotClasses = ReadSlotClasses(_transformer);
        }
        catch (Exception e) when (e is not SafetyModelException)
        {
            throw new SafetyModelException(modelPath, $"it could not be loaded as an ML.NET model ({e.GetType().Name}: {e.Message})", e);
        }

        // A first prediction proves the file is whole before the bot takes traffic.
        _ = Predict(string.Empty, new float[TriageModelInput.EmbeddingSize]);
        Directory = directory;
    }

    /// <summary>A model just fitted in memory, for the trainer to choose its thresholds with the same policy code.</summary>
    public TriageModel(ITransformer fitted, TriageModelCard card)
    {
        _transformer = fitted;
        Card = card;
        Directory = string.Empty;
        _slotClasses = ReadSlotClasses(fitted);
    }

    public string Directory { get; }

    public TriageModelCard Card { get; }

    public TriageScores Predict(string text, ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != TriageModelInput.EmbeddingSize)
        {
            throw new ArgumentException($"The embedding has {embedding.Length} values; the model reads {TriageModelInput.EmbeddingSize}.", nameof(embedding));
        }

        var engine = _engines.TryTake(out var pooled) ? pooled : _context.Model.CreatePredictionEngine<TriageModelInput, TriageModelOutput>(_transformer);
        try
        {
            var output = engine.Predict(new TriageModelInput { Text = text, Embedding = embedding.ToArray() });
            var probabilities = new double[TriageClasses.All.Count];
            for (var slot = 0; slot < _slotClasses.Length; slot++)
            {
                probabilities[(int)_slotClasses[slot]] = output.Score[slot];
            }

            return new(probabilities[0], probabilities[1], probabilities[2], probabilities[3], probabilities[4]);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The score vector follows the label key order of training; read it from the model instead of assuming it.</summary>
    private TriageClass[] ReadSlotClasses(ITransformer model)
    {
        var schema = model.GetOutputSchema(_context.Data.LoadFromEnumerable(Array.Empty<TriageModelInput>()).Schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        var classes = names.DenseValues().Select(n => TriageClasses.Parse(n.ToString())).ToArray();
        if (classes.Length != TriageClasses.All.Count || classes.Distinct().Count() != classes.Length)
        {
            throw new SafetyModelException(Directory, "its classes are not crisis, dosing, question, smalltalk and offtopic");
        }

        return classes;
    }
}
