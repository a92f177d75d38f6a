using System.Text.RegularExpressions;
using FibroBot.BotFramework.Configuration;

namespace FibroBot.Hosting;

/// <summary>The <c>WebChat</c> section of appsettings.json: what the chat page says and how it looks.</summary>
public sealed partial class WebChatPageOptions : IOptionsProblems
{
    public const string SectionName = "WebChat";

    public string Title { get; set; } = "Chat";

    public string BotName { get; set; } = "Bot";

    /// <summary>Shown on the page above the chat before anything is typed.</summary>
    public string Disclaimer { get; set; } = string.Empty;

    public string WelcomeText { get; set; } = string.Empty;

    public string Locale { get; set; } = "en-US";

    public WebChatColors Colors { get; set; } = new();

    /// <summary>Sites allowed to frame <c>/embed</c> (Content-Security-Policy frame-ancestors); <c>*</c> allows any.</summary>
    public IList<string> EmbedAllowedOrigins { get; set; } = ["*"];

    public IEnumerable<string> Problems()
    {
        foreach (var problem in Colors.Problems())
        {
            yield return problem;
        }

        foreach (var origin in EmbedAllowedOrigins)
        {
            if (origin != "*" && !OriginPattern().IsMatch(origin))
            {
                yield return $"WebChat:EmbedAllowedOrigins has '{origin}'; use '*' or origins like https://group.example.org.";
            }
        }

        if (!LocalePattern().IsMatch(Locale))
        {
            yield return $"WebChat:Locale '{Locale}' is not a language tag such as en-US.";
        }
    }

    [GeneratedRegex("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")]
    private static partial Regex OriginPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocalePattern();
}

/// <summary>Page and Web Chat colours as <c>#rgb</c> or <c>#rrggbb</c>; anything else is refused at start-up.</summary>
public sealed partial class WebChatColors
{
    public string Accent { get; set; } = "#0b5cad";

    public string Background { get; set; } = "#ffffff";

    public string Text { get; set; } = "#1b1b1b";

    public string Header { get; set; } = "#0b3d6e";

    public string HeaderText { get; set; } = "#ffffff";

    public string BotBubble { get; set; } = "#f1f4f8";

    public string BotBubbleText { get; set; } = "#1b1b1b";

    public string UserBubble { get; set; } = "#0b5cad";

    public string UserBubbleText { get; set; } = "#ffffff";

    internal IEnumerable<string> Problems()
    {
        foreach (var (name, value) in All())
        {
            if (!HexColour().IsMatch(value))
            {
                yield return $"WebChat:Colors:{name} is '{value}'; use a colour like #0b5cad.";
            }
        }
    }

    internal IEnumerable<(string Name, string Value)> All() =>
    [
        (nameof(Accent), Accent), (nameof(Background), Background), (nameof(Text), Text), (nameof(Header), Header),
        (nameof(HeaderText), HeaderText), (nameof(BotBubble), BotBubble), (nameof(BotBubbleText), BotBubbleText),
        (nameof(UserBubble), UserBubble), (nameof(UserBubbleText), UserBubbleText),
    ];

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
