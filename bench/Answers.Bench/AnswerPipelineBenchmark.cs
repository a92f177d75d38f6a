using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using Microsoft.Extensions.Hosting;
using FibroBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FibroBot.Bench.Answers;

/// <summary>
/// One message through the whole answer path on the bundled corpus, as the host composes it:
/// normalise, triage, retrieve, redact, compose, and render to Markdown and an Adaptive Card.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class AnswerPipelineBenchmark
{
    private IHost? _services;
    private AnswerPipeline? _pipeline;

    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = string.Empty;

    /// <summary>One message per path: FAQ questions on each topic, a follow-up-free off-topic question, a dosing request and a crisis.</summary>
    public static IEnumerable<string> Messages { get; } =
    [
        "Does low-dose naltrexone help fibromyalgia?",
        "What did research find about microdosing for pain?",
        "Is kratom addictive?",
        "Which exercise helps fibromyalgia most?",
        "What is the capital of France?",
        "What's the starting dose of LDN?",
        "I want to end my life",
    ];

    [GlobalSetup]
    public void Setup()
    {
        // The ask verb's composition, with settings from the environment as before.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.AddAnswering();
        _services = builder.Build();
        _pipeline = _services.Services.GetRequiredService<AnswerPipeline>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public int AnswerAndRender()
    {
        var answer = _pipeline!.Answer(Message, ConversationMemory.Empty).Answer;
        return MarkdownRenderer.Render(answer).Length + AdaptiveCardRenderer.Render(answer).Count;
    }
}

/// <summary>The target is a median, so the median is shown beside the mean.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
}
