using System.Security.Cryptography;
using System.Text;

namespace FibroBot.BotFramework.Configuration;

/// <summary>
/// A random key generated once into a file, for when no secret is configured: the first instance to start creates
/// it, every later one (and every instance starting at the same moment) reads that same key.
/// </summary>
/// <remarks>
/// The file is created with O_CREAT|O_EXCL on its final path (<see cref="FileMode.CreateNew"/>), so exactly one of
/// several instances creates it and the others read its key. Moving a temporary file into place is not enough: where
/// the file system cannot make hard links, .NET moves without overwriting by checking first and then renaming, and
/// two instances can both pass the check. The key is written as Base64 and a newline, readable only by its owner.
/// </remarks>
public static class GeneratedSecretFile
{
    private const int CompletionChecks = 50;
    private static readonly TimeSpan CompletionWait = TimeSpan.FromMilliseconds(20);

    /// <param name="path">The key file's full path.</param>
    /// <param name="generatedBytes">The length of a generated key.</param>
    /// <param name="minimumBytes">The shortest key accepted from an existing file.</param>
    /// <param name="damaged">The error, with its remedy, when the file holds no usable key.</param>
    public static byte[] LoadOrCreate(string path, int generatedBytes, int minimumBytes, string damaged)
    {
        if (!File.Exists(path))
        {
            TryCreate(path, generatedBytes);
        }

        return Decode(ReadWhole(path, generatedBytes), minimumBytes) ?? throw new InvalidOperationException(damaged);
    }

    private static void TryCreate(string path, int generatedBytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(generatedBytes)) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first; its key is the one everybody uses.
        }
    }

    /// <summary>
    /// The file's text once it is complete: another instance may have created the file a moment ago and not yet
    /// written its line. A generated file is complete when it ends with its newline (or, written by an older version
    /// without one, when it already decodes to a whole generated key). One that never completes is read as it is, and
    /// then reported as damaged, after about a second.
    /// </summary>
    private static string ReadWhole(string path, int generatedBytes)
    {
        for (var attempt = 1; ; attempt++)
        {
            var text = File.ReadAllText(path);
            if (text.EndsWith('\n') || Decode(text, generatedBytes) is not null || attempt >= CompletionChecks)
            {
                return text.Trim();
            }

            Thread.Sleep(CompletionWait);
        }
    }

    private static byte[]? Decode(string text, int minimumBytes)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length >= minimumBytes ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
