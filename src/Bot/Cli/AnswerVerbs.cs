namespace FibroBot.Cli;

internal static class AnswerVerbs
{
    public static Task<int> AskAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

    public static Task<int> EvalAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

}
