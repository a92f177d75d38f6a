using System.Collections.Concurrent;
using System.Threading.Channels;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// In-process wake-ups for open WebSocket streams: "new activities are stored" and transient activities
/// (typing) that are pushed live but never stored. Streams also poll storage, which covers other instances.
/// </summary>
public sealed class DirectLineConversationSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscribers.GetOrAdd(conversationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void NotifyStored(string conversationId) => Publish(conversationId, DirectLineSignal.Stored);

    public void PublishTransient(string conversationId, Activity activity) => Publish(conversationId, new DirectLineSignal(activity));

    private void Publish(string conversationId, DirectLineSignal signal)
    {
        if (_subscribers.TryGetValue(conversationId, out var subscriptions))
        {
            foreach (var subscription in subscriptions.Keys)
            {
                subscription.Writer.TryWrite(signal);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationId, out var subscriptions))
        {
            subscriptions.TryRemove(subscription, out _);
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly DirectLineConversationSignals _owner;

        // A slow socket loses the oldest signals rather than holding memory; "stored" ones are re-read from storage anyway.
        private readonly Channel<DirectLineSignal> _channel = Channel.CreateBounded<DirectLineSignal>(
            new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        internal Subscription(DirectLineConversationSignals owner, string conversationId)
        {
            _owner = owner;
            ConversationId = conversationId;
        }

        public string ConversationId { get; }

        public ChannelReader<DirectLineSignal> Reader => _channel.Reader;

        internal ChannelWriter<DirectLineSignal> Writer => _channel.Writer;

        public void Dispose()
        {
            _owner.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}

/// <summary>Either "look in storage" (no activity) or a transient activity to push as it is.</summary>
public sealed record DirectLineSignal(Activity? Transient)
{
    public static DirectLineSignal Stored { get; } = new((Activity?)null);
}
