using System.Globalization;

namespace FibroBot.Bench.LoadGen;

/// <summary>Resident memory and CPU time of another process, read from Linux's /proc.</summary>
internal static class ProcessMemory
{
    // /proc/PID/stat counts CPU time in clock ticks, which are 1/100 s on Linux unless the kernel says otherwise.
    private const double TicksPerSecond = 100.0;

    /// <summary>User plus system CPU time of <paramref name="pid"/> so far, or null when unreadable.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Peak resident set size (VmHWM) of <paramref name="pid"/> since it started, or null when unreadable.</summary>
    public static double? PeakRssMiB(int pid) => ReadStatusField(pid, "VmHWM:");

    /// <summary>Current resident set size (VmRSS) of <paramref name="pid"/>, or null when unreadable.</summary>
    public static double? RssMiB(int pid) => ReadStatusField(pid, "VmRSS:");

    private static double? ReadStatusField(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (!line.StartsWith(field, StringComparison.Ordinal))
                {
                    continue;
                }

                var kilobytes = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (IOException)
        {
            // The process has gone away; the caller reports the missing figure.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
