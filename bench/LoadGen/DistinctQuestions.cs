using System.Globalization;

namespace FibroBot.Bench.LoadGen;

/// <summary>
/// A long list of distinct questions made from the hand-written ones: each base question followed by one of a few
/// everyday remarks a member adds (how long they have been ill, who they ask for), with a number, so that no two
/// lines are the same text. Written in rounds through the base list (line k is base question k mod n), so a text
/// comes back only after the whole list: with more lines than the bot's query-embedding cache holds (2,048), a run
/// that cycles through it never finds a question in the cache, and every request pays the encoder.
/// </summary>
internal static class DistinctQuestions
{
    private static readonly string[] Remarks =
    [
        "I was diagnosed {0} years ago.",
        "I have had symptoms for {0} months.",
        "Asking for my sister, she is {0}.",
        "I joined the group {0} weeks ago.",
        "My pain has been bad for {0} days.",
    ];

    private const int Numbers = 60;

    public static IReadOnlyList<string> Generate(IReadOnlyList<string> questions, int count)
    {
        var most = questions.Count * Remarks.Length * Numbers;
        if (count > most)
        {
            throw new ArgumentException($"at most {most} distinct questions can be made from {questions.Count} base questions");
        }

        var lines = new List<string>(count);
        for (var k = 0; lines.Count < count; k++)
        {
            var round = k / questions.Count;
            var remark = Remarks[round % Remarks.Length];
            var number = 2 + (round / Remarks.Length);
            lines.Add($"{questions[k % questions.Count]} {string.Format(CultureInfo.InvariantCulture, remark, number)}");
        }

        var distinct = lines.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return distinct == lines.Count ? lines : throw new InvalidDataException($"only {distinct} of {lines.Count} generated questions are distinct");
    }
}
