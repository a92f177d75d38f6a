using FibroBot.Answers;

namespace FibroBot.Tests.Answers;

/// <summary>
/// One member's conversation with the answer pipeline, told as it happens: send a message, check the kind of reply, send
/// the next with what the pipeline remembered. <c>pipeline.Converse().Send("how much kratom").Expect(AnswerKind.Refusal)
/// .Send("why not??").Expect(AnswerKind.Refusal)</c> reads like the exchange it tests.
/// </summary>
internal sealed class PipelineConversation(AnswerPipeline pipeline)
{
    private ConversationMemory _memory = ConversationMemory.Empty;
    private PipelineResult? _last;
    private string? _lastText;

    public PipelineConversation Send(string text)
    {
        _last = pipeline.Answer(text, _memory);
        _memory = _last.Memory;
        _lastText = text;
        return this;
    }

    /// <summary>The last reply was of this kind; the message is named in the failure.</summary>
    public PipelineConversation Expect(AnswerKind kind)
    {
        Assert.Equal((kind, _lastText), (Reply.Kind, _lastText));
        return this;
    }

    public PipelineConversation ExpectNot(AnswerKind kind)
    {
        Assert.NotEqual((kind, _lastText), (Reply.Kind, _lastText));
        return this;
    }

    public Answer Reply => (_last ?? throw new InvalidOperationException("Send a message before checking the reply.")).Answer;

    /// <summary>What the pipeline remembered after the last message.</summary>
    public ConversationMemory Memory => (_last ?? throw new InvalidOperationException("Send a message before checking the memory.")).Memory;
}

internal static class PipelineConversations
{
    public static PipelineConversation Converse(this AnswerPipeline pipeline) => new(pipeline);
}
