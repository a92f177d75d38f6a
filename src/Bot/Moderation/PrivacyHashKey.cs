using System.Security.Cryptography;
using System.Text;

namespace FibroBot.Moderation;

/// <summary>Finds the id-hashing key: the configured one, else the one generated once into the data folder.</summary>
public static class PrivacyHashKey
{
    private const int GeneratedKeyBytes = 32;
    private const int CompletionChecks = 50;
    private static readonly TimeSpan CompletionWait = TimeSpan.FromMilliseconds(20);

    public static byte[] Load(PrivacyOptions options, string dataPath)
    {
        if (options.FindError() is { } error)
        {
            throw new InvalidOperationException(error);
        }

        return string.IsNullOrEmpty(options.HashKey)
            ? LoadOrCreateFile(Path.Combine(Path.GetFullPath(dataPath), PrivacyOptions.HashKeyFileName))
            : Encoding.UTF8.GetBytes(options.HashKey);
    }

    public static byte[] LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var text = ReadWhole(path);
        try
        {
            var key = Convert.FromBase64String(text);
            if (key.Length >= PrivacyOptions.MinimumHashKeyLength)
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below with the remedy.
        }

        throw new InvalidOperationException(
            $"The privacy hash key file {path} is damaged. Restore it from a backup, or delete it to have a new key "
            + "generated (earlier turns' hashes then no longer match new ones).");
    }

    /// <summary>
    /// The file's text once its line is complete: another instance may have created the file a moment ago and not yet
    /// written the line, which always ends with a newline. A file that never completes is read as it is (and then
    /// reported as damaged) after about a second.
    /// </summary>
    private static string ReadWhole(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            var text = File.ReadAllText(path);
            if (text.EndsWith('\n') || attempt >= CompletionChecks)
            {
                return text.Trim();
            }

            Thread.Sleep(CompletionWait);
        }
    }

    // Created with O_CREAT|O_EXCL on the final path, so exactly one of several instances starting at once creates it
    // and the others read its key. (Moving a temporary file into place is not enough: where the file system cannot
    // make hard links, .NET moves without overwriting by checking first and then renaming, and two instances can
    // both pass the check.)
    private static void TryCreate(string path)
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
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedKeyBytes)) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first; its key is the one everybody uses.
        }
    }
}
