using System.Security.Cryptography;
using System.Text;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>Finds the token-signing key: the configured secret, else the one generated once into the data folder.</summary>
internal static class DirectLineTokenSecret
{
    private const int GeneratedKeyBytes = 32;

    public static byte[] Load(DirectLineOptions options, string defaultFile)
        => string.IsNullOrEmpty(options.TokenSecret)
            ? LoadOrCreateFile(Path.GetFullPath(options.TokenSecretFile ?? defaultFile))
            : Encoding.UTF8.GetBytes(options.TokenSecret);

    private static byte[] LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        try
        {
            var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (key.Length >= GeneratedKeyBytes)
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below with the remedy.
        }

        throw new InvalidOperationException(
            $"The Direct Line token key file {path} is damaged. Delete it to have a new one generated "
            + "(open web chats then start new conversations), or set DirectLine:TokenSecret.");
    }

    // Written aside and moved into place without overwriting, so instances starting together agree on the winner.
    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var privateFile = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            privateFile.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, privateFile))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedKeyBytes)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance won the race; its key is the one everybody uses.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
