using System.Security.Cryptography;
using System.Text;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;

namespace FibroBot.TriageLab;

/// <summary>
/// Query vectors of the labelled messages, kept in a file keyed by a hash of each text, so that retraining and
/// re-measuring do not pay the encoder again for messages it has already read. Also the lab's <see cref="IQueryEmbedder"/>.
/// </summary>
public sealed class EmbeddingCache(SentenceEmbedder embedder, string path) : IQueryEmbedder
{
    private readonly Dictionary<string, float[]> _vectors = Load(path);
    private int _added;

    public static string DefaultPath => Path.Combine(Path.GetTempPath(), "fibrobot-triage-embeddings.bin");

    public float[][] EmbedQueries(IReadOnlyList<string> texts)
    {
        var keys = texts.Select(Key).ToArray();
        var missing = keys.Select((k, i) => (k, i)).Where(p => !_vectors.ContainsKey(p.k)).ToList();
        if (missing.Count > 0)
        {
            var fresh = embedder.EmbedMany([.. missing.Select(p => texts[p.i])], TextRole.Query);
            for (var j = 0; j < missing.Count; j++)
            {
                _vectors[missing[j].k] = fresh[j];
            }

            _added += missing.Count;
        }

        return [.. keys.Select(k => _vectors[k])];
    }

    /// <summary>Embeds many texts in large batches, reporting progress, before a run reads them one by one.</summary>
    public void Warm(IReadOnlyList<string> texts, TextWriter log)
    {
        var missing = texts.Distinct().Where(t => !_vectors.ContainsKey(Key(t))).ToList();
        for (var start = 0; start < missing.Count; start += 256)
        {
            EmbedQueries(missing[start..Math.Min(missing.Count, start + 256)]);
            log.WriteLine($"  embedded {Math.Min(missing.Count, start + 256)}/{missing.Count}");
        }
    }

    public void Save()
    {
        if (_added == 0)
        {
            return;
        }

        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(_vectors.Count);
            foreach (var (key, vector) in _vectors)
            {
                writer.Write(key);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        _added = 0;
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SentenceEmbedder.Model + "\n" + text)));

    private static Dictionary<string, float[]> Load(string path)
    {
        var result = new Dictionary<string, float[]>();
        if (!File.Exists(path))
        {
            return result;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[SentenceEmbedder.VectorDimensions];
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] = reader.ReadSingle();
                }

                result[key] = vector;
            }
        }
        catch (EndOfStreamException)
        {
            // A cache cut short is only a cache: start again.
            result.Clear();
        }

        return result;
    }
}
