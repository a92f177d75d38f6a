using FibroBot.Retrieval.Corpus;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FibroBot.Integration.Browser;

/// <summary>
/// The web chat page driven in headless Debian chromium through the official Web Chat bundle. Answers are checked
/// against the answer contract (answerInfo entity, evidence label names, a disclaimer containing "not medical advice"),
/// so the same tests hold for the stand-in bot and the real one.
/// </summary>
[Trait("Category", "Browser")]
[Trait("Category", "Slow")]
public sealed class WebChatPageTests(WebChatHostFixture host, ITestOutputHelper output) : IClassFixture<WebChatHostFixture>
{
    private const string Question = "Does exercise help with fibromyalgia pain?";
    private const string DoseQuestion = "How much low-dose naltrexone should I take, what dose?";
    private static readonly string[] EvidenceLabelNames = [.. EvidenceLabels.StrongestFirst.Select(EvidenceLabels.DisplayName)];

    [Fact]
    public async Task The_page_shows_the_disclaimer_first_then_an_answer_card_with_its_source_label_and_disclaimer()
    {
        await using var chat = await WebChatSession.OpenAsync(host);

        await Expect(chat.Page.GetByTestId("page-disclaimer")).ToContainTextAsync("not medical advice");
        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        var answer = await chat.AskAsync(Question);

        var info = WebChatSession.AnswerInfo(answer);
        Assert.Equal("answer", info.GetProperty("kind").GetString());
        Assert.Contains("general", info.GetProperty("disclaimers").EnumerateArray().Select(d => d.GetString()));
        var source = info.GetProperty("sources")[0];
        Assert.Contains(source.GetProperty("evidence").GetString(), EvidenceLabelNames);
        var lastBot = chat.Page.Locator("article.webchat__basic-transcript__activity").Last;
        await Expect(lastBot).ToContainTextAsync(source.GetProperty("title").GetString()!, new() { Timeout = 15_000 });
        await Expect(lastBot).ToContainTextAsync(source.GetProperty("evidence").GetString()!);
        await Expect(lastBot).ToContainTextAsync("not medical advice");
        Assert.DoesNotContain(chat.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("webchat-answer.png")}");
    }

    [Fact]
    public async Task A_dose_question_is_refused_with_the_disclaimer()
    {
        await using var chat = await WebChatSession.OpenAsync(host);

        var refusal = await chat.AskAsync(DoseQuestion);

        var info = WebChatSession.AnswerInfo(refusal);
        Assert.Equal("refusal", info.GetProperty("kind").GetString());
        Assert.Contains("general", info.GetProperty("disclaimers").EnumerateArray().Select(d => d.GetString()));
        await Expect(chat.Page.Locator("article.webchat__basic-transcript__activity").Last)
            .ToContainTextAsync("not medical advice", new() { Timeout = 15_000 });
        await chat.ScreenshotAsync("webchat-refusal.png");
    }

    [Fact]
    public async Task After_a_reload_the_conversation_is_still_there()
    {
        await using var chat = await WebChatSession.OpenAsync(host);
        await chat.AskAsync(Question);
        var transcript = chat.Page.Locator(WebChatSession.Transcript);
        await Expect(transcript).ToContainTextAsync(Question);
        var conversationBefore = await chat.Page.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('fibrobot.webchat.session')).conversationId");

        await chat.Page.ReloadAsync();
        await chat.Page.Locator(WebChatSession.SendBox).WaitForAsync(new() { Timeout = WebChatSession.PageLoadTimeoutMs });

