using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using FibroBot.Retrieval.Embeddings;

namespace FibroBot.Tests.Hybrid;

/// <summary>Passages longer than the model reads are windowed, and stored passage vectors are keyed with the window policy.</summary>
public sealed class WindowingTests
{
    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));

    [Fact]
    public void The_end_of_a_passage_longer_than_one_window_still_counts()
    {
        var opening = string.Join(' ', Enumerable.Range(0, SentenceEmbedder.WindowWords / 10).Select(_ => "the weather in spring was mild and the gardens were full"));
        const string Ending = "Kratom use has been linked to acute liver injury, and several case reports describe jaundice after weeks of daily use.";
        var passage = opening + " " + Ending;
        Assert.True(passage.Split(' ').Length > SentenceEmbedder.WindowWords);

        var query = SharedEncoder.Embedder.Embed("can kratom damage the liver", TextRole.Query);
        var windowed = SharedEncoder.Embedder.Embed(passage, TextRole.Passage);
        var openingOnly = SharedEncoder.Embedder.Embed(opening, TextRole.Passage);

        Assert.True(TensorPrimitives.Dot(windowed, query) > TensorPrimitives.Dot(openingOnly, query) + 0.02f,
            $"windowed {TensorPrimitives.Dot(windowed, query):0.000}, opening only {TensorPrimitives.Dot(openingOnly, query):0.000}");
        Assert.Equal(1f, TensorPrimitives.Norm(windowed), 3);
    }

    [Fact]
    public void A_passage_key_names_the_window_policy_and_a_query_key_does_not()
    {
        static string Plain(string role, string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"m\0{role}\0{text}")));
        var text = Words("pain", SentenceEmbedder.WindowWords + 1);

        Assert.NotEqual(Plain("p", text), VectorKey.Of("m", TextRole.Passage, text));
        Assert.Equal(Plain($"p {SentenceEmbedder.WindowPolicy}", text), VectorKey.Of("m", TextRole.Passage, text));
        Assert.Equal(Plain("q", text), VectorKey.Of("m", TextRole.Query, text));
    }
}
