using System.Text;

namespace FibroBot.Answers.Rendering;

/// <summary>Renders an answer as Markdown text: the chat message for channels without cards, and the <c>ask</c> verb's output.</summary>
public static class MarkdownRenderer
{
    public static string Render(Answer answer)
    {
        var md = new StringBuilder();
        if (answer.Question is { Length: > 0 } question)
        {
            md.Append("**").Append(FixedTexts.Card.QuestionLeadIn.Trim()).Append("** ").Append(MarkdownText.Escape(question)).Append("\n\n");
        }

        foreach (var paragraph in answer.Paragraphs)
        {
            md.Append(paragraph).Append("\n\n");
        }

        if (answer.InShort.Count > 0)
        {
            md.Append("**").Append(FixedTexts.Evidence.InShortLeadIn).Append("** ")
                .Append(string.Join(' ', answer.InShort.Select(InShortSentence))).Append("\n\n");
        }

        if (answer.EvidenceSummary is { } summary)
        {
            md.Append("**").Append(summary).Append("**\n\n");
        }

        foreach (var passage in answer.Passages)
        {
            AppendPassage(md, passage);
        }

        if (answer.Passages.Count == 0)
        {
            foreach (var source in answer.Sources)
            {
                md.Append("- ").Append(MarkdownText.Link(source.Title, source.Url)).Append(" — *").Append(source.Evidence).Append("*\n");
            }

            if (answer.Sources.Count > 0)
            {
                md.Append('\n');
            }
        }

        if (answer.Kind != AnswerKind.Answer)
        {
            foreach (var suggestion in answer.SuggestedQuestions)
            {
                md.Append("- ").Append(suggestion).Append('\n');
            }

            if (answer.SuggestedQuestions.Count > 0)
            {
                md.Append('\n');
            }
        }

        if (answer.Disclaimers.Count > 0)
        {
            md.Append("---\n\n");
            foreach (var disclaimer in answer.Disclaimers)
            {
                md.Append('*').Append(disclaimer.Text).Append("*\n\n");
            }
        }

        return md.ToString().TrimEnd();
    }

    private static void AppendPassage(StringBuilder md, CitedPassage passage)
    {
        var source = passage.Source;
        md.Append("**[").Append(passage.Position).Append("] ").Append(MarkdownText.Link(source.Title, source.Url)).Append("**  \n");
        md.Append('*').Append(source.Evidence).Append(":* ").Append(source.EvidenceExplanation).Append("\n\n");
        foreach (var line in MarkdownText.SanitizeCorpus(passage.Text).Split('\n'))
        {
            md.Append("> ").Append(line.TrimEnd()).Append('\n');
        }

        md.Append('\n');
        if (source.IsWeak)
        {
            md.Append("⚠️ ").Append(FixedTexts.Evidence.WeakSourceNote).Append("\n\n");
        }

        foreach (var disagreement in passage.Disagreements)
        {
            md.Append("❗ ").Append(DisagreementText(disagreement)).Append("\n\n");
        }
    }

    /// <summary>A quoted sentence with its passage's marker, "… [1]": the same number as the passage and its citation entity.</summary>
    public static string InShortSentence(QuotedSentence sentence) =>
        sentence.Context is { } context
            ? $"*{MarkdownText.SanitizeCorpus(context)}* {MarkdownText.SanitizeCorpus(sentence.Text)} [{sentence.Position}]"
            : $"{MarkdownText.SanitizeCorpus(sentence.Text)} [{sentence.Position}]";

    /// <summary>"A vetted source disagrees: note See: [title](url)" with every vetted source linked.</summary>
    public static string DisagreementText(Disagreement disagreement)
    {
        var text = FixedTexts.Evidence.DisagreementLeadIn + MarkdownText.SanitizeCorpus(disagreement.Note);
        return disagreement.VettedSources.Count == 0
            ? text
            : $"{text} {FixedTexts.Evidence.VettedSourcesLeadIn}{string.Join("; ", disagreement.VettedSources.Select(s => MarkdownText.Link(s.Title, s.Url)))}";
    }
}
