using System.Globalization;

namespace FibroBot.Bench.LoadGen;

/// <summary>Resident memory of another process, read from Linux's /proc (kB values, reported in MiB).</summary>
internal static class ProcessMemory
{
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
