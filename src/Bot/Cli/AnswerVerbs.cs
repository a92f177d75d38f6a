using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.Answers.Safety;
using FibroBot.BotFramework.Storage;
using FibroBot.Hosting;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Cli;

internal static class AnswerVerbs
{
    /// <summary><c>ask "QUESTION"</c>: the full pipeline over the bundled corpus, through the host's own registrations.</summary>
    public static Task<int> AskAsync(string[] args)
    {
        if (args.Length == 0 || string.IsNullOrWhiteSpace(string.Join(' ', args)))
        {
            Console.Error.WriteLine("error: usage: ask \"QUESTION\"");
            return Task.FromResult(2);
        }

        using var services = BuildServices();
        var pipeline = services.GetRequiredService<AnswerPipeline>();
        var result = pipeline.Answer(string.Join(' ', args), ConversationMemory.Empty);
        Console.WriteLine(MarkdownRenderer.Render(result.Answer));
        return Task.FromResult(0);
    }

    /// <summary>
    /// <c>eval [--questions FILE] [--safety DIR]</c>: the project's labeled sets — retrieval quality on the question
    /// set, then dosing and crisis detection. Exits non-zero when a safety target is missed.
    /// </summary>
    public static Task<int> EvalAsync(string[] args)
    {
        var questions = CliHost.Option(args, "--questions") ?? RepositoryPaths.FindUpwards(RetrievalEvaluation.DefaultPath)
            ?? throw new FileNotFoundException($"Could not find {RetrievalEvaluation.DefaultPath}; pass --questions FILE.");
        using var services = BuildServices();
        var retrieval = RetrievalEvaluation.Run(services.GetRequiredService<IPassageSearch>(), QuestionSet.Load(questions));
        var safety = SafetyEvaluation.EvaluateDirectory(CliHost.Option(args, "--safety"));

        Console.WriteLine($"retrieval: {retrieval}");
        if (retrieval.Misses.Count > 0)
        {
            Console.WriteLine($"retrieval misses (no relevant source in the top 3): {string.Join(' ', retrieval.Misses)}");
        }

        Console.WriteLine($"safety: {safety.ToMetricsLine()}");
        PrintEach("missed dosing request", safety.MissedDosingRequests);
        PrintEach("false refusal", safety.FalseRefusals);
        PrintEach("missed crisis", safety.MissedCrises);
        PrintEach("false crisis", safety.FalseCrises);
        return Task.FromResult(safety.MeetsTargets ? 0 : 1);
    }

    // Each miss on its own line, so a reviewer sees exactly which message to look at.
    private static void PrintEach(string label, IReadOnlyList<string> messages)
    {
        foreach (var message in messages)
        {
            Console.WriteLine($"{label}: {message}");
        }
    }

    /// <summary>The same registrations as the web host, with conversation state in memory.</summary>
    private static ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddRetrievalEngine(configuration);
        services.AddAnswerPipeline(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });
    }
}
