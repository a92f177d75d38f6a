using FibroBot.Moderation;
using FibroBot.Storage;

namespace FibroBot.Cli;

/// <summary><c>report [--days N]</c> and <c>export [--days N]</c>: the moderators' views of the turn log.</summary>
internal static class ModerationVerbs
{
    public static Task<int> ReportAsync(string[] args) => RunAsync(args, async (turnLog, days, clock) =>
    {
        var report = await ModerationReportBuilder.BuildAsync(turnLog, days, clock, CancellationToken.None);
        Console.Out.WriteLine(ModerationReportRenderer.ToMarkdown(report));
    });

    public static Task<int> ExportAsync(string[] args) => RunAsync(args, async (turnLog, days, clock) =>
    {
        var turns = await turnLog.QueryAsync(clock.GetUtcNow().AddDays(-days), CancellationToken.None);
        TurnLogCsv.Write(Console.Out, turns);
    });

    private static Task<int> RunAsync(string[] args, Func<ITurnLog, int, TimeProvider, Task> verb)
    {
        if (ModerationReportBuilder.ParseDays(CliHost.Option(args, "--days"), ModeratorCommands.DefaultDays) is not { } days)
        {
            Console.Error.WriteLine($"error: --days must be a whole number from 1 to {ModerationReportBuilder.MaxDays}.");
            return Task.FromResult(2);
        }

        // Storage alone: starting it migrates the schema; the turn log's retention clean-up is the web host's job.
        var builder = CliHost.CreateBuilder();
        builder.AddBotStorage();
        return CliHost.RunAsync(builder, async services =>
        {
            await verb(services.GetRequiredService<ITurnLog>(), days, services.GetRequiredService<TimeProvider>());
            return 0;
        });
    }
}
