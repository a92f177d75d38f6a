namespace FibroBot.Hosting;

/// <summary>The response headers every page the bot serves carries, whatever its Content-Security-Policy.</summary>
internal static class PageSecurityHeaders
{
    /// <summary>
    /// The pages use none of the browser's powerful features (Web Chat here has no speech, uploads of camera
    /// images or location), so every one is switched off, for the page and for anything it might frame.
    /// </summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
        + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
        + "screen-wake-lock=(), usb=(), xr-spatial-tracking=()";

    public static void Apply(HttpResponse response, string? contentSecurityPolicy)
    {
        if (contentSecurityPolicy is not null)
        {
            response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
