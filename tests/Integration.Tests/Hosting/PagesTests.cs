using System.Net;
using System.Text.RegularExpressions;
using FibroBot.Integration.Browser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FibroBot.Integration.Hosting;

/// <summary>
/// The pages of the real host (Program, in memory): /privacy states the periods the running configuration enforces,
/// and every page sends the Permissions-Policy header.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class PagesTests
{
    private static async Task<string> GetPrivacyPageAsync(IDictionary<string, string?> settings)
    {
        await using var host = Host(settings);
        using var client = host.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/privacy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("14", "36", null, 14, 36, 10)]
    [InlineData("14", null, "25", 14, 14 * 24, 25)]
    [InlineData("3", "500", null, 3, 3 * 24, 10)]
    [InlineData(null, null, null, 30, 30 * 24, 10)]
    public async Task The_privacy_page_states_the_periods_the_configuration_enforces(
        string? retentionDays, string? transcriptHours, string? deduplicationMinutes, int days, int hours, int minutes)
    {
        var html = await GetPrivacyPageAsync(new Dictionary<string, string?>
        {
            ["Privacy:RetentionDays"] = retentionDays,
            ["DirectLine:TranscriptHours"] = transcriptHours,
            ["Deduplication:WindowMinutes"] = deduplicationMinutes,
        });

        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.Equal([$"{days} days"], Distinct(Bold().Matches(html), "days"));
        Assert.Equal([$"{hours} hours"], Distinct(Bold().Matches(html), "hours"));
        Assert.Equal([$"{minutes} minutes"], Distinct(Bold().Matches(html), "minutes"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Every_page_sends_the_permissions_policy(string path)
    {
        await using var host = Host(new Dictionary<string, string?>());
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(", ", response.Headers.GetValues("Permissions-Policy"));
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()" })
        {
            Assert.Contains(feature, policy, StringComparison.Ordinal);
        }

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
    }

    private static List<string> Distinct(MatchCollection matches, string unit) =>
        [.. matches.Select(m => m.Groups[1].Value).Where(v => v.EndsWith(" " + unit, StringComparison.Ordinal)).Distinct()];

    [GeneratedRegex("<strong>([0-9]+ [a-z]+)</strong>")]
    private static partial Regex Bold();

    private static TestHost Host(IDictionary<string, string?> settings)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FIBROBOT", Repository.Combine("src", "Bot"));
        var dataPath = Directory.CreateTempSubdirectory("fibrobot-pages-").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Corpus:DataPath", dataPath);
            foreach (var (key, value) in settings)
            {
                if (value is not null)
                {
                    builder.UseSetting(key, value);
                }
            }
        });
        return new TestHost(factory, dataPath);
    }

    private sealed class TestHost(WebApplicationFactory<Program> factory, string dataPath) : IAsyncDisposable
    {
        public WebApplicationFactory<Program> Factory { get; } = factory;

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
