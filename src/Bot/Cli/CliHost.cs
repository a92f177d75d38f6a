using FibroBot.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace FibroBot.Cli;

/// <summary>
/// The same configuration and composition as the web host, for command-line verbs. Logs go to standard error so
/// that a verb's standard output (an answer, a CSV) stays clean.
/// </summary>
internal static class CliHost
{
    /// <param name="settingArgs">
    /// Arguments read as configuration (<c>--Corpus:Path=…</c>, <c>--dataset DIR</c>); a verb whose arguments are free
    /// text, such as <c>ask</c>, passes none.
    /// </param>
    public static HostApplicationBuilder CreateBuilder(string[]? settingArgs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot.Resolve(), Args = settingArgs });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        // Warnings and errors only, whatever appsettings.json's Logging section says (a console-specific rule wins over it),
        // and no "Application started" lines: a verb is not a service.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.ValidateServicesOnBuild();
        return builder;
    }

    /// <summary>
    /// Builds and starts the host, so options are validated and start-up work (schema migration, loading the models)
    /// runs exactly as in the web host, then runs the verb and stops the host.
    /// </summary>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, Func<IServiceProvider, Task<int>> verb)
    {
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return await verb(host.Services);
        }
        finally
        {
            await host.StopAsync();
        }
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
