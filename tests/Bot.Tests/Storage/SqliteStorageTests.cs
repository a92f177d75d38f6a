using FibroBot.BotFramework.Storage;
using FibroBot.Storage;
using FibroBot.Tests.Storage.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace FibroBot.Tests.Storage;

public sealed class SqliteStorageTests : DatabaseStorageContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await SqliteTestBackend.CreateAsync();

    [Fact]
    public async Task The_file_is_in_wal_mode()
    {
        Assert.Equal(0, await Backend.QueryScalarAsync("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode <> 'wal';"));
        Assert.Equal(1, await Backend.QueryScalarAsync("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal';"));
    }

    [Fact]
    public async Task Migrating_creates_the_missing_data_folder()
    {
        var folder = Path.Combine(SqliteTestBackend.NewFolder(), "nested", "data");
        try
        {
            await using var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "bot.db")}", NullLogger<SqliteDatabase>.Instance);
            await database.MigrateAsync(default);
            Assert.True(File.Exists(Path.Combine(folder, "bot.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_cannot_be_opened_makes_storage_unavailable_with_its_path()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"fibrobot-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        try
        {
            await using var database = new SqliteDatabase($"Data Source={Path.Combine(blocker, "bot.db")}", NullLogger<SqliteDatabase>.Instance);

            var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => database.MigrateAsync(default));
            Assert.Contains(blocker, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_makes_storage_unavailable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fibrobot-garbage-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, new string('x', 8192));
        try
        {
            await using var database = new SqliteDatabase($"Data Source={file}", NullLogger<SqliteDatabase>.Instance);
            await Assert.ThrowsAsync<StorageUnavailableException>(() => database.MigrateAsync(default));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x.db;Mode=Memory")]
    [InlineData("Data Source=x.db;NoSuchKeyword=1")]
    [InlineData("")]
    public void A_connection_string_that_names_no_usable_file_is_refused_with_a_reason(string connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SqliteDatabase(connectionString, NullLogger<SqliteDatabase>.Instance));
        Assert.Contains("ConnectionStrings:Storage", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteTurnLogTests : TurnLogContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await SqliteTestBackend.CreateAsync();
}

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}

public sealed class SqliteTranscriptPrivacyTests : TranscriptPrivacyContractTests
{
    protected override async Task<StorageTestBackend> OpenBackendAsync() => await SqliteTestBackend.CreateAsync();
}
