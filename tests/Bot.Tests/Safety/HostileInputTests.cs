using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

public sealed class HostileInputTests
{
    public static TheoryData<string?> HostileMessages => new()
    {
        null,
        string.Empty,
        "   \t\r\n  ",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("how much kratom 4.5mg every 3 days ", 300)),
        "\0\u0001\u0007\u001b[31m\u007f",
        "😀😀😀 💊🍄",
        "<script>alert('dose')</script>",
        "[x](javascript:alert(1)) **how much** _ldn_",
        "\uD800 lone surrogate \uDFFF",
        "\u202Eesod eht si tahw",
        "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
        "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
        new string('.', 5_000) + new string('?', 5_000),
        string.Concat(Enumerable.Repeat("one two three ", 700)),
    };

    [Theory]
    [MemberData(nameof(HostileMessages))]
    public void Detectors_and_redactor_never_throw(string? message)
    {
        var dosing = DosingRequestDetector.Classify(message);
        var crisis = CrisisDetector.Classify(message);
        var redaction = DoseRedactor.Redact(message);

        Assert.Equal(dosing.IsDosingRequest, dosing.Reason is not null);
        Assert.Equal(crisis.IsCrisis, crisis.Category != CrisisCategory.None);
        Assert.False(DoseLanguage.ContainsDoseOrSchedule(redaction.Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀")]
    public void Blank_messages_are_neither_dosing_nor_crisis(string? message)
    {
        Assert.False(DosingRequestDetector.Classify(message).IsDosingRequest);
        Assert.False(CrisisDetector.Classify(message).IsCrisis);
    }

    [Fact]
    public void A_request_hidden_in_markup_is_still_seen()
    {
        Assert.True(DosingRequestDetector.Classify("<b>how much</b> <i>kratom</i> should I take?").IsDosingRequest);
    }

    [Fact]
    public void Missing_sets_folder_is_a_clear_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-safety-sets-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => SafetySets.Load(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
