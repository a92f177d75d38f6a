using System.ComponentModel;
using System.Text;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;

namespace FibroBot.Retrieval.SemanticKernel;

/// <summary>
/// The Kernel plugin "evidence" with one function, <c>search_evidence</c>: what an SK host (or its planner) calls to
/// search the corpus. No chat model is involved: the function returns cited passages, never generated text.
/// </summary>
#pragma warning disable SKEXP0001
public sealed class EvidencePlugin(ITextSearch<EvidenceRecord> search)
{
    public const string PluginName = "evidence";
    public const string FunctionName = "search_evidence";

    /// <summary>A Kernel plugin over the search.</summary>
    public static KernelPlugin Create(ITextSearch<EvidenceRecord> search) =>
        KernelPluginFactory.CreateFromObject(new EvidencePlugin(search), PluginName);

    [KernelFunction(FunctionName)]
    [Description("Search the evidence: passages from vetted summaries of guidelines, trials and regulators (and weak seed articles, labelled) about fibromyalgia and chronic pain. Returns each passage with its source, link and evidence label, or nothing when the corpus cannot answer.")]
    public async Task<string> SearchEvidenceAsync(
        [Description("The member's question, in their own words")] string question,
        [Description("How many passages to return")] int top = EvidenceSearch.DefaultTop,
        CancellationToken cancellationToken = default)
    {
        var results = await search.GetSearchResultsAsync(question, new TextSearchOptions<EvidenceRecord> { Top = Math.Clamp(top, 1, 10) }, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        var n = 0;
        await foreach (var record in results.Results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            text.Append('[').Append(++n).Append("] ").Append(record.Title).Append(" (").Append(record.EvidenceLabel).Append(')')
                .Append(record.Url is null ? string.Empty : " " + record.Url).Append('\n').Append(record.Text).Append("\n\n");
        }

        return n == 0 ? "No passage in the evidence answers this question." : text.ToString().TrimEnd();
    }
}
#pragma warning restore SKEXP0001
