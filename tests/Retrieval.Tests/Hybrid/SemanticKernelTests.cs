using FibroBot.Retrieval.Search;
using FibroBot.Retrieval.SemanticKernel;
using Microsoft.Extensions.VectorData;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;

namespace FibroBot.Tests.Hybrid;

#pragma warning disable SKEXP0001 // ITextSearch<T> is experimental in Semantic Kernel 1.82
[Trait("Category", "Slow")]
public class SemanticKernelTests
{
    private static IPassageSearch Search => SharedEncoder.RepositoryEngine.Search;

    [Fact]
    public async Task Text_search_returns_the_same_passages_as_the_engine()
    {
        ITextSearch<EvidenceRecord> textSearch = new EvidenceSearch(Search);
        const string Question = "can kratom hurt your liver";

        var results = await textSearch.GetSearchResultsAsync(Question, new TextSearchOptions<EvidenceRecord> { Top = 3 });
        var records = await results.Results.ToListAsync();

        var engine = Search.Search(Question, new SearchOptions(MaxHits: 3));
        Assert.Equal(engine.Hits.Select(h => h.Passage.Id), records.Select(r => r.PassageId));
        Assert.All(records, r => Assert.False(string.IsNullOrWhiteSpace(r.EvidenceLabel)));
    }

    [Fact]
    public async Task Text_search_filters_on_the_record()
    {
        ITextSearch<EvidenceRecord> textSearch = new EvidenceSearch(Search);

        var results = await textSearch.GetSearchResultsAsync("does microdosing help nerve pain",
            new TextSearchOptions<EvidenceRecord> { Top = 5, Filter = r => r.Vetted });

        var records = await results.Results.ToListAsync();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.True(r.Vetted));
    }

    [Fact]
    public async Task The_kernel_plugin_searches_the_evidence_and_declines_off_topic_questions()
    {
        var kernel = new Kernel();
        kernel.Plugins.Add(EvidencePlugin.Create(new EvidenceSearch(Search)));

        var answer = await kernel.InvokeAsync(EvidencePlugin.PluginName, EvidencePlugin.FunctionName,
            new KernelArguments { ["question"] = "What is fibromyalgia?", ["top"] = 2 });
        var offTopic = await kernel.InvokeAsync(EvidencePlugin.PluginName, EvidencePlugin.FunctionName,
            new KernelArguments { ["question"] = "what's the capital of France" });

        var text = answer.GetValue<string>()!;
        Assert.StartsWith("[1] ", text, StringComparison.Ordinal);
        Assert.Contains("[2] ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[3] ", text, StringComparison.Ordinal);
        Assert.Contains("MedlinePlus", text, StringComparison.Ordinal);
        Assert.Equal("No passage in the evidence answers this question.", offTopic.GetValue<string>());
        Assert.Contains(kernel.Plugins.GetFunctionsMetadata(), f => f.Name == EvidencePlugin.FunctionName && f.Description.Contains("Search the evidence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_vector_searchable_accepts_a_question_or_a_query_vector()
    {
        IVectorSearchable<EvidenceRecord> searchable = new EvidenceSearch(Search);
        var vector = Search.EmbedQuery("is kratom addictive")!;

        var byText = await searchable.SearchAsync("is kratom addictive", 3).ToListAsync();
        var byVector = await searchable.SearchAsync(new ReadOnlyMemory<float>(vector), 3).ToListAsync();

        Assert.Equal(3, byText.Count);
        Assert.Equal(3, byVector.Count);
        Assert.All(byVector, r => Assert.Contains("kratom", r.Record.SourceId, StringComparison.Ordinal));
    }
}
#pragma warning restore SKEXP0001
