using FibroBot.Moderation;

namespace FibroBot.Tests.Storage;

public sealed class PrivacyHasherTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"fibrobot-key-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_id_gives_the_same_hash_and_the_hash_reveals_nothing_of_the_id()
    {
        var hasher = new PrivacyHasher("first key, long enough"u8.ToArray());

        var hash = hasher.HashUser("msteams", "29:user-42");

        Assert.Equal(hash, hasher.HashUser("msteams", "29:user-42"));
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(hash, hasher.HashUser("msteams", "29:user-43"));
    }

    [Fact]
    public void Hashes_depend_on_the_key_the_channel_and_the_kind_of_id()
    {
        var hasher = new PrivacyHasher("first key, long enough"u8.ToArray());
        var other = new PrivacyHasher("second key, long enough"u8.ToArray());

        var hashes = new[]
        {
            hasher.HashUser("msteams", "id"),
            other.HashUser("msteams", "id"),
            hasher.HashUser("webchat", "id"),
            hasher.HashConversation("msteams", "id"),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PrivacyHasher([1, 2, 3]));
    }

    [Fact]
    public void Without_a_configured_key_one_is_generated_once_into_the_data_folder_readable_only_by_its_owner()
    {
        var first = PrivacyHashKey.Load(new PrivacyOptions(), _folder);
        var second = PrivacyHashKey.Load(new PrivacyOptions(), _folder);

        Assert.Equal(first, second);
        Assert.True(first.Length >= 32);
        var file = Path.Combine(_folder, PrivacyOptions.HashKeyFileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Instances_starting_together_agree_on_one_generated_key()
    {
        // Many rounds, each in a fresh folder: the race this guards against showed up about once in a few runs.
        for (var round = 0; round < 25; round++)
        {
            var folder = Path.Combine(_folder, $"round-{round}");
            var keys = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
                .Select(_ => PrivacyHashKey.Load(new PrivacyOptions(), folder)).ToList();

            Assert.All(keys, key => Assert.Equal(keys[0], key));
            Assert.Single(Directory.GetFiles(folder));
        }
    }

    [Fact]
    public void A_configured_key_is_used_and_nothing_is_written()
    {
        var key = PrivacyHashKey.Load(new PrivacyOptions { HashKey = "configured key of enough length" }, _folder);

        Assert.Equal("configured key of enough length"u8.ToArray(), key);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void A_damaged_key_file_stops_with_a_clear_remedy()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, PrivacyOptions.HashKeyFileName), "not base64 !!");

        var error = Assert.Throws<InvalidOperationException>(() => PrivacyHashKey.Load(new PrivacyOptions(), _folder));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains(PrivacyOptions.HashKeyFileName, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, "Privacy:RetentionDays")]
    [InlineData(5000, null, "Privacy:RetentionDays")]
    [InlineData(30, "short", "Privacy:HashKey")]
    public void Bad_privacy_settings_are_named_in_the_error(int retentionDays, string? hashKey, string setting)
    {
        var options = new PrivacyOptions { RetentionDays = retentionDays, HashKey = hashKey };

        Assert.Contains(setting, options.FindError(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => PrivacyHashKey.Load(options, _folder));
    }
}
