using FibroBot.Moderation;

namespace FibroBot.Tests.Moderation;

public class ModerationReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    internal static TurnRecord Turn(TurnKind kind, string? question = null, string[]? topics = null, TurnFeedback? feedback = null, int minutesAgo = 60) => new()
    {
        Time = Now.AddMinutes(-minutesAgo),
        Channel = "msteams",
        Kind = kind,
        Topics = topics ?? [],
        Question = question,
        Feedback = feedback,
    };

    [Fact]
    public void Counts_turns_by_kind_and_topic_with_refusals_and_crises()
    {
        var report = ModerationReportBuilder.Build(
            [
                Turn(TurnKind.Answer, "does ldn help", ["ldn", "fibromyalgia"]),
                Turn(TurnKind.Answer, "is kratom legal", ["kratom"]),
                Turn(TurnKind.Refusal, "how much kratom", ["kratom"]),
                Turn(TurnKind.Crisis),
                Turn(TurnKind.NoAnswer, "capital of france"),
            ],
            Now.AddDays(-7), Now, 7);

        Assert.Equal(5, report.TotalTurns);
        Assert.Equal(1, report.Refusals);
        Assert.Equal(1, report.Crises);
        Assert.Equal(new NamedCount("answer", 2), report.ByKind[0]);
        Assert.Contains(new NamedCount("noAnswer", 1), report.ByKind);
        Assert.Equal(new NamedCount("kratom", 2), report.ByTopic[0]);
        Assert.Contains(new NamedCount("ldn", 1), report.ByTopic);
    }

    [Fact]
    public void Unanswered_questions_are_grouped_by_wording_and_ranked_by_how_often_they_were_asked()
    {
        var report = ModerationReportBuilder.Build(
            [
                Turn(TurnKind.NoAnswer, "Does CBD oil help?"),
                Turn(TurnKind.NoAnswer, "does cbd oil help"),
                Turn(TurnKind.NoAnswer, "Is tai chi good for fibro?"),
                Turn(TurnKind.Answer, "does ldn help"),
            ],
            Now.AddDays(-7), Now, 7);

        Assert.Equal(2, report.TopUnanswered.Count);
        Assert.Equal(2, report.TopUnanswered[0].Count);
        Assert.Equal("Does CBD oil help?", report.TopUnanswered[0].Name);
    }

    [Fact]
    public void Feedback_ratio_and_newest_comments_first()
    {
        var report = ModerationReportBuilder.Build(
            [
                Turn(TurnKind.Answer, feedback: new TurnFeedback(FeedbackRating.Up, "clear sources", Now.AddMinutes(-30))),
                Turn(TurnKind.Answer, feedback: new TurnFeedback(FeedbackRating.Up, null, Now.AddMinutes(-20))),
                Turn(TurnKind.Answer, feedback: new TurnFeedback(FeedbackRating.Down, "too long", Now.AddMinutes(-10))),
                Turn(TurnKind.Answer),
            ],
            Now.AddDays(-7), Now, 7);

        Assert.Equal(2, report.FeedbackUp);
        Assert.Equal(1, report.FeedbackDown);
        Assert.Equal(2.0 / 3, report.FeedbackPositiveRatio!.Value, 6);
        Assert.Equal(["👎 too long", "👍 clear sources"], report.RecentComments);
    }

    [Fact]
    public void No_feedback_means_no_ratio()
    {
        var report = ModerationReportBuilder.Build([Turn(TurnKind.Answer)], Now.AddDays(-1), Now, 1);
        Assert.Null(report.FeedbackPositiveRatio);
    }

    [Theory]
    [InlineData(null, 7)]
    [InlineData("30", 30)]
    [InlineData(" 1 ", 1)]
    [InlineData("366", 366)]
    public void Days_parse(string? text, int expected) => Assert.Equal(expected, ModerationReportBuilder.ParseDays(text, 7));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("367")]
    [InlineData("ten")]
    [InlineData("1.5")]
    [InlineData("99999999999999")]
    public void Bad_days_are_rejected(string text) => Assert.Null(ModerationReportBuilder.ParseDays(text, 7));

    [Fact]
    public void Members_words_are_escaped_in_markdown_and_card()
    {
        var report = ModerationReportBuilder.Build(
            [Turn(TurnKind.NoAnswer, "[click](javascript:alert(1)) <script>")],
            Now.AddDays(-7), Now, 7);

        var markdown = ModerationReportRenderer.ToMarkdown(report);
        var card = ModerationReportRenderer.ToAdaptiveCard(report).ToJsonString();

        Assert.DoesNotContain("[click](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\[click\]\(javascript:alert\(1\)\) \<script\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](javascript", card, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"1.5\"", card, StringComparison.Ordinal);
    }
}
