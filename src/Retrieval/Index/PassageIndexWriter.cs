using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>Writes the schema, the rows and the metadata of a passage index in one transaction.</summary>
internal static class PassageIndexWriter
{
    public static int Write(SqliteConnection connection, IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> meta)
    {
        Execute(connection, $"""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE VIRTUAL TABLE fts USING fts5(passage_id UNINDEXED, title, heading, body, tokenize = '{PassageIndex.Tokenizer}');
            """);

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO fts(rowid, passage_id, title, heading, body) VALUES ($row, $id, $title, $heading, $body)";
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var heading = insert.Parameters.Add("$heading", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();

        var count = 0;
        foreach (var document in documents)
        {
            row.Value = ++count;
            id.Value = document.Id;
            title.Value = document.Title;
            heading.Value = document.Heading;
            body.Value = document.Body;
            insert.ExecuteNonQuery();
        }

        using var metaInsert = connection.CreateCommand();
        metaInsert.Transaction = transaction;
        metaInsert.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value)";
        var key = metaInsert.Parameters.Add("$key", SqliteType.Text);
        var value = metaInsert.Parameters.Add("$value", SqliteType.Text);
        foreach (var (k, v) in meta)
        {
            key.Value = k;
            value.Value = v;
            metaInsert.ExecuteNonQuery();
        }

        transaction.Commit();
        Execute(connection, "INSERT INTO fts(fts) VALUES ('optimize');");
        return count;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
