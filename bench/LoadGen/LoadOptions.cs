namespace FibroBot.Bench.LoadGen;

/// <summary>What one <c>run</c> measures: a target, the concurrency levels, and the bounds of each level.</summary>
internal sealed record LoadOptions(
    string Label,
    Uri Url,
    IReadOnlyList<int> Concurrency,
    TimeSpan Duration,
    TimeSpan Warmup,
    long MaxRequestsPerLevel,
    TimeSpan RequestTimeout,
    string QuestionsPath,
    int? TargetPid,
    string? ResultsPath,
    string ChannelId,
    int Users,
    bool ConversationPerRequest)
{
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = ArgumentReader.Read(args);
        var url = new Uri(values.Required("url"), UriKind.Absolute);
        if (!url.IsLoopback)
        {
            // The benchmark only ever loads servers on this machine.
            throw new ArgumentException($"--url must be a loopback address, got {url}");
        }

        return new LoadOptions(
            Label: values.Optional("label") ?? url.Authority,
            Url: url,
            Concurrency: values.IntList("concurrency", [1, 16, 64]),
            Duration: TimeSpan.FromSeconds(values.Double("duration", 10, min: 0.5, max: 600)),
            Warmup: TimeSpan.FromSeconds(values.Double("warmup", 3, min: 0, max: 120)),
            MaxRequestsPerLevel: (long)values.Double("max-requests", 5_000_000, min: 1, max: 50_000_000),
            RequestTimeout: TimeSpan.FromSeconds(values.Double("timeout", 10, min: 0.1, max: 120)),
            QuestionsPath: values.Optional("questions") ?? DefaultQuestionsPath(),
            TargetPid: values.OptionalInt("pid"),
            ResultsPath: values.Optional("results"),
            ChannelId: values.Optional("channel") ?? "emulator",
            Users: (int)values.Double("users", 1000, min: 1, max: 1_000_000),
            ConversationPerRequest: (values.Optional("conversation") ?? "per-user") switch
            {
                "per-user" => false,
                "per-request" => true,
                var other => throw new ArgumentException($"--conversation must be per-user or per-request, not '{other}'"),
            });
    }

    private static string DefaultQuestionsPath()
    {
        // bench/LoadGen/bin/<config>/net10.0/ → bench/questions.txt
        var fromBinary = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "questions.txt"));
        return File.Exists(fromBinary) ? fromBinary : Path.GetFullPath(Path.Combine("bench", "questions.txt"));
    }
}
