using System.Net;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FibroBot.Integration.Browser;

/// <summary>
/// The real bot host (Program) on a loopback Kestrel port, plus Debian's chromium driven headless by Playwright.
/// Chromium is never downloaded: it is FIBROBOT_CHROMIUM or /usr/bin/chromium (test.sh installs it).
/// </summary>
public sealed class WebChatHostFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dataPath = Directory.CreateTempSubdirectory("fibrobot-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where failing browser tests leave their screenshots and traces.</summary>
    public static string ArtifactsFolder { get; } = Repository.Combine("TestResults", "browser");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FIBROBOT", Repository.Combine("src", "Bot"));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // The real bot and the real SQLite storage, as `dotnet run` composes them; only the data folder is the test's own.
            builder.UseSetting("Storage:DataPath", _dataPath);
            builder.UseSetting("Corpus:DataPath", _dataPath);
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
        await WarmUpAsync(BaseAddress);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FIBROBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>
    /// Fetches the page and its bundle once, so the host's first-request costs fall here, under a generous timeout,
    /// and not on whichever test happens to open the first page.
    /// </summary>
    private static async Task WarmUpAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "", "webchat/lib/webchat.js", "webchat/app.js", "healthz" })
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Directory.Delete(_dataPath, recursive: true);
    }
}
