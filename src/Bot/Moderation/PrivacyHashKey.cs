using System.Text;
using FibroBot.BotFramework.Configuration;

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

    private static byte[] LoadOrCreateFile(string path) => GeneratedSecretFile.LoadOrCreate(path, GeneratedKeyBytes, PrivacyOptions.MinimumHashKeyLength,
        $"The privacy hash key file {path} is damaged. Restore it from a backup, or delete it to have a new key "
        + "generated (earlier turns' hashes then no longer match new ones).");
}
