// The ceiling of the load benchmark: bare Kestrel on the same machine answering /api/messages with one fixed
// expectReplies body. No parsing, no bot, no logging: whatever a bot does costs something on top of this.
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var reply = Encoding.UTF8.GetBytes(
    """{"activities":[{"type":"message","id":"reply-1","channelId":"emulator","from":{"id":"bot","role":"bot"},"conversation":{"id":"conversation"},"recipient":{"id":"user","role":"user"},"text":"A fixed reply.","inputHint":"acceptingInput","replyToId":"1"}]}""");

app.MapPost("/api/messages", () => Results.Bytes(reply, "application/json; charset=utf-8"));
await app.RunAsync();
