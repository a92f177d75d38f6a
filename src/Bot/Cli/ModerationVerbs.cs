namespace FibroBot.Cli;

internal static class ModerationVerbs
{
    public static Task<int> ReportAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

    public static Task<int> ExportAsync(string[] args)
    {
        Console.Error.WriteLine("error: not implemented yet");
        return Task.FromResult(2);
    }

}
