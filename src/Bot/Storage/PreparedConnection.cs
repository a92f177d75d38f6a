using Microsoft.Data.Sqlite;

namespace FibroBot.Storage;

/// <summary>
/// A long-lived SQLite connection that prepares each SQL text the first time it runs and reuses that statement
/// from then on: for the small statements of a turn, preparing costs more than running, and every command and
/// statement handle thrown away is more work for the finalizer. One user at a time.
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    /// <summary>The prepared command for this SQL text; the caller sets every parameter before each run.</summary>
    public SqliteCommand Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            command.Prepare();
        }
        catch
        {
            command.Dispose();
            throw;
        }

        _statements.Add(sql, command);
        return command;
    }

    public void Execute(string sql) => Statement(sql).ExecuteNonQuery();

    /// <summary>Closing also rolls back whatever transaction a failure left open.</summary>
    public void Dispose()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        connection.Dispose();
    }
}

internal static class SqliteCommandParameters
{
    /// <summary>
    /// Sets a parameter of a reused command, adding it on first use; null is stored as SQL NULL.
    /// </summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index < 0)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            command.Parameters[index].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
