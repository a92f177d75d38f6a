using Microsoft.Data.Sqlite;

namespace FibroBot.Retrieval.Index;

/// <summary>
/// The index's own tokenizer (Porter stems), asked once at start-up through a scratch in-memory FTS5 table, so
/// search can tell which query terms FTS5 would treat as the same term without a second stemmer of our own.
/// </summary>
public static class IndexTokenizer
{
    /// <summary>The stems of each of <paramref name="terms"/> (a term may be a phrase), as FTS5 would index them.</summary>
    public static IReadOnlyDictionary<string, string[]> Stems(IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"""
                CREATE VIRTUAL TABLE scratch USING fts5(term, tokenize = '{PassageIndex.Tokenizer}');
                CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, instance);
                """;
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO scratch(rowid, term) VALUES ($row, $term)";
            var row = insert.Parameters.Add("$row", SqliteType.Integer);
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            for (var i = 0; i < distinct.Count; i++)
            {
                row.Value = i + 1;
                term.Value = distinct[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var stems = new List<(long Offset, string Stem)>[distinct.Count];
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT doc, offset, term FROM scratch_terms";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                (stems[reader.GetInt64(0) - 1] ??= []).Add((reader.GetInt64(1), reader.GetString(2)));
            }
        }

        return Enumerable.Range(0, distinct.Count).ToDictionary(
            i => distinct[i],
            i => stems[i] is { } found ? found.OrderBy(s => s.Offset).Select(s => s.Stem).ToArray() : [],
            StringComparer.Ordinal);
    }
}
