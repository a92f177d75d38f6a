using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace FibroBot.Integration.Browser;

/// <summary>
/// One browser tab on the chat page. Records every Direct Line activity the page receives (WebSocket frames and
/// polled ActivitySets), every dialog the page opens, and console errors, so tests can check both wire and screen.
/// </summary>
internal sealed class WebChatSession : IAsyncDisposable
{
    public const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    public const string Transcript = ".webchat__basic-transcript";

    /// <summary>How long a page load or reload may take before a test fails (see <see cref="OpenAsync"/>).</summary>
    public const float PageLoadTimeoutMs = 90_000;

    private readonly ConcurrentDictionary<string, JsonElement> _activities = new(StringComparer.Ordinal);

    private WebChatSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ConcurrentQueue<string> Dialogs { get; } = new();

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public static async Task<WebChatSession> OpenAsync(WebChatHostFixture host, ViewportSize? viewport = null)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1000, Height = 900 },
            Locale = "en-US",
        });

        // Everything the page needs comes from the bot itself; anything else would be a CDN leak.
        await context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost" ? route.ContinueAsync() : route.AbortAsync());
        // The page runs a 3.9 MB bundle before its load event. On a 2-core CI machine busy with the other test
        // assemblies, that alone once took more than Playwright's default 30 s; a slow page is not a broken one.
        context.SetDefaultNavigationTimeout(PageLoadTimeoutMs);
        var page = await context.NewPageAsync();
        var session = new WebChatSession(context, page);
        page.Dialog += (_, dialog) =>
        {
            session.Dialogs.Enqueue(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.ConsoleErrors.Enqueue(message.Text);
            }
        };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => session.Record(frame.Text);
        page.Response += async (_, response) =>
        {
            if (response.Status >= 500)
            {
                session.ConsoleErrors.Enqueue($"{response.Status} from {response.Request.Method} {response.Url}");
            }

            if (response.Url.Contains("/v3/directline/conversations/", StringComparison.Ordinal)
                && response.Url.Contains("/activities?", StringComparison.Ordinal) && response.Ok)
            {
                try
                {
                    session.Record(await response.TextAsync());
                }
                catch (PlaywrightException)
                {
                    // The page navigated away before the body was read; the next poll brings the same activities.
                }
            }
        };

        await page.GotoAsync(host.BaseAddress.ToString());
        await page.Locator(SendBox).WaitForAsync(new LocatorWaitForOptions { Timeout = PageLoadTimeoutMs });
        await session.WaitForConnectionAsync();
        return session;
    }

    /// <summary>
    /// The send box shows before Direct Line is connected; the bot's welcome (or, for a bot without one, a few
    /// quiet seconds) tells that the conversation is live, so nothing typed gets lost.
    /// </summary>
    private async Task WaitForConnectionAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (BotMessages().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    public IReadOnlyList<JsonElement> BotMessages() => _activities.Values
        .Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot")
        .OrderBy(a => a.GetProperty("id").GetString(), StringComparer.Ordinal)
        .ToList();

    /// <summary>Types into Web Chat's send box, presses Enter and waits for the bot's next answerInfo-bearing reply.</summary>
    public async Task<JsonElement> AskAsync(string question)
    {
        var before = BotMessages().Count(HasAnswerInfo);
        await Page.Locator(SendBox).FillAsync(question);
        await Page.Locator(SendBox).PressAsync("Enter");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var answers = BotMessages().Where(HasAnswerInfo).ToList();
            if (answers.Count > before)
            {
                return answers[^1];
            }

            await Task.Delay(100);
        }

        var transcript = await Page.Locator(Transcript).InnerTextAsync();
        throw new TimeoutException(
            $"No answer to \"{question}\" within 30 s. Activities seen: {_activities.Count}. "
            + $"Console errors: {string.Join(" | ", ConsoleErrors)}. Transcript: {transcript}");
    }

    public static JsonElement AnswerInfo(JsonElement activity)
        => activity.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "answerInfo");

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(WebChatHostFixture.ArtifactsFolder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static bool HasAnswerInfo(JsonElement activity)
        => activity.TryGetProperty("entities", out var entities)
           && entities.EnumerateArray().Any(e => e.GetProperty("type").GetString() == "answerInfo");

    private void Record(string? frame)
    {
        if (string.IsNullOrEmpty(frame))
        {
            return;
        }

        using var set = JsonDocument.Parse(frame);
        if (set.RootElement.TryGetProperty("activities", out var activities))
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("id", out var id) && id.GetString() is { } key)
                {
                    _activities[key] = activity.Clone();
                }
            }
        }
    }
}
