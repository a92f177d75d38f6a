namespace FibroBot.Hosting;

public static class DefaultUrlExtensions
{
    /// <summary>Bot Framework's customary local address, used when neither ASPNETCORE_URLS, --urls nor Kestrel endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static IWebHostBuilder UseDefaultBotUrl(this ConfigureWebHostBuilder webHost)
    {
        var configured = webHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (string.IsNullOrWhiteSpace(configured))
        {
            webHost.UseSetting(WebHostDefaults.ServerUrlsKey, DefaultUrl);
        }

        return webHost;
    }
}
