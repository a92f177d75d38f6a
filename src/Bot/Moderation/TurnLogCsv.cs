using System.Globalization;

namespace FibroBot.Moderation;

/// <summary>The scrubbed turn log as CSV (RFC 4180), safe to open in a spreadsheet.</summary>
public static class TurnLogCsv
{
    public static readonly string[] Columns =
        ["time", "channel", "kind", "topics", "sources", "confidence", "redactions", "user_hash", "conversation_hash", "question", "feedback", "feedback_comment"];

    public static void Write(TextWriter output, IEnumerable<TurnRecord> turns)
    {
        output.Write(string.Join(',', Columns));
        output.Write("\r\n");
        foreach (var turn in turns)
        {
            string?[] cells =
            [
                turn.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                turn.Channel,
                TurnLogNames.Of(turn.Kind),
                string.Join(';', turn.Topics),
                string.Join(';', turn.SourceIds),
                turn.Confidence?.ToString("0.###", CultureInfo.InvariantCulture),
                turn.Redactions.ToString(CultureInfo.InvariantCulture),
                turn.UserHash,
                turn.ConversationHash,
                turn.Question,
                turn.Feedback is null ? null : TurnLogNames.Of(turn.Feedback.Rating),
                turn.Feedback?.Comment,
            ];
            output.Write(string.Join(',', cells.Select(Cell)));
            output.Write("\r\n");
        }
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // A spreadsheet would run a cell that starts like a formula; members' words must stay text.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
