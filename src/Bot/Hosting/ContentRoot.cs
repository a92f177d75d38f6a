namespace FibroBot.Hosting;

/// <summary>
/// Where configuration and the data folder live: the current directory when it holds appsettings.json (as under
/// <c>dotnet run</c>), otherwise the folder of the built app, so the bot and its verbs work from any directory.
/// </summary>
public static class ContentRoot
{
    public static string Resolve()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
    }
}
