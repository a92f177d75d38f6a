using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FibroBot.Integration.Hosting;

/// <summary>
/// The real bot as a separate process on a free loopback port: the built FibroBot.dll started with
/// <c>dotnet</c>, configured through environment variables as an operator would, and killable with SIGKILL.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far, for failure messages.</summary>
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

    /// <summary>Starts the bot with the given settings (configuration keys with ':' as in appsettings.json) and waits until it answers.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FibroBot.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, chosenPort);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>A fresh data folder for one test's SQLite file, Direct Line secret and hash key.</summary>
    public static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fibrobot-it-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Kills the process at once (SIGKILL), as a crash or an OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "healthz"));
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

            await Task.Delay(200);
        }

        await KillAsync();
        throw new TimeoutException($"The bot did not answer /healthz within {StartTimeout.TotalSeconds} s:\n{Output}");
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
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
