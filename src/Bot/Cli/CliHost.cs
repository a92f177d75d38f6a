using FibroBot.Hosting;

namespace FibroBot.Cli;

/// <summary>
/// The same configuration and service registrations as the web host, for command-line verbs. Logs go to standard
/// error so that a verb's standard output (an answer, a CSV) stays clean.
/// </summary>
internal static class CliHost
{
    public static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot.Resolve() });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    /// <summary>Reads <c>--name N</c> from the arguments; the default when absent.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} needs a value.");
    }
}
