using FibroBot.Moderation;

namespace FibroBot.Tests.Moderation;

public class TurnLogCsvTests
{
    private static string Csv(params TurnRecord[] turns)
    {
        using var writer = new StringWriter();
        TurnLogCsv.Write(writer, turns);
        return writer.ToString();
    }

    [Fact]
    public void Writes_a_header_and_one_row_per_turn()
    {
        var csv = Csv(
            ModerationReportTests.Turn(TurnKind.Answer, "does ldn help", ["ldn", "fibromyalgia"]),
            ModerationReportTests.Turn(TurnKind.Crisis));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(',', TurnLogCsv.Columns), lines[0]);
        Assert.Contains(",answer,ldn;fibromyalgia,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",crisis,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_commas_quotes_and_newlines()
    {
        var csv = Csv(ModerationReportTests.Turn(TurnKind.NoAnswer, "he said \"hi\", then\nleft"));
        Assert.Contains("\"he said \"\"hi\"\", then\nleft\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    public void Cells_that_look_like_formulas_stay_text(string question)
    {
        var row = Csv(ModerationReportTests.Turn(TurnKind.NoAnswer, question)).Split("\r\n")[1];
        Assert.DoesNotContain("," + question, row, StringComparison.Ordinal);
        Assert.Contains("'" + question[0], row, StringComparison.Ordinal);
    }
}
