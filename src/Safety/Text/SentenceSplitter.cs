namespace FibroBot.Safety;

/// <summary>One sentence of a text: [Start, ContentEnd) is the sentence, [ContentEnd, End) the whitespace after it.</summary>
public readonly record struct SentenceSpan(int Start, int ContentEnd, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// The one sentence splitter: passages are chunked, checked for dose language and redacted by the same sentence
/// boundaries, so a sentence the redactor judges is exactly a sentence the chunker kept whole. A sentence ends at '.', '!', '?' or ';' followed by
/// whitespace, or at a line break (list items and headings are sentences of their own). Decimal points never
/// end a sentence because no whitespace follows them; a handful of abbreviations ("e.g.", "approx.") do not
/// either. Erring towards longer sentences is safe: a longer sentence is redacted whole.
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] Abbreviations =
        ["e.g.", "i.e.", "approx.", "vs.", "dr.", "mr.", "mrs.", "ms.", "prof.", "no.", "ca.", "etc.", "fig.", "al.", "u.s.", "u.k.", "st.", "jr.", "sr.", "inc.", "ltd.", "cf."];

    /// <summary>The sentences of <paramref name="text"/>, trimmed, without empty ones.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        Split(text).Select(s => text[s.Start..s.ContentEnd].Trim()).Where(s => s.Length > 0);

    public static List<SentenceSpan> Split(string text)
    {
        var spans = new List<SentenceSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var endsHere = c == '\n'
                || (c is '.' or '!' or '?' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i));
            if (!endsHere)
            {
                i++;
                continue;
            }

            var contentEnd = i + 1;
            while (contentEnd < text.Length && text[contentEnd] is '.' or '!' or '?' or '"' or '\'' or ')' or ']')
            {
                contentEnd++;
            }

            var end = contentEnd;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            spans.Add(new SentenceSpan(start, c == '\n' ? i : contentEnd, end));
            start = end;
            i = end;
        }

        if (start < text.Length)
        {
            spans.Add(new SentenceSpan(start, text.Length, text.Length));
        }

        return spans;
    }

    private static bool IsAbbreviation(string text, int periodIndex)
    {
        foreach (var abbreviation in Abbreviations)
        {
            var from = periodIndex + 1 - abbreviation.Length;
            if (from >= 0
                && string.Compare(text, from, abbreviation, 0, abbreviation.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (from == 0 || !char.IsLetter(text[from - 1]))
                && (abbreviation != "no." || NumberFollows(text, periodIndex)))
            {
                return true;
            }
        }

        // "J. Smith" or "A." in a list of authors: one capital letter and a dot.
        if (periodIndex >= 1 && char.IsUpper(text[periodIndex - 1]) && (periodIndex == 1 || !char.IsLetter(text[periodIndex - 2])))
        {
            return true;
        }

        return false;
    }

    // "No. 5" abbreviates "number"; "No. Using it is off-label." is an answer, and a sentence of its own.
    private static bool NumberFollows(string text, int periodIndex)
    {
        var next = periodIndex + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && char.IsDigit(text[next]);
    }
}
