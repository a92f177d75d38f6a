using Microsoft.Data.Sqlite;

namespace FibroBot.Tests;

public class SqliteFts5Tests
{
    [Fact]
    public void Bundled_sqlite_has_fts5_with_porter()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61'); INSERT INTO t VALUES ('running trials'); SELECT count(*) FROM t WHERE t MATCH 'run';";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
    }
}
