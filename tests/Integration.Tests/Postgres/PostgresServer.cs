using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace FibroBot.Integration.Postgres;

/// <summary>
/// A private PostgreSQL cluster for tests: Debian's server binaries, a fresh data folder under the temp folder,
/// listening on a free loopback port only, with a random password. Running as root, the server runs as the
/// <c>postgres</c> user (PostgreSQL refuses root). <see cref="Stop"/> and <see cref="Start"/> restart it on the
/// same port, as an outage would. Dispose removes everything.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string SuperUser = "fibrobot_test";

    private readonly string _binDirectory;
    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly string _logFile;
    private readonly bool _runAsPostgres;

    public PostgresServer()
    {
        _binDirectory = FindBinDirectory();
        _runAsPostgres = Environment.UserName == "root";
        _root = Path.Combine(Path.GetTempPath(), $"fibrobot-pg-{Guid.NewGuid():N}");
        _dataDirectory = Path.Combine(_root, "data");
        _logFile = Path.Combine(_root, "server.log");
        Password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(_root);
        var passwordFile = Path.Combine(_root, "password");
        File.WriteAllText(passwordFile, Password);
        if (_runAsPostgres)
        {
            Run("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        }

        Run(Path.Combine(_binDirectory, "initdb"),
            ["-D", _dataDirectory, "-U", SuperUser, "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"]);
        File.Delete(passwordFile);
        Port = FreeLoopbackPort();
        Start();
    }

    public int Port { get; }

    public string Password { get; }

    public bool IsRunning { get; private set; }

    /// <summary>A connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
        Timeout = 5,
    }.ToString();

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        // Unpooled: a pooled connection would not survive the restarts some tests make.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public void Start()
    {
        // fsync off: tests survive the server process being killed (the OS keeps the data), which is all they simulate.
        var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -k {_root} -c fsync=off -c max_connections=200";
        Run(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-l", _logFile, "-o", settings, "-w", "-t", "60", "start"]);
        IsRunning = true;
    }

    /// <summary>Stops the server: <c>fast</c> ends sessions cleanly, <c>immediate</c> is a crash (recovery on next start).</summary>
    public void Stop(bool immediate = false)
    {
        Run(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop"]);
        IsRunning = false;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (IsRunning)
        {
            try
            {
                Stop(immediate: true);
            }
            catch (InvalidOperationException)
            {
                // Deleting the folder below is what matters now.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder under the temp folder harms nothing.
        }
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(folder => Path.Combine(folder, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run ./test.sh, which installs Debian's "
            + "postgresql package and then runs the tests, or install it with: apt-get install -y postgresql");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, IReadOnlyList<string> arguments) => Run(program, arguments, _runAsPostgres);

    private void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
        };
        if (asPostgres)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");

        // pg_ctl start leaves the server holding inherited pipes; read them without waiting for their end.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within 90 s.");
        }

        if (process.ExitCode != 0)
        {
            var log = File.Exists(_logFile) ? File.ReadAllText(_logFile) : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: "
                + $"{(error.IsCompleted ? error.Result : "")} {(output.IsCompleted ? output.Result : "")} {log}");
        }
    }
}

/// <summary>The one PostgreSQL server the storage tests share; its tests run one after another, so restarts disturb no one.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
