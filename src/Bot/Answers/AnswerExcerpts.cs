using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>A sentence of the "In short", quoted word for word from the cited passage at <see cref="Position"/>.</summary>
public sealed record QuotedSentence(string Text, int Position);

/// <summary>
/// What an answer quotes from its passages: each excerpt trimmed to the sentences that answer the question, with
/// stray section headings ("Limits of this source") taken out, and the one or two sentences of the "In short".
/// Quoting only: no word is changed or added, so the bot writes no medical text of its own.
/// </summary>
public static partial class AnswerExcerpts
{
    /// <summary>An excerpt of at most about this many words: enough for the answering sentences and their context.</summary>
    public const int ExcerptWords = 90;

    public const int MaxInShortSentences = 2;

    /// <summary>The longest sentence the "In short" quotes: a summary line, not a paragraph.</summary>
    public const int MaxInShortWords = 45;

    /// <summary>
    /// The passage's text reduced to the sentences that answer: heading-like lines (no closing punctuation) go; if
    /// what is left is longer than <see cref="ExcerptWords"/>, the run of sentences starting at the best-matching one.
    /// A question line that opens the passage is kept: it says what the passage answers. A passage that opens with a
    /// bare "Yes." or "No." answers its own heading, not the member's question, so that heading is quoted before it.
    /// </summary>
    public static string Trim(string passageText, string question, string? heading = null)
    {
        var lines = passageText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && OpensWithBareAnswer(lines[0]) && heading is { } h && IsQuestionLine(h))
        {
            lines.Insert(0, h.Trim());
        }

        var kept = lines.Where((line, i) => !IsHeadingLike(line) && (!IsQuestionLine(line) || i == 0)).ToList();
        if (kept.Count == 0)
        {
            return passageText;
        }

        var sentences = kept.SelectMany(line => IsQuestionLine(line) ? [line] : SentenceSplitter.Sentences(line)).ToList();
        if (Words(string.Join(' ', sentences)) <= ExcerptWords)
        {
            return string.Join('\n', kept);
        }

        var terms = QueryTerms(question);
        var lead = IsQuestionLine(sentences[0]) ? 1 : 0;
        var best = Enumerable.Range(lead, sentences.Count - lead).OrderByDescending(i => Overlap(sentences[i], terms)).ThenBy(i => i).FirstOrDefault(lead);
        // Start a sentence early when the best one leans on the one before ("This …", "It …"): an excerpt must read alone.
        var start = best > lead && LeansBack(sentences[best]) ? best - 1 : best;
        var chosen = new List<string>();
        if (lead == 1)
        {
            chosen.Add(sentences[0]);
        }

        var words = 0;
        for (var i = start; i < sentences.Count && (words == 0 || words + Words(sentences[i]) <= ExcerptWords); i++)
        {
            chosen.Add(sentences[i]);
            words += Words(sentences[i]);
        }

        return string.Join(' ', chosen);
    }

    /// <summary>
    /// One or two sentences quoted from the top vetted passages: the best-matching sentence of the first vetted
    /// passage, then of the next vetted passage when it also matches the question. Never a seed's sentence, never a
    /// question or heading, never a sentence the dose redactor would touch.
    /// </summary>
    public static IReadOnlyList<QuotedSentence> InShort(IReadOnlyList<(int Position, SearchHit Hit, string Excerpt)> passages, string question)
    {
        var terms = QueryTerms(question);
        var quoted = new List<QuotedSentence>();
        var firstOverlap = 0;
        foreach (var (position, hit, excerpt) in passages.Where(p => p.Hit.Source.Kind == SourceKind.Vetted))
        {
            var candidates = excerpt.Split('\n')
                .Where(l => !IsHeadingLike(l) && !IsQuestionLine(l))
                .SelectMany(SentenceSplitter.Sentences)
                .Select(s => s.Trim())
                .Where(s => Words(s) is >= 6 and <= MaxInShortWords && !IsQuestionLine(s) && !OpensWithBareAnswer(s) && IsQuotable(s) && EndsAsSentence(s))
                .Select((s, i) => (Text: s, Index: i, Overlap: Overlap(s, terms)))
                .ToList();
            var best = candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Index).FirstOrDefault();
            // The second sentence must match the question at least as well as the first, and on two words or more:
            // one shared word ("fibromyalgia") is how a passage about something else gets in.
            if (best.Text is null || LeansBack(best.Text) || (quoted.Count > 0 && (best.Overlap < 2 || best.Overlap < firstOverlap)))
            {
                continue;
            }

            firstOverlap = quoted.Count == 0 ? best.Overlap : firstOverlap;
            quoted.Add(new QuotedSentence(best.Text, position));
            if (quoted.Count == MaxInShortSentences)
            {
                break;
            }
        }

        return quoted;
    }

    /// <summary>Whether the redactor would leave the sentence exactly as it is (no dose, strength or schedule).</summary>
    internal static bool IsQuotable(string sentence) => Quotable.Get(sentence);

    // Corpus sentences repeat from answer to answer; the dose check on each is memoised (bounded).
    private static readonly TextMemo<bool> Quotable = new(
        sentence => DoseRedactor.Redact(sentence) is { Redactions: 0 } result && result.Text == sentence && !DoseLanguage.ContainsDoseOrSchedule(sentence),
        capacity: 16384);

    /// <summary>A line with no closing punctuation and few words is a heading that ran on into a passage.</summary>
    internal static bool IsHeadingLike(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && !".!?:;)\"”'’".Contains(trimmed[^1], StringComparison.Ordinal) && Words(trimmed) <= 10;
    }

    private static bool IsQuestionLine(string line) => line.TrimEnd().EndsWith('?');

    /// <summary>
    /// "No. …", "Yes, to both." or "Yes, in this survey …": the answer to the passage's own question heading. Quoted
    /// under the member's question it would answer that instead ("Does LDN help?" – "No. It is off-label").
    /// </summary>
    internal static bool OpensWithBareAnswer(string sentence) => BareAnswer().IsMatch(sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:yes|no)\s*[.,;:!]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BareAnswer();

    private static readonly string[] BackReferences = ["This ", "That ", "These ", "Those ", "It ", "They ", "Its ", "Their ", "He ", "She ", "But ", "However,", "So ", "Also,", "Both "];

    private static bool LeansBack(string sentence) => BackReferences.Any(b => sentence.StartsWith(b, StringComparison.Ordinal));

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static HashSet<string> QueryTerms(string question) =>
        [.. TextNormalizer.Tokens(question).Where(t => !Stopwords.Contains(t) && t.Length > 2).Select(Stem)];

    /// <summary>Query words found in the sentence, compared by a crude stem (all but the last three letters of longer words).</summary>
    private static int Overlap(string sentence, HashSet<string> terms)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        var words = TextNormalizer.Tokens(sentence, int.MaxValue).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return terms.Count(words.Contains);
    }

    private static string Stem(string word) => word.Length <= 5 ? word : word[..Math.Max(5, word.Length - 3)];

    // "In short" quotes whole sentences only: the splitter also breaks at ';' and line ends, whose pieces read as fragments.
    private static bool EndsAsSentence(string sentence) => sentence.TrimEnd('"', '\'', ')', ']') is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?';
}
