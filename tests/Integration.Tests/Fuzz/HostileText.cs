using System.Text;

namespace FibroBot.Integration.Fuzz;

/// <summary>Message texts a hostile or careless member might send, and random junk built from a seeded generator.</summary>
internal static class HostileText
{
    public static IReadOnlyList<string> Samples { get; } =
    [
        "What is fibromyalgia?",
        "how much LDN should I take",
        "<img src=x onerror=alert(1)>",
        "<script>alert(document.cookie)</script> what is kratom",
        "[click me](javascript:alert(1))",
        "![x](http://127.0.0.1:9/track.png)",
        "'; DROP TABLE turns; --",
        "\" OR 1=1 --",
        "{{7*7}} ${7*7} <%= 7*7 %>",
        "%s%s%s%n%x",
        "\u202Eevil\u202C LDN dose",
        "z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o",
        "\u200B\u200C\u200D\uFEFF",
        "\0\0\0 NUL in the middle \0",
        "\r\n\r\nHTTP/1.1 200 OK\r\n\r\n",
        "💊💊💊 microdosing 🍄 " + string.Concat(Enumerable.Repeat("🔥", 200)),
        "ＬＤＮ ｄｏｓｅ　ｐｌｅａｓｅ",
        "Wie viel Kratom soll ich nehmen?",
        "ما هو الفيبروميالجيا",
        "線維筋痛症とは何ですか",
        "<at>Fibro Evidence Bot</at> <at>Fibro Evidence Bot</at> help",
        "help", "sources", "about", "report 9999999999", "export -1",
        "I want to end it all",
        "take 4.5 mg at night then 3 mg twice daily",
        "   ",
        "",
        new string('a', 5000),
        string.Concat(Enumerable.Repeat("fibromyalgia ", 2000)),
        string.Concat(Enumerable.Repeat("\"\\", 3000)),
    ];

    public static string Pick(Random random) => Samples[random.Next(Samples.Count)];

    /// <summary>Random code points from every plane, including lone surrogates written as JSON escapes later.</summary>
    public static string Junk(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            switch (random.Next(6))
            {
                case 0:
                    text.Append((char)random.Next(0, 0x20));
                    break;
                case 1:
                    text.Append((char)random.Next(0xD800, 0xE000));
                    break;
                case 2:
                    text.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
                    break;
                case 3:
                    text.Append((char)random.Next(0x0300, 0x0370));
                    break;
                default:
                    text.Append((char)random.Next(0x20, 0xFFFF));
                    break;
            }
        }

        return text.ToString();
    }
}
