using FibroBot.Cli;
using FibroBot.Hosting;

// Composition only: a verb runs the command line; no verb starts the web server.
if (CliApp.IsVerb(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Resolve() });
builder.WebHost.UseDefaultBotUrl();
builder.AddFibroBot();
return await builder.Build().MapFibroBot().RunFibroBotAsync();

/// <summary>Exposed so integration tests can host the real app with WebApplicationFactory.</summary>
public partial class Program;
