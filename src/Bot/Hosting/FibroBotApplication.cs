using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Hosting;

namespace FibroBot.Hosting;

/// <summary>The web host's request pipeline and start, so that Program.cs only composes.</summary>
public static class FibroBotApplication
{
    /// <summary>Rate limiting first, so a locked-out address is turned away before any endpoint reads its body.</summary>
    public static WebApplication MapFibroBot(this WebApplication app)
    {
        app.UseBotRateLimiting();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapBotFrameworkChannel();
        app.MapDirectLine();
        app.MapWebChatPage();
        app.MapDocumentPages();
        return app;
    }

    /// <summary>
    /// Starts the host and serves until shut down. A bot that cannot reach its database, read its corpus or accept
    /// its settings stops with one clear line and exit code 1, never half-started.
    /// </summary>
    public static async Task<int> RunFibroBotAsync(this WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"error: the bot could not start: {ex.Message}");
            return 1;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }
}
