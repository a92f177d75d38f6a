using FibroBot.Safety;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Answers;

/// <summary>
/// The reply to one message, what the conversation remembers afterwards, and what the turn log records about it:
/// the topics of the question (none for a crisis message) and the retrieval confidence when there was a search.
/// </summary>
public sealed record PipelineResult(Answer Answer, ConversationMemory Memory, IReadOnlyList<string>? Topics = null, double? Confidence = null);

/// <summary>
/// The whole answer path, top to bottom: normalise → triage → retrieve → redact → compose.
/// Rendering is each channel's business (see the Rendering namespace). Stateless and thread-safe.
/// </summary>
public sealed partial class AnswerPipeline(
    SafetyTriage triage,
    IQueryEmbedder embedder,
    IPassageSearch search,
    CorpusCatalog catalog,
    PassageRedaction redaction,
    AnswerComposer composer,
    Glossary? glossary = null,
    MessageLanguage? language = null)
{
    /// <summary>Enough hits that vetted passages are found even when seeds rank high.</summary>
    private const int SearchDepth = 10;

    /// <summary>
    /// The triage model's question probability from which a question counts as in scope for retrieval
    /// (<see cref="SearchOptions.InScope"/>): the model and retrieval confidence together. Chosen on our own question
    /// sets and the dev split (docs/RETRIEVAL.md, sixteenth session): at 0.9 no dev off-topic message became answerable.
    /// </summary>
    internal const double InScopeQuestionProbability = 0.9;

    /// <summary>
    /// At or above this off-topic reading, a word that points back ("it", "also") does not make a message a follow-up:
    /// "also whats a good laptop under 500 for my daughter's college" after a question about tai chi (round 54, 0.9999) is
    /// about a laptop. Real follow-ups the model doubts read lower ("is it safe for someone who also has lupus?" 0.92).
    /// </summary>
    internal const double NearCertainOffTopic = 0.995;

    /// <summary>At most this many words, a reply to crisis guidance keeps the guidance's language.</summary>
    internal const int WordsTooFewToDetectALanguage = 3;

    public PipelineResult Answer(string? text, ConversationMemory memory)
    {
        var message = MessageNormalizer.Normalize(text);

        // One encoder pass per turn: triage reads this vector, and so does retrieval when the query is the message itself.
        var vector = embedder.EmbedQueries([message.Text])[0];
        var decision = triage.Judge(message, vector, memory.PreviousTurn);
        // A reply to crisis guidance that gets the guidance again keeps the language it was given in. Language detection
        // cannot read a word or two ("vale" after Spanish guidance was read as French), and guesses on longer replies
        // too ("also whats a good laptop…" after English guidance came out German), so only words that belong to one
        // language alone may change it.
        if (decision.Outcome == TriageOutcome.Crisis && memory.LastCrisisLanguage is { } previousLanguage)
        {
            var clearLanguage = SafetyText.CountWords(message.Text) <= WordsTooFewToDetectALanguage ? null : SafetyTriage.ClearLanguageOf(message);
            decision = decision with { Language = clearLanguage ?? previousLanguage };
        }

        // Only the member's last message counts: "and for a beginner?" two turns after kratom is no longer about it.
        memory = memory with
        {
            LastAboutSomethingTaken = decision.AboutSomethingTaken,
            LastAboutActivity = decision.AboutActivity,
            LastCrisisGuidance = decision.CrisisGuidance,
            LastRefusedADose = decision.RefusedADose,
            LastAskedWhetherItCanKill = decision.AskedWhetherItCanKill,
            LastCrisisLanguage = decision.Outcome == TriageOutcome.Crisis ? decision.Language : null,
        };
        var turnVector = new Lazy<float[]?>(() => vector, LazyThreadSafetyMode.None);
        switch (decision.Outcome)
        {
            case TriageOutcome.Crisis:
                return new(composer.Crisis(decision.Language), memory);
            case TriageOutcome.DosingRequest:
                // A follow-up such as "ok, so what's the starting dose?" names its subject only through memory.
                // Its subject is remembered like a question's, so "is it addictive?" next is about the same thing.
                var refused = FollowUpResolver.Resolve(message.Text, memory, TopicVocabulary.For(catalog.Topics));
                return new(composer.Refusal(refused, decision.Language), memory.Remember(refused), refused.Topics);
            case TriageOutcome.Empty:
                return new(composer.Empty(), memory);
            case TriageOutcome.Help:
                return new(composer.Help(), memory);
            case TriageOutcome.Sources:
                return new(composer.SourceList(), memory);
            case TriageOutcome.About:
                return new(composer.About(), memory);
            case TriageOutcome.Greeting:
                return new(composer.SmallTalk(FixedTexts.SmallTalk.Greeting), memory);
            case TriageOutcome.Thanks:
                return new(composer.SmallTalk(FixedTexts.SmallTalk.Thanks), memory);
            case TriageOutcome.WhoAreYou:
                return new(composer.SmallTalk(FixedTexts.SmallTalk.WhoAreYou), memory);
            case TriageOutcome.Question or TriageOutcome.SmallTalk or TriageOutcome.OffTopic when Venting.SharesFeelingsOnly(message.Text, decision.OnlyVentsAskingNothing):
                // "just venting, today was awful" asks nothing; searched, it was answered with unrelated evidence.
                return new(composer.SmallTalk(FixedTexts.SmallTalk.VentingFor(triage.LanguageOf(message))), memory);
            case TriageOutcome.SmallTalk when AsksSomething(message.Text) && FollowUpResolver.Resolve(message.Text, memory, TopicVocabulary.For(catalog.Topics)).IsFollowUp:
                // "does it have side effects?" alone reads as chat; after a question about LDN it asks about LDN.
                return AnswerQuestion(message, memory, turnVector);
            case TriageOutcome.SmallTalk:
                // In the member's language: "ja snap dat je dat niet mag zeggen" once got the English reply.
                return new(composer.SmallTalk(FixedTexts.SmallTalk.GeneralFor(triage.LanguageOf(message))), memory);
            case TriageOutcome.OffTopic when !decision.OutOfScopeByRule && decision.Scores.OffTopic < NearCertainOffTopic && FollowUpResolver.PointsBack(message.Text) && FollowUpResolver.Resolve(message.Text, memory, TopicVocabulary.For(catalog.Topics)).IsFollowUp:
                // Triage reads the message alone, so "what causes it?" looks out of scope; with the previous
                // question's subject it is an ordinary question, and retrieval's own no-answer still guards it. It
                // must point back ("it", "and…"): the previous subject's words would carry a short off-topic request
                // past retrieval's threshold and answer it with passages about something else. A message out of scope by
                // rule ("also random but does anyone know a good vpn?" after a question about LDN) is not a follow-up.
                return AnswerQuestion(message, memory, turnVector);
            case TriageOutcome.OffTopic:
                // Out of scope by the model, together with retrieval: only a question a vetted document itself asks
                // overrules the model; anything else gets the fixed no-answer, so nothing off-topic is ever cited.
                return AnswerQuestion(message, memory, turnVector, onlyIfDocumentAsksIt: true);
            default:
                // A member's question in their own words ("why does a light touch hurt so much?") names no domain term;
                // when the model is sure it is a question of ours, retrieval needs less to find that a document asks it.
                return AnswerQuestion(message, memory, turnVector, inScope: decision.Scores.Question >= InScopeQuestionProbability);
        }
    }

    private PipelineResult AnswerQuestion(NormalizedMessage message, ConversationMemory memory, Lazy<float[]?> turnVector, bool onlyIfDocumentAsksIt = false, bool inScope = false)
    {
        var ownWords = QuestionOf(message.Text);
        var asked = InEnglish(ownWords, message);
        var query = FollowUpResolver.Resolve(asked, memory, TopicVocabulary.For(catalog.Topics));
        if (OtherTask.IsRequested(message.Text))
        {
            return new(composer.NoAnswer(query, FixedTexts.NoAnswer.OtherTask), memory, query.Topics);
        }

        // The price is read in the member's own words too: "¿cuánto cuesta el LDN?" translates to words the English
        // price patterns do not hold.
        var asksAPrice = CostQuestion.IsAsked(asked) || CostQuestion.IsAsked(ownWords);
        if (AsksOnlyAboutUnmentionedThings(message.Text) || (asksAPrice && !CostQuestion.PriceWords.Any(search.Mentions)))
        {
            return new(composer.NoAnswer(query), memory, query.Topics);
        }

        var (vector, response) = SearchFor(query, message, turnVector, inScope);
        // A short message is its own question: it was translated (and its language asked) once already.
        var whole = ownWords == message.Text ? asked : InEnglish(message.Text, message);
        if (!response.Answerable && asked != whole)
        {
            // The question of a long post, alone, found nothing the search would answer with: the whole post may.
            query = FollowUpResolver.Resolve(whole, memory, TopicVocabulary.For(catalog.Topics));
            (vector, response) = SearchFor(query, message, turnVector, inScope);
        }
        if (!response.Answerable && !query.IsFollowUp && !onlyIfDocumentAsksIt
            && FollowUpResolver.WithPreviousSubject(asked, memory, TopicVocabulary.For(catalog.Topics)) is { } withSubject)
        {
            // Nothing answers it alone, and the conversation has a subject: members leave it out when it is obvious to
            // them ("does the benefit last after the sessions stop?" after "does CBT help fibromyalgia?"). Retrieval's own
            // no-answer still guards the second search.
            var (subjectVector, subjectResponse) = SearchFor(withSubject, message, turnVector, inScope);
            if (subjectResponse.Answerable)
            {
                (query, vector, response) = (withSubject, subjectVector, subjectResponse);
            }
        }

        if (onlyIfDocumentAsksIt && !response.AsksDocumentQuestion)
        {
            return new(composer.NoAnswer(query), memory, query.Topics, response.Confidence);
        }

        var substances = query.Topics.Where(catalog.Topics.IsSubstance).ToList();
        var hits = PassageSelection.Choose(response, catalog, substances, query.Text);
        if (hits.Count > 0 && hits.All(h => h.Source.Kind == SourceKind.Seed) && query.Topics.Count > 0)
        {
            // Seeds outranked everything: look again within the question's topics so that a vetted source,
            // where one exists, is not left out of an answer that would otherwise rest on marketing.
            var onTopic = Search(query.Text, vector, new SearchOptions(MaxHits: SearchDepth, Topics: query.Topics));
            hits = PassageSelection.Choose(response with { Hits = [.. response.Hits, .. onTopic.Hits] }, catalog, substances, query.Text);
        }

        if (hits.Count == 0)
        {
            return new(composer.NoAnswer(query), memory.Remember(query), query.Topics, response.Confidence);
        }

        var evidence = hits.Select(h => redaction.Redact(h, AnswerExcerpts.Trim(h.Passage.Text, query.Text, h.Passage.Heading))).ToList();
        var (echo, echoRedactions) = PassageRedaction.RedactText(message.Text);

        return new(composer.Compose(message, query, evidence, echoRedactions, echo), memory.Remember(query), query.Topics, response.Confidence);
    }

    /// <summary>
    /// A question in Spanish, German, French, Portuguese, Dutch or Italian searches the English corpus in English words,
    /// translated word by word (<see cref="Glossary"/>): "il kratom fa male al fegato?" had found the passage that says
    /// what kratom is, because only "kratom" matched. English text, and text the glossary knows nothing of, is searched
    /// as written; the language is asked only when the glossary found something to translate.
    /// </summary>
    private string InEnglish(string text, NormalizedMessage message)
    {
        if (glossary is null || language is null)
        {
            return text;
        }

        var (english, known) = glossary.Translate(text);
        return known > 0 && language.Detect(message.Full) != "en" ? english : text;
    }

    /// <summary>
    /// A follow-up searches with its subject added back from memory, and a long post with its question: that text needs
    /// its own vector, computed once, through the same query cache (a group asks the same follow-ups too).
    /// </summary>
    private (float[]? Vector, SearchResponse Response) SearchFor(ResolvedQuery query, NormalizedMessage message, Lazy<float[]?> turnVector, bool inScope)
    {
        var vector = query.Text == message.Text ? turnVector.Value
            : search.UsesVectors ? embedder.EmbedQueries([query.Text])[0]
            : null;
        return (vector, Search(query.Text, vector, new SearchOptions(MaxHits: SearchDepth, InScope: inScope)));
    }

    /// <summary>
    /// The member's question names medicines, drugs or supplements by name and no source mentions any of them: "is CBD
    /// oil good for fibro?" was answered with a review of cognitive behavioural therapy, and "does magnesium help
    /// fibro?" with a physiotherapy tip, because the rest of the question matched. The sources do not cover the thing
    /// asked about, so the honest reply is the fixed no-answer. Only the question sentence counts (the last one that
    /// asks, else the last): "I take magnesium. What is fibro fog?" is about fibro fog.
    /// </summary>
    private bool AsksOnlyAboutUnmentionedThings(string text)
    {
        var sentences = Sentences(text);
        var question = sentences.LastOrDefault(s => s.EndsWith('?')) ?? sentences.LastOrDefault() ?? text;
        var named = TakenThings.NamedIn(SafetyText.Normalize(question));
        return named.Count > 0 && !named.Any(search.Mentions);
    }

    /// <summary>Shorter than this, a message is searched whole: its context and its question are one thing.</summary>
    private const int LongPostWords = 30;

    /// <summary>
    /// What a long post asks: its sentences that end with a question mark, when there are enough of them to search
    /// with; otherwise the whole text. Members tell their story first and ask last, and the story's words ("every time
    /// I try a walk I flare for days") otherwise outweigh the question ("Is exercise actually recommended for fibro?").
    /// A treatment the story names and the question does not ("… started me on low dose naltrexone … Does it help with
    /// fatigue at all?") is added back to the question. Triage has already read the whole post.
    /// </summary>
    private string QuestionOf(string text)
    {
        if (WordCount(text) < LongPostWords)
        {
            return text;
        }

        var asked = string.Join(' ', Sentences(text).Where(s => s.EndsWith('?')));
        if (WordCount(asked) < 4)
        {
            return text;
        }

        var vocabulary = TopicVocabulary.For(catalog.Topics);
        if (vocabulary.Find(asked).Any(m => vocabulary.IsSubstance(m.Topic)))
        {
            return asked;
        }

        var storyTreatments = vocabulary.Find(text).Where(m => vocabulary.IsSubstance(m.Topic)).Select(m => m.Term).Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join(' ', storyTreatments.Prepend(asked));
    }

    /// <summary>
    /// The message split at every full stop, question or exclamation mark: "vitamin D. What …" is two sentences here,
    /// though the redactor's splitter keeps "D." as an initial. Only for finding which sentence asks.
    /// </summary>
    private static List<string> Sentences(string text) => [.. SentenceEnd().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0)];

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>A question, not a pleasantry: "ok thanks" is small talk even after a question, "and is it safe?" is not.</summary>
    private static bool AsksSomething(string text) => text.Contains('?', StringComparison.Ordinal) || QuestionOpening().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:and\s+|so\s+|but\s+)?(?:what|how|does|do|is|are|can|could|will|would|should|why|when|where|which|who|any)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuestionOpening();

    private SearchResponse Search(string text, float[]? vector, SearchOptions options) =>
        vector is null ? search.Search(text, options) : search.Search(text, vector, options);
}
