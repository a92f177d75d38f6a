namespace FibroBot.Cli;

internal static class CorpusVerbs
{
    public static Task<int> ValidateAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

    public static Task<int> IndexAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

    public static Task<int> BeirAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

}
