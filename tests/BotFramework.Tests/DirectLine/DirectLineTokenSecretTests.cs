using FibroBot.BotFramework.DirectLine;

namespace FibroBot.Tests.DirectLine;

/// <summary>The generated Direct Line token key: one per data folder, however many instances start at once.</summary>
public sealed class DirectLineTokenSecretTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"fibrobot-dl-secret-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Instances_starting_at_once_all_read_the_one_generated_secret()
    {
        // Many rounds, each on a fresh path, all callers released together: a race shows up only now and then.
        const int Instances = 12;
        for (var round = 0; round < 30; round++)
        {
            var file = Path.Combine(_folder, $"round-{round}", DirectLineOptions.TokenSecretFileName);
            using var start = new Barrier(Instances);
            var keys = await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return DirectLineTokenSecret.Load(new DirectLineOptions(), file);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

            Assert.All(keys, key => Assert.Equal(keys[0], key));
            Assert.Equal(32, keys[0].Length);
            Assert.Equal([file], Directory.GetFiles(Path.GetDirectoryName(file)!));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public void A_key_file_written_by_an_earlier_version_without_a_newline_is_read_as_it_is()
    {
        var file = Path.Combine(_folder, DirectLineOptions.TokenSecretFileName);
        Directory.CreateDirectory(_folder);
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        File.WriteAllText(file, Convert.ToBase64String(key));

        Assert.Equal(key, DirectLineTokenSecret.Load(new DirectLineOptions(), file));
    }

    [Fact]
    public void A_damaged_key_file_stops_with_its_path_and_the_remedy()
    {
        var file = Path.Combine(_folder, DirectLineOptions.TokenSecretFileName);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(file, "not base64 !!\n");

        var error = Assert.Throws<InvalidOperationException>(() => DirectLineTokenSecret.Load(new DirectLineOptions(), file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("DirectLine:TokenSecret", error.Message, StringComparison.Ordinal);
    }
}
