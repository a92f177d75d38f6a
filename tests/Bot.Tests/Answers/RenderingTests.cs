using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;

namespace FibroBot.Tests.Answers;

public sealed class RenderingTests
{
    private const string Hostile = "<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil.example/p.png) **bold** does low-dose naltrexone help fibromyalgia?";

    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Fact]
    public void Hostile_markup_in_the_question_is_echoed_as_inert_text_in_Markdown()
    {
        var answer = _pipeline.Answer(Hostile, ConversationMemory.Empty).Answer;
        Assert.Equal(AnswerKind.Answer, answer.Kind);

        var markdown = MarkdownRenderer.Render(answer);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("![i](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_markup_in_the_question_reaches_the_card_only_as_a_plain_text_run()
    {
        var answer = _pipeline.Answer(Hostile, ConversationMemory.Empty).Answer;

        var card = AdaptiveCardRenderer.Render(answer);

        var textBlocks = Descendants(card).Where(n => n["type"]?.GetValue<string>() == "TextBlock").Select(n => n["text"]!.GetValue<string>());
        Assert.All(textBlocks, t => Assert.DoesNotContain("<script>", t, StringComparison.Ordinal));
        var echo = Assert.Single(Descendants(card), n => n["type"]?.GetValue<string>() == "TextRun" && n["text"]!.GetValue<string>().Contains("<script>", StringComparison.Ordinal));
        Assert.NotNull(echo);
    }

    [Fact]
    public void The_card_is_valid_Adaptive_Card_1_5_json_with_sources_badges_links_and_an_emphasised_footer()
    {
        var answer = _pipeline.Answer("Does microdosing help fibromyalgia pain?", ConversationMemory.Empty).Answer;

        var json = AdaptiveCardRenderer.Render(answer).ToJsonString();
        var card = JsonNode.Parse(json)!.AsObject();

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var footer = card["body"]!.AsArray().Last()!;
        Assert.Equal(AdaptiveCardRenderer.FooterId, footer["id"]!.GetValue<string>());
        Assert.Equal("emphasis", footer["style"]!.GetValue<string>());
        Assert.Contains(FixedTexts.Disclaimers.General.Text, footer.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.All(answer.Sources, s => Assert.Contains(s.Evidence, json, StringComparison.Ordinal));
        Assert.Contains(card["actions"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Action.OpenUrl" && a["url"]!.GetValue<string>() == "https://example.org/microdose-trial");
        Assert.Contains(Descendants(card), n => n["style"]?.GetValue<string>() == "attention");
    }

    [Fact]
    public void Every_disclaimer_text_is_shown_in_Markdown()
    {
        var answer = _pipeline.Answer("Is kratom like LSD or naltrexone?", ConversationMemory.Empty).Answer;

        var markdown = MarkdownRenderer.Render(answer);

        Assert.Equal(["general", "psychedelics", "kratom", "ldn"], answer.Disclaimers.Select(d => d.Id));
        Assert.All(answer.Disclaimers, d => Assert.Contains(d.Text, markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void The_fixed_general_disclaimer_says_what_the_contract_promises()
    {
        Assert.Contains("general information, not medical advice", FixedTexts.Disclaimers.General.Text, StringComparison.Ordinal);
        Assert.Contains("talk to a healthcare professional before starting, stopping or changing any treatment", FixedTexts.Disclaimers.General.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does low-dose naltrexone help fibromyalgia?")]
    [InlineData("Is kratom (ketum) legal in the UK, or not?")]
    [InlineData("What's the FDA's view; is it 100% safe?")]
    public void Ordinary_punctuation_in_the_question_is_echoed_without_backslashes(string question) =>
        Assert.Equal(question, MarkdownText.Escape(question));

    [Theory]
    [InlineData("see https://evil.example/x", "https://")]
    [InlineData("see www.evil.example", "www.evil")]
    [InlineData("mail me@evil.example", "me@evil")]
    [InlineData("[x](https://evil.example)", "](")]
    [InlineData("~~gone~~ `code` _it_ a|b", "~~")]
    public void What_a_renderer_would_turn_into_a_link_or_markup_is_broken_up(string question, string mustNotSurvive)
    {
        var escaped = MarkdownText.Escape(question);
        Assert.DoesNotContain(mustNotSurvive, escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("`code`", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("not a url")]
    public void Only_http_links_are_rendered(string url)
    {
        Assert.Null(MarkdownText.SafeUrl(url));
        Assert.Equal("T", MarkdownText.Link("T", url));
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };
}
