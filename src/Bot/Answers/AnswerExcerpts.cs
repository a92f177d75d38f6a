using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;

namespace FibroBot.Answers;

/// <summary>
/// A sentence of the "In short", quoted word for word from the cited passage at <see cref="Position"/>, with the
/// <see cref="Context"/> it needs to be read correctly, also quoted: the passage's question heading when the sentence
/// is its direct answer ("Gabapentin and pregabalin …, ketamine, …" means the opposite of what it seems unless the
/// reader sees that it answers "Which medicines does NICE say not to start?"), or the line that introduces a list item.
/// </summary>
public sealed record QuotedSentence(string Text, int Position, string? Context = null);

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
    /// A question line that opens the passage is kept: it says what the passage answers; so is one inside it that has
    /// its answer after it. Vetted passages answer their own question headings ("No. …", "Only antidepressants: …"), so
    /// a question heading is quoted first: without it the reader cannot tell which question the passage answers.
    /// </summary>
    public static string Trim(string passageText, string question, string? heading = null)
    {
        var lines = passageText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && heading is { } h && IsQuestionLine(h) && !string.Equals(lines[0], h.Trim(), StringComparison.Ordinal))
        {
            lines.Insert(0, h.Trim());
        }

        // A question heading inside the passage stays: "Often not completely." means nothing without "Do they grow
        // out of it?". One with nothing after it (the passage ends, or the excerpt is cut there) goes.
        var kept = lines.Where(line => !IsHeadingLike(line)).ToList();
        DropTrailingQuestions(kept, keepFirst: true);
        if (kept.Count == 0)
        {
            return passageText;
        }

        var sentences = kept.SelectMany(line => IsQuestionLine(line) ? [line] : SentenceSplitter.Sentences(line)).ToList();
        // The question line says what the passage answers; it does not count against the excerpt's length.
        var questionWords = IsQuestionLine(sentences[0]) ? Words(sentences[0]) : 0;
        if (Words(string.Join(' ', sentences)) - questionWords <= ExcerptWords)
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

        // The splitter breaks at ';', so the word limit can cut a new sentence after its first clause ("… not a sign of
        // safety. Anonymous, self-selected reports;"), or a list right after its lead-in ("Evidence is rated down for:").
        // Both go. A list cut after some of its items stays: the items read as items.
        while (chosen.Count > lead + 1
            && (chosen[^1].TrimEnd().EndsWith(':') || (chosen[^1].TrimEnd().EndsWith(';') && chosen[^2].TrimEnd() is [.., '.' or '!' or '?'])))
        {
            chosen.RemoveAt(chosen.Count - 1);
        }

        DropTrailingQuestions(chosen, keepFirst: lead == 1);
        return string.Join(' ', chosen);
    }

    private static void DropTrailingQuestions(List<string> lines, bool keepFirst)
    {
        while (lines.Count > (keepFirst ? 1 : 0) && IsQuestionLine(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>
    /// One or two sentences quoted from the top vetted passages: the best-matching sentence of the first vetted
    /// passage, then of the next vetted passage when it also matches the question. Never a seed's sentence, never a
    /// question or heading, never a sentence the dose redactor would touch.
    /// </summary>
    public static IReadOnlyList<QuotedSentence> InShort(
        IReadOnlyList<(int Position, SearchHit Hit, string Excerpt)> passages, string question, IReadOnlyList<string>? subjectTerms = null)
    {
        var terms = QueryTerms(question);
        // The question's words other than those naming its subject ("low dose naltrexone"), which every passage about
        // the subject shares.
        var beyondSubject = new HashSet<string>(terms.Except(QueryTerms(string.Join(' ', subjectTerms ?? []))));
        var quoted = new List<QuotedSentence>();
        var firstOverlap = 0;
        foreach (var (position, hit, excerpt) in passages.Where(p => p.Hit.Source.Kind == SourceKind.Vetted))
        {
            var candidates = Candidates(excerpt, hit.Passage.Text)
                .Where(c => Words(c.Text) <= MaxInShortWords && Words(c.LeadIn ?? string.Empty) + Words(c.Text) >= 6 && !IsQuestionLine(c.Text) && !OpensWithBareAnswer(c.Text)
                    && IsQuotable(c.Text) && !AboutThisSummary().IsMatch(c.Text) && (c.LeadIn is not null || (StartsAsSentence(c.Text) && EndsAsSentence(c.Text)))
                    && (c.LeadIn is null || (Words(c.LeadIn) <= MaxLeadInWords && IsQuotable(c.LeadIn))))
                .Select((c, i) => (c.Text, c.LeadIn, Index: i, Overlap: Overlap(c.Text, terms)))
                // One item of a list answers only when it is what the member asked about ("being unwell" is one trigger of many).
                .Where(c => c.LeadIn is null || c.Overlap > 0)
                .ToList();
            var best = candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Index).FirstOrDefault();
            // The second sentence must match the question at least as well as the first, and on two words or more:
            // one shared word ("fibromyalgia") is how a passage about something else gets in.
            // A second sentence must also share a word that is not the subject's name: "what are the side effects of
            // low dose naltrexone" is not answered by "pain was lower with low-dose naltrexone than with placebo".
            if (best.Text is null || LeansBack(best.Text) || PointsElsewhere().IsMatch(best.Text)
                || (quoted.Count > 0 && (best.Overlap < 2 || best.Overlap < firstOverlap || (beyondSubject.Count > 0 && Overlap(best.Text, beyondSubject) == 0))))
            {
                continue;
            }

            firstOverlap = quoted.Count == 0 ? best.Overlap : firstOverlap;
            quoted.Add(new QuotedSentence(best.Text, position, best.LeadIn ?? AnsweredHeading(hit.Passage, best.Text, terms)));
            if (quoted.Count == MaxInShortSentences)
            {
                break;
            }
        }

        return quoted;
    }

    /// <summary>The longest lead-in line a list item is quoted with.</summary>
    private const int MaxLeadInWords = 25;

    /// <summary>
    /// The sentences an "In short" may quote from an excerpt. The lines that follow a line ending in ':' and start in
    /// lower case or with a short label ("Drugs: …") are the items of a list (the index keeps the line breaks, not the
    /// bullets); a lower-case item ending in a full stop is the last. An item is quoted whole, though the splitter
    /// breaks it at ';', and together with the sentence that introduces the list: "self-care such as exercise, and
    /// movement therapies like yoga or tai chi." alone does not say that it is one of the things a treatment plan mixes.
    /// </summary>
    private static IEnumerable<(string Text, string? LeadIn)> Candidates(string excerpt, string passageText)
    {
        // A trimmed excerpt joins the sentences it keeps with spaces; what is quoted must be the passage's own text.
        bool Verbatim(string text) => passageText.Contains(text, StringComparison.Ordinal);

        string? leadIn = null;
        foreach (var raw in excerpt.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || IsHeadingLike(line) || IsQuestionLine(line))
            {
                continue;
            }

            var spans = SentenceSplitter.Split(line);
            var pieces = spans.Select(span => line[span.Start..span.ContentEnd].Trim()).ToList();
            // "26 cases published in medical journals," is an item as much as "being unwell;" is: a count opens it.
            var first = line.FirstOrDefault(char.IsLetterOrDigit);
            var opensLikeItem = char.IsLower(first) || char.IsDigit(first);
            if (leadIn is not null && pieces.SkipLast(1).All(p => p.EndsWith(';')) && Verbatim(line)
                && (opensLikeItem || LabelledItem().IsMatch(line)))
            {
                // One item of a ';' list is quoted without the ';' that joins it to the next: punctuation, not a word.
                yield return (line.TrimEnd(';').TrimEnd(), leadIn);
                // "- being unwell; - travel; … - changes in medicines." ends with its full stop; what follows is prose.
                leadIn = opensLikeItem && line.EndsWith('.') ? null : leadIn;
                continue;
            }

            // The splitter breaks at ';' for the redactor; a quoted sentence is a whole sentence, never one clause of it.
            var start = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                if (pieces[i].EndsWith(';') && i < spans.Count - 1)
                {
                    continue;
                }

                var whole = line[spans[start].Start..spans[i].ContentEnd].Trim();
                foreach (var sentence in Verbatim(whole) ? [whole] : pieces[start..(i + 1)].Where(Verbatim))
                {
                    yield return (sentence, null);
                }

                start = i + 1;
            }

            leadIn = pieces.Count > 0 && pieces[^1].EndsWith(':') ? pieces[^1] : null;
        }
    }

    [GeneratedRegex(@"\b(?:this|that|these|those|it|its|they|them|then)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeaningHeading();

    // A list item that opens with its own short label: "Non-drug: …", "Low: our confidence is limited; …".
    [GeneratedRegex(@"^[A-Z][\w'-]*(?:\s[\w'-]+){0,3}:\s", RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LabelledItem();

    /// <summary>
    /// The passage's question heading when the sentence is the passage's first, its direct answer to that heading, and
    /// the member did not ask much the same question (half or more of the heading's content words among the question's).
    /// </summary>
    private static string? AnsweredHeading(Passage passage, string sentence, HashSet<string> questionTerms)
    {
        if (passage.Heading is not { } heading || !IsQuestionLine(heading))
        {
            return null;
        }

        var opening = passage.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !IsQuestionLine(l) && !IsHeadingLike(l));
        if (opening is null || SentenceSplitter.Sentences(opening).Select(s => s.Trim()).FirstOrDefault() != sentence)
        {
            return null;
        }

        // "What does this add?" or "Then why does it affect my life so much?" says nothing without the section before.
        if (LeaningHeading().IsMatch(heading))
        {
            return null;
        }

        // A heading that half repeats the member's own question adds nothing above its answer (blind-judged on the FAQ
        // tune set: such headings lost; headings that say what a sentence answers won).
        var headingTerms = QueryTerms(heading);
        return headingTerms.Count == 0 || headingTerms.Count(questionTerms.Contains) * 2 >= headingTerms.Count ? null : heading.Trim();
    }

    /// <summary>Whether the redactor would leave the sentence exactly as it is (no dose, strength or schedule).</summary>
    internal static bool IsQuotable(string sentence) => Quotable.Get(sentence);

    // "Only its statement that fibromyalgia can affect any age is used here.": a sentence about how our summary was
    // made, not about the question. It stays in the excerpt, where it qualifies the source, but it is never the answer.
    [GeneratedRegex(
        @"\b(?:this\s+summary|for\s+this\s+summary|(?:is|are)\s+used\s+here|was\s+seen\s+only|were\s+not\s+recorded|was\s+not\s+recorded|"
        + @"could\s+not\s+be\s+(?:checked|confirmed|seen)|(?:was|were)\s+not\s+seen)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThisSummary();

    // "Other sources in this collection explain that …", "summarised separately in this collection": the sentence says
    // where an answer is, and the answer it points to is another passage's. When it is a passage's best match, the
    // passage is passed over for the "In short", as one whose best sentence leans on the sentence before it.
    [GeneratedRegex(@"\b(?:in\s+this\s+collection|summari[sz]ed\s+(?:here|elsewhere|separately))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsElsewhere();

    // Corpus sentences repeat from answer to answer; the dose check on each is memoised (bounded).
    private static readonly TextMemo<bool> Quotable = new(
        sentence => DoseRedactor.Redact(sentence) is { Redactions: 0 } result && result.Text == sentence && !DoseLanguage.ContainsDoseOrSchedule(sentence),
        capacity: 16384);

    /// <summary>
    /// A line with no closing punctuation and few words is a heading that ran on into a passage. A comma closes a list
    /// item ("26 cases published in medical journals,"), never a heading.
    /// </summary>
    internal static bool IsHeadingLike(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && !".!?:;,)\"”'’".Contains(trimmed[^1], StringComparison.Ordinal) && Words(trimmed) <= 10;
    }

    private static bool IsQuestionLine(string line) => line.TrimEnd().EndsWith('?');

    /// <summary>
    /// "No. …", "Yes, to both." or "Yes, in this survey …": the answer to the passage's own question heading. Quoted
    /// under the member's question it would answer that instead ("Does LDN help?" – "No. It is off-label").
    /// </summary>
    internal static bool OpensWithBareAnswer(string sentence) => BareAnswer().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:yes|no)\s*[.,;:!]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    // The last piece of a list split at ';' ends with a full stop but starts in lower case: "meditative movement (…)
    // and mindfulness-based stress reduction." is a fragment whose lead-in ("weak for") stayed behind.
    private static bool StartsAsSentence(string sentence) =>
        sentence.FirstOrDefault(char.IsLetterOrDigit) is var first && (char.IsUpper(first) || char.IsDigit(first));

    // "In short" quotes whole sentences only: the splitter also breaks at ';' and line ends, whose pieces read as fragments.
    private static bool EndsAsSentence(string sentence) => sentence.TrimEnd('"', '\'', ')', ']') is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?';
}
