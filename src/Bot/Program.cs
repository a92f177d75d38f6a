using FibroBot.Answers;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Hosting;
using FibroBot.Cli;
using FibroBot.Hosting;
using FibroBot.Moderation;
using FibroBot.Storage;

// Composition only: a verb runs the command line; no verb starts the web server.
if (CliApp.IsVerb(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Resolve() });
builder.WebHost.UseDefaultBotUrl();
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddRetrievalEngine(builder.Configuration);
builder.Services.AddAnswerPipeline(builder.Configuration);
builder.Services.AddModeration(builder.Configuration);
builder.Services.AddBotFrameworkChannel(builder.Configuration);
builder.Services.AddActivityDeduplication(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChatPage(builder.Configuration);
builder.Services.AddBotRateLimiting(builder.Configuration);

var app = builder.Build();
app.UseBotRateLimiting();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapBotFrameworkChannel();
app.MapDirectLine();
app.MapWebChatPage();
app.MapDocumentPages();

// A bot that cannot reach its database or read its corpus stops with one clear line, never half-started.
try
{
    await app.StartAsync();
}
catch (Exception ex)
{
    Console.Error.WriteLine($"error: the bot could not start: {ex.Message}");
    return 1;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>Exposed so integration tests can host the real app with WebApplicationFactory.</summary>
public partial class Program;
