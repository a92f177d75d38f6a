using System.Security.Cryptography;
using System.Text;

namespace FibroBot.Moderation;

/// <summary>Finds the id-hashing key: the configured one, else the one generated once into the data folder.</summary>
public static class PrivacyHashKey
{
    private const int GeneratedKeyBytes = 32;

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

        var text = File.ReadAllText(path).Trim();
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

    // Written to a private temporary file and moved into place without overwriting, so two instances starting
    // at once both end up with the one key that won.
    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, options))
        {
            writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedKeyBytes)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
