using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>The <see cref="IStorage"/> semantics every back end must have, run against each of them.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _toDispose = [];

    protected IStorage Storage { get; private set; } = null!;

    /// <summary>A fresh, empty store; the test disposes what it registers with <see cref="DisposeLater"/>.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    protected T DisposeLater<T>(T disposable)
        where T : IAsyncDisposable
    {
        _toDispose.Add(disposable);
        return disposable;
    }

    public async Task InitializeAsync() => Storage = await CreateStorageAsync();

    public async Task DisposeAsync()
    {
        for (var i = _toDispose.Count - 1; i >= 0; i--)
        {
            await _toDispose[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task Written_document_reads_back_equal_with_the_returned_etag()
    {
        var document = JsonNode.Parse("""{"name":"Zoë ☀","count":3,"nested":{"list":[1,"two",null,true]}}""")!;

        var eTags = await WriteAsync(("conversation/1", document, null));
        var read = await Storage.ReadAsync(["conversation/1"], default);

        Assert.True(JsonNode.DeepEquals(document, read["conversation/1"].Value));
        Assert.Equal(eTags["conversation/1"], read["conversation/1"].ETag);
        Assert.False(string.IsNullOrEmpty(eTags["conversation/1"]));
    }

    [Fact]
    public async Task Reading_returns_only_the_keys_that_exist()
    {
        await WriteAsync(("a", Json(1), null));

        var read = await Storage.ReadAsync(["a", "missing", "a"], default);

        Assert.Equal(["a"], read.Keys);
        Assert.Empty(await Storage.ReadAsync([], default));
        Assert.Empty(await Storage.WriteAsync(new Dictionary<string, StoreItem>(), default));
    }

    [Fact]
    public async Task Every_write_gives_a_new_etag()
    {
        var first = (await WriteAsync(("k", Json(1), null)))["k"];
        var second = (await WriteAsync(("k", Json(1), first)))["k"];
        var third = (await WriteAsync(("k", Json(1), "*")))["k"];

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
    }

    [Fact]
    public async Task A_stale_etag_is_rejected_and_the_stored_document_is_unchanged()
    {
        var stale = (await WriteAsync(("k", Json(1), null)))["k"];
        var current = (await WriteAsync(("k", Json(2), stale)))["k"];

        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync(("k", Json(3), stale)));

        Assert.Equal("k", conflict.Key);
        var read = (await Storage.ReadAsync(["k"], default))["k"];
        Assert.Equal(2, read.Value["n"]!.GetValue<int>());
        Assert.Equal(current, read.ETag);
    }

    [Fact]
    public async Task Wildcard_and_missing_etags_write_whatever_is_stored()
    {
        await WriteAsync(("k", Json(1), null));
        await WriteAsync(("k", Json(2), "*"));
        Assert.Equal(2, (await Storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());

        await WriteAsync(("k", Json(3), null));
        Assert.Equal(3, (await Storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_multi_key_write_with_one_stale_etag_writes_none_of_its_keys()
    {
        var initial = await WriteAsync(("a", Json(1), null), ("b", Json(1), null), ("c", Json(1), null));
        await WriteAsync(("c", Json(5), initial["c"]));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync(
            ("a", Json(2), initial["a"]), ("b", Json(2), "*"), ("c", Json(2), initial["c"]), ("new", Json(2), null)));

        var read = await Storage.ReadAsync(["a", "b", "c", "new"], default);
        Assert.Equal(1, read["a"].Value["n"]!.GetValue<int>());
        Assert.Equal(initial["a"], read["a"].ETag);
        Assert.Equal(1, read["b"].Value["n"]!.GetValue<int>());
        Assert.Equal(5, read["c"].Value["n"]!.GetValue<int>());
        Assert.False(read.ContainsKey("new"));
    }

    [Fact]
    public async Task A_conditional_write_of_a_document_deleted_since_it_was_read_is_a_conflict()
    {
        var eTag = (await WriteAsync(("k", Json(1), null)))["k"];
        await Storage.DeleteAsync(["k"], default);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync(("k", Json(2), eTag)));
        Assert.Empty(await Storage.ReadAsync(["k"], default));
    }

    [Fact]
    public async Task Concurrent_read_modify_write_retries_lose_no_increment()
    {
        const int Writers = 6;
        const int IncrementsEach = 15;
        await WriteAsync(("counter", Json(0), null));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < IncrementsEach; i++)
            {
                await IncrementAsync(Storage, "counter");
            }
        })));

        var read = await Storage.ReadAsync(["counter"], default);
        Assert.Equal(Writers * IncrementsEach, read["counter"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Delete_removes_the_documents_and_ignores_missing_keys()
    {
        await WriteAsync(("a", Json(1), null), ("b", Json(1), null));

        await Storage.DeleteAsync(["a", "never-written"], default);

        Assert.Equal(["b"], (await Storage.ReadAsync(["a", "b"], default)).Keys);
    }

    [Fact]
    public async Task Changing_a_node_after_writing_or_reading_it_does_not_change_the_stored_document()
    {
        var written = Json(1);
        await WriteAsync(("k", written, null));
        written["n"] = 99;
        var read = (await Storage.ReadAsync(["k"], default))["k"].Value;
        read["n"] = 98;

        Assert.Equal(1, (await Storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_keys_and_documents_are_rejected_with_a_clear_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync([""], default));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync([new string('k', 5000)], default));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = null! }, default));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ReadAsync(null!, default));
        Assert.Empty(await Storage.ReadAsync(["k"], default));
    }

    [Fact]
    public async Task A_claim_is_held_by_its_first_caller_until_it_expires_or_is_given_back()
    {
        var claims = Assert.IsAssignableFrom<IClaimStorage>(Storage);
        var now = DateTimeOffset.UtcNow;
        var window = TimeSpan.FromMinutes(10);

        Assert.True(await claims.TryClaimAsync("claim/a", "first", now, window, default));
        Assert.False(await claims.TryClaimAsync("claim/a", "second", now.AddMinutes(1), window, default));
        Assert.False(await claims.TryClaimAsync("claim/a", "third", now.AddMinutes(9), window, default));

        // The holder's own retry (the first attempt may have committed before its connection died) still holds it.
        Assert.True(await claims.TryClaimAsync("claim/a", "first", now, window, default));
        Assert.True(await claims.TryClaimAsync("claim/b", "second", now, window, default));

        // Expired: the next caller takes it over, and holds it from then on.
        Assert.True(await claims.TryClaimAsync("claim/a", "later", now.AddMinutes(10).AddSeconds(1), window, default));
        Assert.False(await claims.TryClaimAsync("claim/a", "first", now.AddMinutes(10).AddSeconds(2), window, default));

        // Given back: claimable at once.
        await Storage.DeleteAsync(["claim/b"], default);
        Assert.True(await claims.TryClaimAsync("claim/b", "again", now, window, default));
    }

    [Fact]
    public async Task Of_many_concurrent_claims_of_one_key_exactly_one_wins()
    {
        var claims = Assert.IsAssignableFrom<IClaimStorage>(Storage);
        var now = DateTimeOffset.UtcNow;

        var won = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => claims.TryClaimAsync("claim/contended", $"caller-{i}", now, TimeSpan.FromMinutes(10), default))));

        Assert.Single(won, w => w);
    }

    [Fact]
    public async Task Expired_claims_are_deleted_by_prefix_and_others_are_kept()
    {
        var claims = Assert.IsAssignableFrom<IClaimStorage>(Storage);
        var expiring = Assert.IsAssignableFrom<IExpiringStorage>(Storage);
        var now = DateTimeOffset.UtcNow;
        await claims.TryClaimAsync("claim/old", "x", now.AddMinutes(-30), TimeSpan.FromMinutes(10), default);
        await claims.TryClaimAsync("claim/new", "y", now.AddMinutes(-5), TimeSpan.FromMinutes(10), default);
        await WriteAsync(("other/doc", Json(1), null));

        Assert.Equal(1, await expiring.DeleteWrittenBeforeAsync("claim/", now.AddMinutes(-10), default));

        Assert.Equal(["claim/new", "other/doc"], (await Storage.ReadAsync(["claim/old", "claim/new", "other/doc"], default)).Keys.Order(StringComparer.Ordinal));
    }

    protected static JsonObject Json(int n) => new() { ["n"] = n };

    protected Task<IReadOnlyDictionary<string, string>> WriteAsync(params (string Key, JsonNode Value, string? ETag)[] changes) =>
        Storage.WriteAsync(changes.ToDictionary(c => c.Key, c => new StoreItem(c.Value, c.ETag)), default);

    /// <summary>The read-modify-write loop every state user runs: on a conflict, read again and retry.</summary>
    protected static async Task IncrementAsync(IStorage storage, string key)
    {
        while (true)
        {
            var item = (await storage.ReadAsync([key], default))[key];
            var next = new StoreItem(Json(item.Value["n"]!.GetValue<int>() + 1), item.ETag);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = next }, default);
                return;
            }
            catch (StorageConcurrencyException)
            {
                // Someone else wrote in between: read again.
            }
        }
    }
}
