using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FibroBot.TestKit;

/// <summary>
/// The real bot as a separate process (<c>dotnet FibroBot.dll</c> from this test run's build) on a free loopback
/// port, configured through environment variables as an operator would. Tests that must see the process survive,
/// kill it as a crash would, measure its memory, or watch it fail at start-up use this rather than an in-process host.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private const int MaxOutputChars = 200_000;
    // An idle machine starts the bot in under 10 s; a CI machine running other test assemblies beside this one once took
    // over 90 s. The tests check what a started bot does, not how fast it starts (bench/ measures that).
    private static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly bool _ownsDataPath;

    private BotProcess(Process process, Uri baseAddress, string dataPath, bool ownsDataPath)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataPath = dataPath;
        _ownsDataPath = ownsDataPath;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where this test run's build put the bot: src/Bot/bin/{Configuration}/{tfm}/FibroBot.dll.</summary>
    public static string FibroBotDll { get; } = LocateFibroBotDll();

    public Uri BaseAddress { get; }

    /// <summary>The bot's Storage:DataPath: the one the settings gave, or a fresh folder deleted on dispose.</summary>
    public string DataPath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the bot printed so far (the last 200,000 characters at most), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the bot with the given settings (configuration keys with ':' as in appsettings.json) and waits until
    /// <c>/healthz</c> answers.
    /// </summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        var bot = Launch(settings);
        try
        {
            await bot.WaitUntilHealthyAsync(timeout ?? DefaultStartTimeout);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the bot without waiting for it; for start-up failures.</summary>
    public static BotProcess Launch(IReadOnlyDictionary<string, string>? settings = null)
    {
        settings ??= new Dictionary<string, string>();
        var port = FreeLoopbackPort();
        var ownsDataPath = !settings.TryGetValue("Storage:DataPath", out var dataPath);
        dataPath ??= Directory.CreateTempSubdirectory("fibrobot-process-").FullName;
        var start = DotnetFibroBot();
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataPath"] = dataPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        AddSettings(start, settings);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {FibroBotDll}");
        return new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataPath, ownsDataPath);
    }

    /// <summary>A fresh data folder for settings that several processes share (SQLite file, Direct Line secret, hash key).</summary>
    public static string NewDataFolder() => Directory.CreateTempSubdirectory("fibrobot-it-").FullName;

    /// <summary>Runs a command-line verb of the bot (report, export…) with the given settings; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(IReadOnlyDictionary<string, string> settings, params string[] verb)
    {
        var start = DotnetFibroBot();
        foreach (var part in verb)
        {
            start.ArgumentList.Add(part);
        }

        AddSettings(start, settings);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {FibroBotDll}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    public HttpClient CreateClient(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { UseProxy = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = BaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    /// <summary>Resident memory now (VmRSS) and the peak since start (VmHWM), in MiB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        double Field(string[] lines, string name) =>
            double.Parse(lines.Single(line => line.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        var status = File.ReadAllLines($"/proc/{ProcessId}/status");
        return (Field(status, "VmRSS:"), Field(status, "VmHWM:"));
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or an OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (!_ownsDataPath)
        {
            return;
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS later.
        }
    }

    private static ProcessStartInfo DotnetFibroBot()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(FibroBotDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FibroBotDll);
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static void AddSettings(ProcessStartInfo start, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient(TimeSpan.FromSeconds(2));
        var giveUpAt = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < giveUpAt)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }

            // A real process cannot run on fake time: poll its health until it answers or the timeout passes.
            await Task.Delay(200);
        }

        throw new TimeoutException($"the bot was not healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > MaxOutputChars)
            {
                _output.Remove(0, _output.Length - MaxOutputChars);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LocateFibroBotDll()
    {
        // The test binaries live in tests/{Project}/bin/{Configuration}/{tfm}/: the bot is built alongside.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Repository.Combine("src", "Bot", "bin", testOutput.Parent!.Name, testOutput.Name, "FibroBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"the bot is not built: {dll}", dll);
    }
}
