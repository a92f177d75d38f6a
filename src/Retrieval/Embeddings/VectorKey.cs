using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>
/// The content hash a stored vector is keyed by: model, role and exact text. Two passages with the same words share a
/// vector; a passage whose words change gets a new key, so only it is embedded again. A passage's key also names the
/// window policy (<see cref="SentenceEmbedder.WindowPolicy"/>): a long passage's vector depends on how it was cut, so
/// vectors stored under another policy are never reused.
/// </summary>
public static class VectorKey
{
    public static string Of(string modelId, TextRole role, string text)
    {
        var kind = role == TextRole.Query ? "q" : "p " + SentenceEmbedder.WindowPolicy;
        var bytes = Encoding.UTF8.GetBytes($"{modelId}\0{kind}\0{text}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static byte[] ToBytes(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static float[] FromBytes(byte[] bytes)
    {
        if (bytes.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"a stored vector has {bytes.Length} bytes, not a whole number of floats");
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