        await Expect(chat.Page.Locator(WebChatSession.Transcript)).ToContainTextAsync(Question, new() { Timeout = 15_000 });
        var conversationAfter = await chat.Page.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('fibrobot.webchat.session')).conversationId");
        Assert.Equal(conversationBefore, conversationAfter);
        await chat.ScreenshotAsync("webchat-after-reload.png");
    }

    [Fact]
    public async Task Html_typed_by_the_user_shows_as_text_and_never_runs()
    {
        const string Attack = "<img src=x onerror=alert(1)>";
        await using var chat = await WebChatSession.OpenAsync(host);

        await chat.AskAsync(Attack);
        var transcript = chat.Page.Locator(WebChatSession.Transcript);
        await Expect(transcript.Locator(".webchat__stacked-layout--from-user").Last).ToContainTextAsync(Attack);
        await chat.Page.WaitForTimeoutAsync(1000);

        Assert.Empty(chat.Dialogs);
        Assert.Equal(0, await transcript.Locator("img[src='x']").CountAsync());
        await chat.ScreenshotAsync("webchat-html-as-text.png");
    }

    [Fact]
    public async Task The_page_fits_a_phone_and_the_chat_is_reachable_by_keyboard()
    {
        await using var chat = await WebChatSession.OpenAsync(host, new ViewportSize { Width = 375, Height = 740 });

        var overflow = await chat.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        await Expect(chat.Page.Locator(WebChatSession.SendBox)).ToBeInViewportAsync();
        await Expect(chat.Page.Locator("main")).ToHaveCountAsync(1);
        await Expect(chat.Page.Locator("#webchat")).ToHaveAttributeAsync("aria-label", "Chat with " + await BotNameAsync(chat.Page));
        await chat.Page.Keyboard.PressAsync("Tab");
        await Expect(chat.Page.Locator(".skip-link")).ToBeFocusedAsync();
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.Page.Keyboard.PressAsync("Tab");
        var focusedInsideChat = await chat.Page.EvaluateAsync<bool>("document.getElementById('webchat').contains(document.activeElement)");
        Assert.True(focusedInsideChat, "Tab after the skip link should land inside the chat");
        await chat.ScreenshotAsync("webchat-phone.png");
    }

    [Fact]
    public async Task The_page_is_served_with_a_strict_content_security_policy_and_the_pinned_bundle()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var page = await http.GetAsync("/");
        using var bundle = await http.GetAsync("/webchat/lib/webchat.js");
        using var config = await http.GetAsync("/webchat/config.json");

        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.True(bundle.IsSuccessStatusCode);
        Assert.Contains("\"title\"", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_and_terms_pages_the_Teams_manifest_links_to_show_the_bots_own_fixed_texts()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;

        using var privacy = await http.GetAsync("/privacy");
        using var terms = await http.GetAsync("/terms");
        var privacyHtml = await privacy.Content.ReadAsStringAsync();
        var termsHtml = await terms.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, privacy.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, terms.StatusCode);
        Assert.Equal("text/html", privacy.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", string.Join(";", terms.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains($"{new FibroBot.Moderation.PrivacyOptions().RetentionDays} days", privacyHtml, StringComparison.Ordinal);
        Assert.Contains(encoder.Encode(FibroBot.Answers.FixedTexts.Disclaimers.General.Text), privacyHtml, StringComparison.Ordinal);
        Assert.Contains(encoder.Encode(FibroBot.Answers.FixedTexts.Refusal.Dosing), termsHtml, StringComparison.Ordinal);
        Assert.Contains(encoder.Encode(FibroBot.Answers.FixedTexts.Disclaimers.Kratom.Text), termsHtml, StringComparison.Ordinal);
        Assert.Contains("<strong>call or text 988</strong>", termsHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", privacyHtml + termsHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", privacyHtml + termsHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_page_may_be_framed_by_the_configured_sites_and_the_embed_script_frames_it()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var embed = await http.GetAsync("/embed");
        Assert.Contains("frame-ancestors *", string.Join(";", embed.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        await using var chat = await WebChatSession.OpenAsync(host);
        // The support group's page, made up on the spot. It is on the bot's own origin because chromium's
        // private-network rules refuse a made-up "public" page loading from loopback; the header check above
        // covers the cross-origin rule.
        var groupSite = await chat.Context.NewPageAsync();
        var groupUrl = $"{host.BaseAddress}group-site.html";
        await groupSite.RouteAsync(groupUrl, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $"<!doctype html><title>Group</title><div id=\"chat\"></div>"
                   + $"<script src=\"{host.BaseAddress}embed.js\" data-target=\"chat\" data-title=\"Evidence chat\"></script>",
        }));
        await groupSite.GotoAsync(groupUrl);
        var frame = groupSite.FrameLocator("#chat iframe[title='Evidence chat']");

        await Expect(frame.Locator(WebChatSession.SendBox)).ToBeVisibleAsync(new() { Timeout = WebChatSession.PageLoadTimeoutMs });
        await Expect(frame.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(frame.GetByTestId("page-disclaimer")).ToContainTextAsync("not medical advice");
    }

    private static Task<string> BotNameAsync(IPage page)
        => page.EvaluateAsync<string>("fetch('/webchat/config.json').then(r => r.json()).then(c => c.botName)");
}
