using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace FibroBot.TestKit;

/// <summary>
/// Fake time that also reports every one-shot timer started on it (a <c>Task.Delay</c> on this provider starts one),
/// so a test waits for the code under test to start waiting, reads how long it asked for, and advances exactly that
/// far, instead of guessing with real time. Periodic timers (background clean-ups) are not waits and are not
/// reported. Real timeouts here only bound a hang.
/// </summary>
public sealed class FakeClock : FakeTimeProvider
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(30);
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (period == Timeout.InfiniteTimeSpan)
        {
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>The due time of the next timer started that <paramref name="which"/> accepts (all, by default).</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool>? which = null, CancellationToken cancellationToken = default)
    {
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hang.CancelAfter(HangTimeout);
        while (true)
        {
            var dueTime = await _started.Reader.ReadAsync(hang.Token);
            if (which is null || which(dueTime))
            {
                return dueTime;
            }
        }
    }

    /// <summary>Lets <paramref name="work"/> run to completion, advancing the clock to each wait; returns the waits.</summary>
    public async Task<IReadOnlyList<TimeSpan>> RunAsync(Task work, Func<TimeSpan, bool>? which = null) =>
        (await RunAsync(CompletionOf(work), which)).Waits;

    /// <summary>
    /// Lets <paramref name="work"/> run to completion, advancing the clock to each timer it starts that
    /// <paramref name="which"/> accepts; returns the work's result and every wait it asked for, in order.
    /// </summary>
    public async Task<(T Result, IReadOnlyList<TimeSpan> Waits)> RunAsync<T>(Task<T> work, Func<TimeSpan, bool>? which = null)
    {
        var waits = new List<TimeSpan>();
        using var finished = new CancellationTokenSource();
        while (true)
        {
            var next = NextTimerAsync(which, finished.Token);
            if (await Task.WhenAny(work, next).WaitAsync(HangTimeout) == work)
            {
                await finished.CancelAsync();
                await next.ContinueWith(_ => { }, TaskScheduler.Default);
                return (await work, waits);
            }

            var wait = await next;
            waits.Add(wait);
            Advance(wait);
        }
    }

    private static async Task<bool> CompletionOf(Task work)
    {
        await work;
        return true;
    }
}
