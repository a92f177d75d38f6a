using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.Hosting;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;

namespace FibroBot.Cli;

internal static class AnswerVerbs
{
    /// <summary><c>ask "QUESTION"</c>: the full pipeline over the bundled corpus, composed as the host composes it.</summary>
    public static Task<int> AskAsync(string[] args)
    {
        if (args.Length == 0 || string.IsNullOrWhiteSpace(string.Join(' ', args)))
        {
            Console.Error.WriteLine("error: usage: ask \"QUESTION\"");
            return Task.FromResult(2);
        }

        var builder = CliHost.CreateBuilder();
        builder.AddAnswering();
        return CliHost.RunAsync(builder, services =>
        {
            var result = services.GetRequiredService<AnswerPipeline>().Answer(string.Join(' ', args), ConversationMemory.Empty);
            Console.WriteLine(MarkdownRenderer.Render(result.Answer));
            return Task.FromResult(0);
        });
    }

    /// <summary>
    /// <c>eval [--questions FILE]</c>: retrieval quality on the project's labeled question set. Safety triage is
    /// trained and measured by the triage tool (tools/TriageLab), so no evaluation code ships with the bot.
    /// </summary>
    public static Task<int> EvalAsync(string[] args)
    {
        var questions = CliHost.Option(args, "--questions") ?? RepositoryPaths.FindUpwards(RetrievalEvaluation.DefaultPath)
            ?? throw new FileNotFoundException($"Could not find {RetrievalEvaluation.DefaultPath}; pass --questions FILE.");
        var builder = CliHost.CreateBuilder();
        builder.AddAnswering();
        return CliHost.RunAsync(builder, services =>
        {
            var retrieval = RetrievalEvaluation.Run(services.GetRequiredService<IPassageSearch>(), QuestionSet.Load(questions));
            Console.WriteLine($"retrieval: {retrieval}");
            if (retrieval.Misses.Count > 0)
            {
                Console.WriteLine($"retrieval misses (no relevant source in the top 3): {string.Join(' ', retrieval.Misses)}");
            }

            return Task.FromResult(0);
        });
    }
}
