using Microsoft.Extensions.Logging;
using FibroBot.BotFramework.Storage;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>What a database back end adds to the <see cref="IStorage"/> contract: damage, schema and crash behaviour.</summary>
public abstract class DatabaseStorageContractTests : StorageContractTests
{
    protected StorageTestBackend Backend { get; private set; } = null!;

    /// <summary>A new, empty, migrated database of the back end under test.</summary>
    protected abstract Task<StorageTestBackend> OpenBackendAsync();

    protected sealed override async Task<IStorage> CreateStorageAsync()
    {
        Backend = DisposeLater(await OpenBackendAsync());
        return Backend.Storage;
    }

    [Fact]
    public async Task A_document_with_corrupt_json_is_skipped_and_logged_while_the_others_keep_working()
    {
        await WriteAsync(("damaged", Json(1), null), ("healthy", Json(2), null));
        await Backend.ExecuteSqlAsync("UPDATE documents SET value = '{\"n\": 1, oops' WHERE key = 'damaged';");

        var read = await Storage.ReadAsync(["damaged", "healthy"], default);

        Assert.Equal(["healthy"], read.Keys);
        Assert.Contains(Backend.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("'damaged'", StringComparison.Ordinal));

        // The damaged record can be replaced, and then reads normally again.
        await WriteAsync(("damaged", Json(3), null));
        Assert.Equal(3, (await Storage.ReadAsync(["damaged"], default))["damaged"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Migrating_again_changes_nothing_and_keeps_the_data()
    {
        var eTag = (await WriteAsync(("k", Json(7), null)))["k"];

        await Backend.Database.MigrateAsync(default);
        await Backend.Database.MigrateAsync(default);

        Assert.Equal(1, await Backend.QueryScalarAsync("SELECT COUNT(*) FROM schema_version;"));
        var read = (await Storage.ReadAsync(["k"], default))["k"];
        Assert.Equal(7, read.Value["n"]!.GetValue<int>());
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public async Task Two_instances_claiming_one_key_at_once_give_it_to_exactly_one()
    {
        var second = DisposeLater(await Backend.OpenSecondInstanceAsync());
        var instances = new[] { (IClaimStorage)Storage, (IClaimStorage)second.Storage };
        var now = DateTimeOffset.UtcNow;

        for (var round = 0; round < 5; round++)
        {
            var key = $"claim/shared-{round}";
            var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
                Task.Run(() => instances[i % 2].TryClaimAsync(key, $"caller-{i}", now, TimeSpan.FromMinutes(10), default))));
            Assert.Single(won, w => w);
        }
    }

    [Fact]
    public async Task A_write_that_returned_survives_a_kill()
    {
        await WriteAsync(("before", Json(1), null));
        var eTag = (await WriteAsync(("acknowledged", Json(2), null)))["acknowledged"];

        var reopened = DisposeLater(await Backend.KillAndReopenAsync());

        var read = await reopened.Storage.ReadAsync(["before", "acknowledged"], default);
        Assert.Equal(2, read["acknowledged"].Value["n"]!.GetValue<int>());
        Assert.Equal(eTag, read["acknowledged"].ETag);
        Assert.Equal(1, read["before"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Two_instances_on_one_database_lose_no_increment()
    {
        var other = DisposeLater(await Backend.OpenSecondInstanceAsync());
        await WriteAsync(("shared", Json(0), null));

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 20; i++) { await IncrementAsync(Storage, "shared"); } }),
            Task.Run(async () => { for (var i = 0; i < 20; i++) { await IncrementAsync(other.Storage, "shared"); } }));

        Assert.Equal(40, (await Storage.ReadAsync(["shared"], default))["shared"].Value["n"]!.GetValue<int>());
    }
}
