using System.Runtime.CompilerServices;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Microsoft.SemanticKernel.Data;

namespace FibroBot.Retrieval.SemanticKernel;

/// <summary>One cited passage as Semantic Kernel hosts see it: the text and where it comes from, with its evidence label.</summary>
/// <param name="Score">Relevance relative to the best hit (1.0), after the evidence label's small adjustment.</param>
public sealed record EvidenceRecord(
    string PassageId,
    string SourceId,
    string Title,
    string? Url,
    string EvidenceLabel,
    bool Vetted,
    string? Heading,
    string Text,
    double Score)
{
    public static EvidenceRecord From(SearchHit hit) => new(
        hit.Passage.Id, hit.Source.Id, hit.Source.Title, hit.Source.Url, EvidenceLabels.DisplayName(hit.Source.Label),
        hit.Source.Kind == SourceKind.Vetted, hit.Passage.Heading, hit.Passage.Text, hit.Score);
}

/// <summary>
/// The bot's hybrid search (the very <see cref="IPassageSearch"/> the answer pipeline calls) behind Semantic Kernel's
/// <see cref="ITextSearch{TRecord}"/> and VectorData's <see cref="IVectorSearchable{TRecord}"/>, so an SK host can
/// search the evidence without knowing the engine. A question the corpus cannot answer yields no results, as in the bot.
/// </summary>
#pragma warning disable SKEXP0001 // ITextSearch<T> is experimental in SK 1.82; the non-generic ITextSearch is obsolete.
public sealed class EvidenceSearch(IPassageSearch search) : ITextSearch<EvidenceRecord>, IVectorSearchable<EvidenceRecord>
{
    public const int DefaultTop = 3;

    public Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions<EvidenceRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Results(Find(query, searchOptions), r => r.Text));

    public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions<EvidenceRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Results(Find(query, searchOptions), r => new TextSearchResult(r.Text) { Name = r.Title, Link = r.Url }));

    public Task<KernelSearchResults<EvidenceRecord>> GetSearchResultsAsync(string query, TextSearchOptions<EvidenceRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Results(Find(query, searchOptions), r => r));

    /// <summary>
    /// Searches by text (hybrid, as the bot does) or by a query vector the caller already holds
    /// (<c>float[]</c>, <c>ReadOnlyMemory&lt;float&gt;</c> or <c>Embedding&lt;float&gt;</c>: dense only, no words to match).
    /// </summary>
    public async IAsyncEnumerable<VectorSearchResult<EvidenceRecord>> SearchAsync<TInput>(TInput searchValue, int top,
        VectorSearchOptions<EvidenceRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        var skip = options?.Skip ?? 0;
        var max = new SearchOptions(MaxHits: skip + top);
        var response = searchValue switch
        {
            string text => search.Search(text, max),
            float[] vector => search.Search(string.Empty, vector, max),
            ReadOnlyMemory<float> vector => search.Search(string.Empty, vector, max),
            Embedding<float> embedding => search.Search(string.Empty, embedding.Vector, max),
            _ => throw new NotSupportedException($"search by {typeof(TInput).Name} is not supported: pass a question or a query vector"),
        };
        var filter = options?.Filter?.Compile();
        foreach (var record in response.Hits.Select(EvidenceRecord.From).Where(r => filter is null || filter(r)).Skip(skip).Take(top))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new VectorSearchResult<EvidenceRecord>(record, record.Score);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    private List<EvidenceRecord> Find(string query, TextSearchOptions<EvidenceRecord>? options)
    {
        var top = options?.Top ?? DefaultTop;
        var skip = options?.Skip ?? 0;
        var filter = options?.Filter?.Compile();
        // Ask for more than needed when filtering, so the filter does not empty a page the search could have filled.
        var response = search.Search(query, new SearchOptions(MaxHits: (skip + top) * (filter is null ? 1 : 3)));
        return [.. response.Hits.Select(EvidenceRecord.From).Where(r => filter is null || filter(r)).Skip(skip).Take(top)];
    }

    private static KernelSearchResults<T> Results<T>(List<EvidenceRecord> records, Func<EvidenceRecord, T> map) =>
        new(records.Select(map).ToAsyncEnumerable(), records.Count);
}
#pragma warning restore SKEXP0001
