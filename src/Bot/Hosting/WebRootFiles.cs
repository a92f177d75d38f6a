using System.Text;
using Microsoft.Extensions.FileProviders;

namespace FibroBot.Hosting;

/// <summary>Finds the host's own web files: the content root's wwwroot when run from the project folder, else the copy the build puts next to the bot.</summary>
internal static class WebRootFiles
{
    public static IFileInfo Find(IWebHostEnvironment environment, string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (file.Exists)
        {
            return file;
        }

        using var besideBinary = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return besideBinary.GetFileInfo(path);
    }

    /// <summary>The file's text, or null when the build left it out.</summary>
    public static string? ReadText(IWebHostEnvironment environment, string path)
    {
        var file = Find(environment, path);
        if (!file.Exists)
        {
            return null;
        }

        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
