using Microsoft.Data.Sqlite;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The plain commands of <see cref="WorkflowConnection"/> on one pooled context's SQLite connection, kept with their
/// prepared statements for every scope that leases the context (the connection stays open, see
/// <see cref="SqliteContextConnection"/>): Microsoft.Data.Sqlite prepares a statement per command object, so a command
/// made per burst was prepared per burst, as the floor's commands are not.
/// </summary>
/// <remarks>
/// A context serves one scope at a time, so no lock; a command still in use (a reader open on it) is not handed out
/// twice: the caller then gets none and makes its own. The SQL texts are the stores' constants and the multi-row
/// inserts' shapes, so the cache stays small; past <see cref="MaxCommands"/> commands are not kept.
/// </remarks>
internal sealed class SqliteCommandCache
{
    private const int MaxCommands = 128;

    private readonly Dictionary<string, Entry> _commands = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    /// <summary>The command for <paramref name="sql"/> on <paramref name="connection"/>, or <c>null</c> when none can be lent now.</summary>
    public SqliteCommand? Rent(SqliteConnection connection, string sql)
    {
        if (!ReferenceEquals(connection, _connection))
        {
            // EF Core made a new connection object (the old one was disposed): its commands went with it.
            Clear();
            if (_connection is not null)
            {
                _connection.StateChange -= OnStateChange;
            }

            _connection = connection;
            connection.StateChange += OnStateChange;
        }

        if (_commands.TryGetValue(sql, out var entry))
        {
            if (entry.InUse)
            {
                return null;
            }

            entry.InUse = true;
            return entry.Command;
        }

        if (_commands.Count >= MaxCommands)
        {
            return null;
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        _commands.Add(sql, new Entry(command) { InUse = true });
        return command;
    }

    /// <summary>Takes back a command from <see cref="Rent"/>; its statements stay prepared, its transaction is let go.</summary>
    public void Return(SqliteCommand command)
    {
        command.Transaction = null;
        if (_commands.TryGetValue(command.CommandText, out var entry) && ReferenceEquals(entry.Command, command))
        {
            entry.InUse = false;
        }
    }

    private void OnStateChange(object? sender, System.Data.StateChangeEventArgs change)
    {
        if (change.CurrentState == System.Data.ConnectionState.Closed)
        {
            // Closing a connection disposes its commands: a reopened connection prepares new ones.
            _commands.Clear();
        }
    }

    private void Clear()
    {
        foreach (var entry in _commands.Values)
        {
            entry.Command.Dispose();
        }

        _commands.Clear();
    }

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }
}
