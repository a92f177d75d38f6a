using System.Net;
using System.Text;
using System.Text.Json;

namespace FibroBot.Integration.Faults;

/// <summary>
/// A corpus file that is corrupt or missing when the bot starts: the error names the file, and a bot that had a
/// good index keeps answering from it; with no good index at all the bot refuses to start rather than half-start.
/// Each test works on its own copy of the bundled corpus.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorpusFaultTests : IDisposable
{
    private const string Question = "What is low dose naltrexone?";
    private readonly string _root = Directory.CreateTempSubdirectory("fibrobot-corpus-fault-").FullName;

    public CorpusFaultTests()
    {
        var bundle = Path.Combine(Path.GetDirectoryName(BotProcess.FibroBotDll)!, "content");
        CopyFolder(Path.Combine(bundle, "corpus"), CorpusPath);
        CopyFolder(Path.Combine(bundle, "seeds"), SeedsPath);
    }

    private string CorpusPath => Path.Combine(_root, "corpus");

    private string SeedsPath => Path.Combine(_root, "seeds");

    private Dictionary<string, string> Settings(string? corpusPath = null) => new()
    {
        ["Corpus:Path"] = corpusPath ?? CorpusPath,
        ["Corpus:SeedsPath"] = SeedsPath,
        ["Corpus:DataPath"] = Path.Combine(_root, "index"),
    };

    [Fact]
    public async Task A_corrupt_vetted_file_is_named_and_the_last_good_index_keeps_answering()
    {
        var before = await AskOnceAsync(Settings());
        var victim = Directory.EnumerateFiles(Path.Combine(CorpusPath, "vetted"), "*.md").Order(StringComparer.Ordinal).First();
        // Front matter cut in half and bytes that are not UTF-8: what a failed copy or a bad editor leaves.
        var text = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, [.. text.AsSpan(0, 40), 0xC3, 0x28, 0xFF, .. "\n: [unclosed\n"u8]);

        await using var bot = await BotProcess.StartAsync(Settings());
        var after = await AskAsync(bot);

        Assert.Contains($"vetted/{Path.GetFileName(victim)}", bot.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_missing_seed_text_is_named_and_the_last_good_index_keeps_answering()
    {
        var before = await AskOnceAsync(Settings());
        var victim = Directory.EnumerateFiles(SeedsPath).Order(StringComparer.Ordinal).First();
        File.Delete(victim);

        await using var bot = await BotProcess.StartAsync(Settings());
        var after = await AskAsync(bot);

        Assert.Contains(Path.GetFileName(victim), bot.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_missing_corpus_with_no_good_index_stops_the_start_with_an_error_naming_it()
    {
        var missing = Path.Combine(_root, "no-such-corpus");
        await using var bot = BotProcess.Launch(Settings(missing));

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(90)), "the bot kept running without a corpus");
        Assert.NotEqual(0, bot.ExitCode);
        Assert.Contains(missing, bot.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; nothing else uses it.
        }
    }

    private static async Task<string> AskOnceAsync(Dictionary<string, string> settings)
    {
        await using var bot = await BotProcess.StartAsync(settings);
        return await AskAsync(bot);
    }

    /// <summary>The answer's cited sources and text: what must not change while the last good index serves.</summary>
    private static async Task<string> AskAsync(BotProcess bot)
    {
        using var client = bot.CreateClient();
        var (status, _, body) = await BotActivities.PostAsync(
            client, BotActivities.Message("corpus-fault", Question, "http://127.0.0.1:9/", expectReplies: true));
        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {body}");

        using var replies = JsonDocument.Parse(body);
        var answer = new StringBuilder();
        foreach (var activity in replies.RootElement.GetProperty("activities").EnumerateArray())
        {
            answer.AppendLine(activity.TryGetProperty("text", out var text) ? text.GetString() : null);
            if (activity.TryGetProperty("entities", out var entities))
            {
                foreach (var entity in entities.EnumerateArray().Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "answerInfo"))
                {
                    answer.AppendLine(entity.GetProperty("sources").GetRawText());
                }
            }
        }

        Assert.Contains("answerInfo", body, StringComparison.Ordinal);
        return answer.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new DirectoryNotFoundException($"the build has no bundled corpus at {from}");
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
