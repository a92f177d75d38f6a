using Lingua;

namespace FibroBot.Safety;

/// <summary>
/// Which of the bot's seven languages a message is written in, for crisis guidance in the member's language.
/// Short messages are hard to place, so anything less than clear stays English (the English guidance is always shown too).
/// </summary>
public sealed class MessageLanguage
{
    private static readonly Dictionary<Language, string> Codes = new()
    {
        [Language.English] = "en",
        [Language.Spanish] = "es",
        [Language.German] = "de",
        [Language.French] = "fr",
        [Language.Portuguese] = "pt",
        [Language.Dutch] = "nl",
        [Language.Italian] = "it",
    };

    /// <summary>Built on first use: only crisis replies need it, and its models cost memory.</summary>
    private readonly Lazy<LanguageDetector> _detector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Codes.Keys]).WithLowAccuracyMode().WithMinimumRelativeDistance(0.1).Build());

    /// <summary>An ISO 639-1 code of one of the seven languages; "en" when unsure.</summary>
    public string Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "en";
        }

        var language = _detector.Value.DetectLanguageOf(text.Length > 1000 ? text[..1000] : text);
        return Codes.TryGetValue(language, out var code) ? code : "en";
    }
}
