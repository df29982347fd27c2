using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The plain commands of <see cref="WorkflowConnection"/> on one pooled context's SQLite connection, kept with their
/// prepared statements for every scope that leases the context (the connection stays open, see
/// <see cref="SqliteContextConnection"/>): Microsoft.Data.Sqlite prepares a statement per command object, so a command
/// made per burst was prepared per burst, as the floor's commands are not. A burst's multi-row INSERTs are kept here as
/// native statements bound by index (<see cref="NativeStatement"/>), finalised when the connection closes.
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
    private readonly Dictionary<string, NativeStatement> _statements = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    /// <summary>The command for <paramref name="sql"/> on <paramref name="connection"/>, or <c>null</c> when none can be lent now.</summary>
    public SqliteCommand? Rent(SqliteConnection connection, string sql)
    {
        Use(connection);
        if (_commands.TryGetValue(sql, out var entry))
        {
            if (entry.InUse)
            {
                return null;
            }

            entry.InUse = true;
            return entry.Command;
        }

        if (_commands.Count + _statements.Count >= MaxCommands)
        {
            return null;
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        _commands.Add(sql, new Entry(command) { InUse = true });
        return command;
    }

    /// <summary>
    /// The native statement for <paramref name="sql"/> on the open <paramref name="connection"/>, prepared once, with the
    /// index of each of <paramref name="parameterNames"/> (in the order they are bound); <c>null</c> when none can be lent
    /// now. Hand it back with <see cref="NativeStatement.Return"/>.
    /// </summary>
    public NativeStatement? RentNative(SqliteConnection connection, string sql, IReadOnlyList<string> parameterNames)
    {
        Use(connection);
        if (_statements.TryGetValue(sql, out var cached))
        {
            return cached.TryRent() ? cached : null;
        }

        if (_commands.Count + _statements.Count >= MaxCommands || connection.Handle is not { } handle)
        {
            return null;
        }

        var rc = raw.sqlite3_prepare_v2(handle, sql, out sqlite3_stmt statement);
        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, handle);
        }

        var indexes = new int[parameterNames.Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, parameterNames[i]);
            if (indexes[i] == 0)
            {
                // Not a statement these names fit: the caller binds it through Microsoft.Data.Sqlite, which says why.
                statement.Dispose();
                return null;
            }
        }

        if (raw.sqlite3_bind_parameter_count(statement) != indexes.Length)
        {
            // A parameter the names leave out would keep the value of the statement's previous execution (a reset keeps
            // bindings): Microsoft.Data.Sqlite refuses a missing parameter, so let it.
            statement.Dispose();
            return null;
        }

        var prepared = new NativeStatement(handle, statement, indexes);
        _statements.Add(sql, prepared);
        prepared.TryRent();
        return prepared;
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

    private void Use(SqliteConnection connection)
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
    }

    private void OnStateChange(object? sender, System.Data.StateChangeEventArgs change)
    {
        if (change.CurrentState == System.Data.ConnectionState.Closed)
        {
            // Closing a connection disposes its commands: a reopened connection prepares new ones. The native statements
            // were finalised before the close by SqliteContextConnection; this only catches a close that went around it.
            _commands.Clear();
            FinalizeStatements();
        }
    }

    private void Clear()
    {
        foreach (var entry in _commands.Values)
        {
            entry.Command.Dispose();
        }

        _commands.Clear();
        FinalizeStatements();
    }

    /// <summary>
    /// Finalises the native statements before the connection closes (<see cref="SqliteContextConnection"/>): closing hands
    /// the native connection back to Microsoft.Data.Sqlite's pool first and raises its state change after.
    /// </summary>
    public void ReleaseNativeStatements() => FinalizeStatements();

    private void FinalizeStatements()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Close();
        }

        _statements.Clear();
    }

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }

    /// <summary>
    /// A statement prepared on the native connection and bound by parameter index, as the floor's commands are bound by
    /// the database: Microsoft.Data.Sqlite looks every parameter up by name on every execution (an encoded copy of the
    /// name and SQLite's linear search of the statement's names), which made a burst's multi-row INSERTs cost the square
    /// of their width (issue 17).
    /// </summary>
    internal sealed class NativeStatement(sqlite3 connection, sqlite3_stmt statement, int[] indexes)
    {
        private bool _inUse;
        private bool _closed;

        /// <summary>
        /// Binds <paramref name="values"/> (provider values, see <see cref="CanBind"/>) in order and runs the statement once
        /// (a write: no rows are read); returns the rows it changed, as <c>ExecuteNonQuery</c> does.
        /// </summary>
        /// <exception cref="SqliteException">SQLite refused it (a unique key, a constraint); the statement is reset.</exception>
        public int Execute(IReadOnlyList<object?> values)
        {
            try
            {
                for (var i = 0; i < indexes.Length; i++)
                {
                    var rc = Bind(indexes[i], values[i]);
                    if (rc != raw.SQLITE_OK)
                    {
                        SqliteException.ThrowExceptionForRC(rc, connection);
                    }
                }

                var stepped = raw.sqlite3_step(statement);
                if (stepped != raw.SQLITE_DONE)
                {
                    // The reset hands the statement's error (with its extended code) to the connection, which the exception
                    // reads; the reset below then finds nothing more to do.
                    raw.sqlite3_reset(statement);
                    SqliteException.ThrowExceptionForRC(stepped, connection);
                }

                // As Microsoft.Data.Sqlite counts them: sqlite3_changes is set by every INSERT, UPDATE or DELETE that
                // completes, also to 0 (a refused version check), and is read before anything else runs on the connection.
                return raw.sqlite3_stmt_readonly(statement) != 0 ? 0 : raw.sqlite3_changes(connection);
            }
            finally
            {
                // Never left stepped: a statement that is not reset keeps SQLite's transaction (or snapshot) open.
                raw.sqlite3_reset(statement);
            }
        }

        /// <summary>Whether <see cref="Execute"/> binds <paramref name="value"/> as Microsoft.Data.Sqlite would.</summary>
        public static bool CanBind(object? value) => value is null or DBNull or string or long or int or bool;

        public void Return() => _inUse = false;

        internal bool TryRent()
        {
            if (_inUse || _closed)
            {
                return false;
            }

            _inUse = true;
            return true;
        }

        internal void Close()
        {
            _closed = true;
            statement.Dispose();
        }

        // Microsoft.Data.Sqlite binds these the same way: text as UTF-8, integers and booleans as 64-bit integers.
        private int Bind(int index, object? value) => value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            _ => throw new ArgumentException($"A value of type {value.GetType().Name} is bound through Microsoft.Data.Sqlite.", nameof(value)),
        };
    }
}
