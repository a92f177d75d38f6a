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

    /// <summary>The ISO 639-1 codes of the seven languages, which are also the names of Lingua's model folders.</summary>
    public static IReadOnlyCollection<string> LanguageCodes => Codes.Values;

    /// <summary>Built on first use, or by <see cref="WarmUp"/> while the host starts.</summary>
    private readonly Lazy<LanguageDetector> _detector;

    public MessageLanguage()
        : this(() => LanguageDetectorBuilder.FromLanguages([.. Codes.Keys]).WithLowAccuracyMode().WithMinimumRelativeDistance(0.1).Build())
    {
    }

    /// <summary>For tests: a detector other than Lingua's default one.</summary>
    public MessageLanguage(Func<LanguageDetector> buildDetector) => _detector = new(buildDetector);

    /// <summary>
    /// Builds the detector and loads its seven language models now (about 9 MB and a quarter of a second on the
    /// 2-core machine), so that the first crisis reply after start-up does not wait for them: measured on the triage
    /// bench, the first detection took 266 ms and every later one well under a millisecond.
    /// </summary>
    public void WarmUp() => _detector.Value.DetectLanguageOf("I would like to know more about fibromyalgia.");

    /// <summary>
    /// An ISO 639-1 code of one of the seven languages; "en" when unsure. It never throws: it is asked only while a
    /// crisis reply is being made, and that reply must go out, in English at least, whatever happens to the detector.
    /// </summary>
    public string Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "en";
        }

        // Lingua's fast mode misreads short English ("I want to end my life" came out Portuguese, "i want to kill
        // myself" Dutch), and the guidance would then open in the wrong language. Words only English uses settle it.
        if (EnglishMarkers(text) >= 2)
        {
            return "en";
        }

        // Fast mode also confuses the Romance languages on short messages ("quante gocce di valium prima di dormire?"
        // came out French): two or more words that only one of the six languages uses settle it, without Lingua.
        if (MarkedLanguage(text) is { } marked)
        {
            return marked;
        }

        try
        {
            var language = _detector.Value.DetectLanguageOf(text.Length > 1000 ? text[..1000] : text);
            return Codes.TryGetValue(language, out var code) ? code : "en";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException or InvalidOperationException)
        {
            return "en";
        }
    }

    /// <summary>
    /// The language only when words that belong to one language alone settle it; null when only Lingua could tell.
    /// Right after crisis guidance a reply keeps the guidance's language unless this says otherwise: "also whats a good
    /// laptop under 500 for my son" went to Lingua, which read "also" as German.
    /// </summary>
    public static string? DetectClearly(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return EnglishMarkers(text) >= 2 ? "en" : MarkedLanguage(text);
    }

    /// <summary>
    /// Frequent English words that are not words of the other six languages ("i" is Italian, "is" and "of" Dutch,
    /// "am" and "was" German, so they are left out).
    /// </summary>
    private static readonly HashSet<string> EnglishOnly = new(StringComparer.Ordinal)
    {
        "the", "my", "want", "to", "and", "you", "your", "it", "with", "this", "that", "what", "how", "have", "just", "not",
        "myself", "can't", "cant", "don't", "dont", "i'm", "im", "i've", "isn't", "won't", "took", "all", "anymore", "any",
        "would", "will", "been", "going", "there", "they", "we", "she", "he's", "she's", "it's", "who", "why", "when",
        "whats", "what's", "for", "good", "about", "should", "does",
    };

    /// <summary>
    /// Frequent words of each of the other six languages that none of the seven others uses as a word ("non" is French
    /// and Italian, "pas" French and Dutch, "das" German and Portuguese, "van" Dutch and English, so they are left out).
    /// Chat spellings count too: Brazilian members write "vc" for "você" and "pra" for "para".
    /// </summary>
    private static readonly Dictionary<string, string> OnlyIn = new[]
    {
        ("es", "qué cuánto cuánta cuántos cuántas cuanto cuantos cuantas puedo quiero tengo estoy pero muy también después el los las yo hoy necesito vivir pastillas"),
        ("pt", "não nao você voce vc vcs pra né tô meu minha eu quantas quantos aguento estou tenho muito também depois quero preciso dor remédio remedio hoje viver"),
        ("it", "quante quanti gocce prima voglio sono più piu della delle degli questo perché perche ho di compresse prendere dormire faccio oggi dolore"),
        ("fr", "je j'ai ne avant combien gouttes veux suis très aujourd'hui moi peux dois avec pour les une mourir"),
        ("de", "ich nicht viel viele soll kann mehr und ist habe mit vor dem der schlafen tropfen nehmen leben mir mich auch noch"),
        ("nl", "ik niet hoeveel moet wil voor het een druppels nemen slapen dood meer nog heb kan dit dat geen pijn"),
    }.SelectMany(p => p.Item2.Split(' ').Select(word => (Word: word, Language: p.Item1))).ToDictionary(p => p.Word, p => p.Language, StringComparer.Ordinal);

    /// <summary>The one language with two or more distinct words of <see cref="OnlyIn"/>, and more than any other; else null.</summary>
    private static string? MarkedLanguage(string text)
    {
        var counts = Words(text).Distinct(StringComparer.Ordinal)
            .Select(word => OnlyIn.GetValueOrDefault(word))
            .OfType<string>()
            .CountBy(language => language)
            .OrderByDescending(pair => pair.Value)
            .ToList();
        return counts.Count > 0 && counts[0].Value >= 2 && (counts.Count == 1 || counts[1].Value < counts[0].Value) ? counts[0].Key : null;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Replace('’', '\'')
            .Split([' ', '\t', '\n', '\r', ',', '.', '!', '?', '¿', '¡', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How many distinct words of <see cref="EnglishOnly"/> the text has.</summary>
    private static int EnglishMarkers(string text) =>
        Words(text)
            .Where(EnglishOnly.Contains)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// The seven languages' model folders that Lingua would read and that are missing under <paramref name="baseDirectory"/>
    /// (Lingua reads them from "Lingua/LanguageModels" beside the assemblies). The host checks this at start-up, so a
    /// broken deployment fails before the first member's message rather than silently showing English guidance only.
    /// </summary>
    public static IReadOnlyList<string> MissingModelFolders(string baseDirectory) =>
        [.. LanguageCodes.Select(code => Path.Combine(baseDirectory, "Lingua", "LanguageModels", code))
            .Where(folder => !Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.json.br").Any())];
}
