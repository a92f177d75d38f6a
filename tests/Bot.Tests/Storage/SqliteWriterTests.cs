using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using FibroBot.Storage;

namespace FibroBot.Tests.Storage;

/// <summary>
/// The SQLite writer's group commit: many callers share a transaction, yet each keeps its own outcome, and no
/// caller is told of success before the commit that holds its write. The writer is held with its test gate where a
/// test needs several items in one batch.
/// </summary>
public sealed class SqliteWriterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly List<SqliteTestBackend> _backends = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var backend in Enumerable.Reverse(_backends))
        {
            await backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_hundred_concurrent_document_writes_and_turn_appends_all_land_and_read_back()
    {
        const int Count = 200;
        var backend = await OpenAsync();

        var writes = Enumerable.Range(0, Count)
            .Select(i => Task.Run(() => backend.Storage.WriteAsync(Changes(($"doc/{i}", Json(i), null)), default)))
            .ToList();
        var appends = Enumerable.Range(0, Count)
            .Select(i => Task.Run(() => backend.TurnLog.AppendAsync(Turn($"reply-{i}"), default)))
            .ToList();
        var eTags = await Task.WhenAll(writes);
        await Task.WhenAll(appends);

        var read = await backend.Storage.ReadAsync(Enumerable.Range(0, Count).Select(i => $"doc/{i}").ToList(), default);
        Assert.Equal(Count, read.Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(i, read[$"doc/{i}"].Value["n"]!.GetValue<int>());
            Assert.Equal(eTags[i][$"doc/{i}"], read[$"doc/{i}"].ETag);
        }

        var turns = await backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default);
        Assert.Equal(
            Enumerable.Range(0, Count).Select(i => $"reply-{i}").Order(StringComparer.Ordinal),
            turns.Select(t => t.ReplyActivityId!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_etag_conflict_in_a_batch_fails_only_its_caller_and_keeps_none_of_its_keys_while_the_others_commit()
    {
        var backend = await OpenAsync();
        var stale = (await backend.Storage.WriteAsync(Changes(("k", Json(1), null)), default))["k"];
        var current = (await backend.Storage.WriteAsync(Changes(("k", Json(2), stale)), default))["k"];
        var gate = HoldWriter(backend);

        var before = backend.Storage.WriteAsync(Changes(("before", Json(1), null)), default);

        // "fresh" is written before the stale "k" is found out, so rolling back this caller's write must undo it.
        var conflicting = backend.Storage.WriteAsync(Changes(("fresh", Json(2), null), ("k", Json(3), stale)), default);
        var after = backend.Storage.WriteAsync(Changes(("k", Json(4), current)), default);
        var appended = backend.TurnLog.AppendAsync(Turn("in-the-batch"), default);
        gate.Release();

        await before;
        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => conflicting);
        Assert.Equal("k", conflict.Key);
        var afterETag = (await after)["k"];
        await appended;
        Assert.Equal(1, gate.Batches);

        var read = await backend.Storage.ReadAsync(["before", "fresh", "k"], default);
        Assert.Equal(["before", "k"], read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, read["k"].Value["n"]!.GetValue<int>());
        Assert.Equal(afterETag, read["k"].ETag);
        Assert.Equal(["in-the-batch"], (await backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default)).Select(t => t.ReplyActivityId));
    }

    [Fact]
    public async Task A_batch_that_cannot_take_the_write_lock_fails_every_caller_and_later_writes_succeed()
    {
        // Short, so that the writer gives up on the lock soon; nothing here depends on how soon.
        var backend = await OpenAsync(busyTimeout: TimeSpan.FromSeconds(1));
        await using var other = await backend.OpenRawAsync();
        await ExecuteAsync(other, "BEGIN EXCLUSIVE;");
        var gate = HoldWriter(backend);

        var writes = new Task[]
        {
            backend.Storage.WriteAsync(Changes(("a", Json(1), null)), default),
            backend.Storage.WriteAsync(Changes(("b", Json(1), null), ("c", Json(1), null)), default),
            backend.TurnLog.AppendAsync(Turn("locked-out"), default),
            backend.TurnLog.DeleteOlderThanAsync(Now, default),
        };
        gate.Release();

        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => write);
            Assert.Contains(backend.FilePath, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, gate.Batches);
        await ExecuteAsync(other, "ROLLBACK;");

        await backend.Storage.WriteAsync(Changes(("later", Json(2), null)), default);
        await backend.TurnLog.AppendAsync(Turn("later"), default);

        Assert.Equal(["later"], (await backend.Storage.ReadAsync(["a", "b", "c", "later"], default)).Keys);
        Assert.Equal(["later"], (await backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default)).Select(t => t.ReplyActivityId));
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_keeps_none_of_its_writes_and_the_writer_recovers()
    {
        var backend = await OpenAsync();
        await backend.Storage.WriteAsync(Changes(("existing", Json(0), null)), default);

        // Caps the file at its present size on the writer's connection only: the next write that needs a new page
        // fails with SQLITE_FULL, as on a full disk.
        await backend.Sqlite.WriteAsync(connection => connection.Statement("PRAGMA max_page_count = 1;").ExecuteScalar(), default);
        var gate = HoldWriter(backend);

        var small = backend.Storage.WriteAsync(Changes(("small", Json(1), null)), default);
        var large = backend.Storage.WriteAsync(Changes(("large", Large(), null)), default);
        var appended = backend.TurnLog.AppendAsync(Turn("full"), default);
        gate.Release();

        foreach (var write in new Task[] { small, large, appended })
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => write);
        }

        Assert.Equal(1, gate.Batches);
        Assert.Equal(["existing"], (await backend.Storage.ReadAsync(["existing", "small", "large"], default)).Keys);
        Assert.Empty(await backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default));

        // The failed batch's connection, and its cap, are gone; the writer carries on with a fresh one.
        await backend.Storage.WriteAsync(Changes(("large", Large(), null)), default);
        Assert.Equal(["existing", "large"], (await backend.Storage.ReadAsync(["existing", "large"], default)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_write_cancelled_while_queued_is_cancelled_for_its_caller_and_never_written()
    {
        var backend = await OpenAsync();
        var gate = HoldWriter(backend);
        using var cancel = new CancellationTokenSource();

        var cancelled = backend.Storage.WriteAsync(Changes(("cancelled", Json(1), null)), cancel.Token);
        var kept = backend.Storage.WriteAsync(Changes(("kept", Json(1), null)), default);
        await cancel.CancelAsync();

        // The writer is still held, so the caller hears of the cancellation before any batch could take the item.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        gate.Release();
        await kept;

        Assert.Equal(["kept"], (await backend.Storage.ReadAsync(["cancelled", "kept"], default)).Keys);
    }

    [Fact]
    public async Task A_write_already_taken_by_the_writer_completes_with_its_batch_even_if_cancelled()
    {
        var backend = await OpenAsync();
        using var cancel = new CancellationTokenSource();

        var result = await backend.Sqlite.WriteAsync(connection =>
        {
            // Running means taken: from here on the caller's token no longer counts.
            cancel.Cancel();
            return connection.Statement("INSERT INTO documents (key, value, etag, updated_ms) VALUES ('taken', '{}', 'e', 0);").ExecuteNonQuery();
        }, cancel.Token);

        Assert.Equal(1, result);
        Assert.Equal(["taken"], (await backend.Storage.ReadAsync(["taken"], default)).Keys);
    }

    [Fact]
    public async Task A_write_cancelled_before_it_is_queued_is_not_written()
    {
        var backend = await OpenAsync();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => backend.TurnLog.AppendAsync(Turn("never"), cancel.Token));

        Assert.Empty(await backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default));
    }

    [Fact]
    public async Task Disposing_with_writes_queued_commits_them_and_refuses_later_ones()
    {
        var backend = await OpenAsync();
        HoldWriter(backend);
        var queued = Enumerable.Range(0, 5)
            .Select(i => backend.Storage.WriteAsync(Changes(($"queued/{i}", Json(i), null)), default))
            .Append(backend.TurnLog.AppendAsync(Turn("queued"), default))
            .ToList();

        // The gate is never released: disposing must get past it. The bound only turns a hang into a failure.
        await backend.Sqlite.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(2));

        await Task.WhenAll(queued);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => backend.Storage.WriteAsync(Changes(("too-late", Json(1), null)), default));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => backend.Storage.ReadAsync(["queued/0"], default));

        // Disposed before the first instance, which deletes the folder.
        var reopened = await backend.OpenSecondInstanceAsync();
        _backends.Add((SqliteTestBackend)reopened);
        var written = Enumerable.Range(0, 5).Select(i => $"queued/{i}").ToList();
        var read = await reopened.Storage.ReadAsync([.. written, "too-late"], default);
        Assert.Equal(written, read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["queued"], (await reopened.TurnLog.QueryAsync(DateTimeOffset.MinValue, default)).Select(t => t.ReplyActivityId));
    }

    private async Task<SqliteTestBackend> OpenAsync(TimeSpan? busyTimeout = null)
    {
        var backend = await SqliteTestBackend.CreateAsync(busyTimeout);
        _backends.Add(backend);
        return backend;
    }

    /// <summary>Holds the writer before it takes its next batch, until released; counts the batches it was asked for.</summary>
    private static WriterGate HoldWriter(SqliteTestBackend backend)
    {
        var gate = new WriterGate();
        backend.Sqlite.Writer.BeforeBatch = gate.WaitAsync;
        return gate;
    }

    private static async Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static Dictionary<string, StoreItem> Changes(params (string Key, JsonNode Value, string? ETag)[] changes) =>
        changes.ToDictionary(c => c.Key, c => new StoreItem(c.Value, c.ETag));

    private static JsonObject Json(int n) => new() { ["n"] = n };

    // Far more than the free room of the file's few pages.
    private static JsonObject Large() => new() { ["text"] = new string('x', 200_000) };

    private static TurnRecord Turn(string replyActivityId) => new()
    {
        Time = Now,
        Channel = "webchat",
        Kind = TurnKind.Answer,
        ReplyActivityId = replyActivityId,
    };

    private sealed class WriterGate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _batches;

        public int Batches => Volatile.Read(ref _batches);

        public Task WaitAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _batches);
            return _open.Task.WaitAsync(cancellationToken);
        }

        public void Release() => _open.SetResult();
    }
}
