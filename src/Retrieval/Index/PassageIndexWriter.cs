using FibroBot.Retrieval.Embeddings;
using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>Writes the schema, the rows and the metadata of a passage index in one transaction.</summary>
internal static class PassageIndexWriter
{
    public static int Write(SqliteConnection connection, IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> meta, IndexVectors? vectors = null)
    {
        Execute(connection, $"""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE passage_vectors(row INTEGER PRIMARY KEY, key TEXT NOT NULL, vector BLOB NOT NULL);
            CREATE TABLE question_vectors(id INTEGER PRIMARY KEY, row INTEGER NOT NULL, question TEXT NOT NULL, key TEXT NOT NULL, vector BLOB NOT NULL);
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

        if (vectors is not null)
        {
            WriteVectors(connection, transaction, vectors, count);
            key.Value = MetaKeys.VectorModel;
            value.Value = vectors.ModelId;
            metaInsert.ExecuteNonQuery();
        }

        transaction.Commit();
        Execute(connection, "INSERT INTO fts(fts) VALUES ('optimize');");
        return count;
    }

    private static void WriteVectors(SqliteConnection connection, SqliteTransaction transaction, IndexVectors vectors, int rows)
    {
        if (vectors.Passages.Count != rows)
        {
            throw new InvalidOperationException($"{vectors.Passages.Count} passage vectors for {rows} rows");
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO passage_vectors(row, key, vector) VALUES ($row, $key, $vector)";
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
        insert.Prepare();
        for (var r = 0; r < rows; r++)
        {
            row.Value = r + 1;
            key.Value = vectors.PassageKeys[r];
            vector.Value = VectorKey.ToBytes(vectors.Passages.Row(r));
            insert.ExecuteNonQuery();
        }

        using var question = connection.CreateCommand();
        question.Transaction = transaction;
        question.CommandText = "INSERT INTO question_vectors(id, row, question, key, vector) VALUES ($id, $row, $question, $key, $vector)";
        var qid = question.Parameters.Add("$id", SqliteType.Integer);
        var qrow = question.Parameters.Add("$row", SqliteType.Integer);
        var qtext = question.Parameters.Add("$question", SqliteType.Text);
        var qkey = question.Parameters.Add("$key", SqliteType.Text);
        var qvector = question.Parameters.Add("$vector", SqliteType.Blob);
        question.Prepare();
        for (var i = 0; i < vectors.Questions.Count; i++)
        {
            qid.Value = i + 1;
            qrow.Value = vectors.Questions[i].Row + 1;
            qtext.Value = vectors.Questions[i].Text;
            qkey.Value = vectors.QuestionKeys[i];
            qvector.Value = VectorKey.ToBytes(vectors.QuestionVectors.Row(i));
            question.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
