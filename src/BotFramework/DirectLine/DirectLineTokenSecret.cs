using System.Text;
using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>Finds the token-signing key: the configured secret, else the one generated once into the data folder.</summary>
internal static class DirectLineTokenSecret
{
    private const int GeneratedKeyBytes = 32;

    public static byte[] Load(DirectLineOptions options, string defaultFile)
    {
        if (!string.IsNullOrEmpty(options.TokenSecret))
        {
            return Encoding.UTF8.GetBytes(options.TokenSecret);
        }

        var path = Path.GetFullPath(options.TokenSecretFile ?? defaultFile);
        return GeneratedSecretFile.LoadOrCreate(path, GeneratedKeyBytes, GeneratedKeyBytes,
            $"The Direct Line token key file {path} is damaged. Delete it to have a new one generated "
            + "(open web chats then start new conversations), or set DirectLine:TokenSecret.");
    }
}
