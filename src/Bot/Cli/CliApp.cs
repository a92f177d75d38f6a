namespace FibroBot.Cli;

/// <summary>The host's command-line verbs (see the README's verb table): each exits 0 on success, non-zero with a one-line reason.</summary>
public static class CliApp
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["validate"] = CorpusVerbs.ValidateAsync,
        ["index"] = CorpusVerbs.IndexAsync,
        ["beir"] = CorpusVerbs.BeirAsync,
        ["ask"] = AnswerVerbs.AskAsync,
        ["eval"] = AnswerVerbs.EvalAsync,
        ["report"] = ModerationVerbs.ReportAsync,
        ["export"] = ModerationVerbs.ExportAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await Verbs[args[0]](args[1..]);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
