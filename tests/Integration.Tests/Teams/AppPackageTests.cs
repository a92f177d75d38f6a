using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using FibroBot.Integration.Support;

namespace FibroBot.Integration.Teams;

/// <summary>
/// Builds the Teams app package with its documented command and checks the result: the manifest against the
/// official JSON schema (npm @microsoft/app-manifest, checked with Ajv by clients/validate-manifest.mjs; both installed
/// by test.sh; NJsonSchema's dependencies are not in the NuGet feed here), the icons, commands and scopes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "0f1e2d3c-4b5a-4697-8877-665544332211";
    private readonly string _outDir = Directory.CreateTempSubdirectory("fibro-app-package-").FullName;

    public void Dispose() => Directory.Delete(_outDir, recursive: true);

    private async Task<(int ExitCode, string Output)> BuildAsync(string appId, string domain)
    {
        var start = new ProcessStartInfo("bash", [Repository.Combine("src", "Bot", "appPackage", "build.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["MICROSOFT_APP_ID"] = appId, ["BOT_DOMAIN"] = domain, ["APP_PACKAGE_OUT"] = _outDir },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private async Task<ZipArchive> BuildPackageAsync()
    {
        var (exitCode, output) = await BuildAsync(AppId, "bot.contoso.example");
        Assert.True(exitCode == 0, output);
        return ZipFile.OpenRead(Path.Combine(_outDir, "fibro-evidence-bot.zip"));
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }

    private async Task<JsonNode> ValidateAsync(string manifestJson)
    {
        var file = Path.Combine(_outDir, $"manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, manifestJson);
        NpmClients.RequireClientFile("@microsoft", "app-manifest", "package.json");
        var start = new ProcessStartInfo("node", [Path.Combine(NpmClients.ClientModules, "..", "validate-manifest.mjs"), file]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return JsonNode.Parse(output)!;
    }

    [Fact]
    public async Task The_manifest_validates_against_the_official_schema_of_its_version()
    {
        using var zip = await BuildPackageAsync();
        var manifest = await ReadAsync(zip, "manifest.json");
        var version = JsonNode.Parse(manifest)!["manifestVersion"]!.GetValue<string>();

        var result = await ValidateAsync(manifest);

        Assert.True(result["valid"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(new Version(version) >= new Version(1, 19), $"manifest version {version} is not current");
    }

    [Fact]
    public async Task The_schema_check_catches_a_broken_manifest()
    {
        using var zip = await BuildPackageAsync();
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everyone");
        manifest["name"]!["short"] = new string('x', 31);

        var result = await ValidateAsync(manifest.ToJsonString());

        Assert.False(result["valid"]!.GetValue<bool>());
        var paths = result["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("/bots/0/scopes/1", paths);
        Assert.Contains("/name/short", paths);
    }

    [Fact]
    public async Task The_package_is_flat_with_the_ids_filled_in_and_the_commands_in_every_scope()
    {
        using var zip = await BuildPackageAsync();
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Equal(["bot.contoso.example"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        // The pages the bot itself serves (DocumentPagesExtensions), not the chat page.
        Assert.Equal("https://bot.contoso.example/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://bot.contoso.example/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["personal", "team", "groupChat"], lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.All(lists, l => Assert.Equal(["help", "sources", "about"], l!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task Icons_have_the_sizes_Teams_requires(string name, int size)
    {
        using var zip = await BuildPackageAsync();
        using var stream = new MemoryStream();
        await zip.GetEntry(name)!.Open().CopyToAsync(stream);
        var png = stream.ToArray();

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task The_outline_icon_is_white_on_transparent()
    {
        using var zip = await BuildPackageAsync();
        using var stream = new MemoryStream();
        await zip.GetEntry("outline.png")!.Open().CopyToAsync(stream);
        var png = stream.ToArray();

        // Colour type 6 (RGBA) at byte 25 of the IHDR chunk: the icon has an alpha channel.
        Assert.Equal(6, png[25]);
    }

    [Theory]
    [InlineData("not-a-guid", "bot.contoso.example")]
    [InlineData(AppId, "https://bot.contoso.example/")]
    [InlineData(AppId, "")]
    public async Task The_build_refuses_bad_settings_with_a_reason(string appId, string domain)
    {
        var (exitCode, output) = await BuildAsync(appId, domain);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("build.sh: set", output, StringComparison.Ordinal);
    }
}
