using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.BotFramework.Storage;
using FibroBot.Hosting;

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

    public static Task<int> EvalAsync(string[] args)
    {
        Console.Error.WriteLine("error: eval needs the retrieval and safety evaluations, which are not in this build yet");
        return Task.FromResult(2);
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
