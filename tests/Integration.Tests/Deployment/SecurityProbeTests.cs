using Microsoft.Data.Sqlite;

namespace FibroBot.Integration.Deployment;

/// <summary>
/// Issue 17's probe replayed against the real bot process on SQLite, over HTTP as the attacker and the channel
/// send it, with the database file read back behind the bot's back.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SecurityProbeTests : IAsyncLifetime
{
    private readonly string _dataFolder = BotProcess.NewDataFolder();
    private BotProcess _bot = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(LiveProbe.WithModerator(DeploymentSettings.Sqlite(_dataFolder)));
        _http = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public Task The_same_activity_sent_three_times_gets_one_reply_and_one_turn_log_row() =>
        LiveProbe.TripleDeliveryAsync([new BotClient(_http)], CountRowsAsync);

    [Fact]
    public Task A_direct_line_token_for_a_moderators_id_gets_moderators_only_for_export_and_report() =>
        LiveProbe.ModeratorImpersonationAsync(new BotClient(_http));

    [Fact]
    public Task A_crisis_turn_and_a_normal_turn_over_direct_line_leave_no_crisis_text_and_no_display_name_in_the_database() =>
        LiveProbe.TranscriptAsync(new BotClient(_http), CountRowsAsync);

    private async Task<long> CountRowsAsync(string sql)
    {
        var file = Path.Combine(_dataFolder, "fibrobot.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
