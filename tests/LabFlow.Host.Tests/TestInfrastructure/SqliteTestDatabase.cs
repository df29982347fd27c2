using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>A real SQLite file in its own temporary folder; the migrations run when a node first prepares it.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string folder)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, LabFlowDatabase.DefaultSqliteFileName);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public override string Provider => DatabaseProviders.Sqlite;

    public override string ConnectionString => $"Data Source={FilePath}";

    public static SqliteTestDatabase Create() => new(Directory.CreateTempSubdirectory("labflow-db-").FullName);

    /// <summary>The Host's pooled contexts on this file, as <see cref="LabFlowDatabase"/> hands them out; dispose it first.</summary>
    internal LabFlowDatabase OpenLabFlowDatabase() =>
        new(Options.Create(new DatabaseOptions { Provider = DatabaseProviders.Sqlite, ConnectionString = ConnectionString }), Options.Create(new LabFlowOptions()));

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; close them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
