using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Host.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Backup;

/// <summary>
/// <c>backup --to FOLDER</c> and <c>restore --from FOLDER</c> for the SQLite default. A backup is taken with
/// <c>VACUUM INTO</c>, which reads one consistent snapshot through SQLite itself (WAL included), so it is safe while
/// LabFlow runs; copying <c>labflow.db</c> with a file tool is not, because committed pages may still sit in the
/// <c>-wal</c> file. Both databases are copied: LabFlow's (labs, tasks, journal, people, sign-ins and the
/// data-protection keys that protect cookies and emailed links) and Hangfire's.
/// </summary>
internal static class SqliteBackupCommands
{
    public static async Task<int> RunBackupCommandAsync(this WebApplication app, LabFlowCommand command, CancellationToken cancellationToken)
    {
        if (!ActivatorUtilities.CreateInstance<StartupSettingsCheck>(app.Services).Passes())
        {
            return 1;
        }

        if (ResolveFiles(app) is not { } files)
        {
            await Console.Error.WriteLineAsync(
                "backup and restore work on the SQLite default. For PostgreSQL (LabFlow:Database:Provider=PostgreSql) use pg_dump and pg_restore; see README.md, \"Backup and restore\".");
            return 2;
        }

        var folder = Path.GetFullPath(command.Folder!);
        try
        {
            return command.Name == LabFlowCommand.Backup
                ? await BackupAsync(files, folder, cancellationToken)
                : await RestoreAsync(files, folder, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            await Console.Error.WriteLineAsync($"{command.Name} did not finish: {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> BackupAsync(IReadOnlyList<DatabaseFile> files, string folder, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await Console.Error.WriteLineAsync($"The backup folder {folder} is not empty. Name a new folder, so no earlier backup is overwritten.");
            return 1;
        }

        var main = files[0];
        if (!File.Exists(main.Path))
        {
            await Console.Error.WriteLineAsync($"There is no LabFlow database at {main.Path} to back up. Check LabFlow:DataPath (or LabFlow:Database:ConnectionString).");
            return 1;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in files.Where(f => File.Exists(f.Path)))
        {
            var target = Path.Combine(folder, file.BackupName);
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file.Path, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target";
                vacuum.Parameters.AddWithValue("$target", target);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            if (await CheckAsync(target, cancellationToken) is { } problem)
            {
                await Console.Error.WriteLineAsync($"The copy of {file.Path} failed SQLite's integrity check ({problem}); the backup in {folder} is not usable.");
                return 1;
            }

            Console.WriteLine($"Backed up {file.Path} to {target}.");
        }

        Console.WriteLine($"Backup complete in {folder}. Restore it into an empty data folder with: dotnet run --project src/Host -- restore --from {folder}");
        return 0;
    }

    private static async Task<int> RestoreAsync(IReadOnlyList<DatabaseFile> files, string folder, CancellationToken cancellationToken)
    {
        var main = files[0];
        var source = Path.Combine(folder, main.BackupName);
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"{folder} has no {main.BackupName}; name the folder that backup wrote.");
            return 1;
        }

        var occupied = files.Where(f => File.Exists(f.Path)).Select(f => f.Path).ToList();
        if (occupied.Count > 0)
        {
            await Console.Error.WriteLineAsync(
                $"{string.Join(" and ", occupied)} already exist. Stop LabFlow and move the data folder's databases aside (with their -wal and -shm files) before restoring, so nothing is overwritten.");
            return 1;
        }

        foreach (var file in files)
        {
            var from = Path.Combine(folder, file.BackupName);
            if (!File.Exists(from))
            {
                // A backup of an installation whose scheduler had not made its file yet: Hangfire starts empty and the
                // sweep puts back every timer and email that LabFlow's own rows say is due.
                continue;
            }

            if (await CheckAsync(from, cancellationToken) is { } problem)
            {
                await Console.Error.WriteLineAsync($"{from} failed SQLite's integrity check ({problem}); nothing was restored.");
                return 1;
            }
        }

        foreach (var file in files)
        {
            var from = Path.Combine(folder, file.BackupName);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
                File.Copy(from, file.Path);
                Console.WriteLine($"Restored {file.Path} from {from}.");
            }
        }

        Console.WriteLine("Restore complete. Start LabFlow as usual.");
        return 0;
    }

    /// <summary><c>null</c> when SQLite's quick check finds the file sound, else what it reported.</summary>
    private static async Task<string?> CheckAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
        return string.Equals(result, "ok", StringComparison.Ordinal) ? null : result;
    }

    /// <summary>The SQLite files of this installation, LabFlow's own first; <c>null</c> when LabFlow runs on PostgreSQL.</summary>
    private static List<DatabaseFile>? ResolveFiles(WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (DatabaseProviders.IsPostgreSql(database.Provider))
        {
            return null;
        }

        var labFlow = app.Services.GetRequiredService<IOptions<LabFlowOptions>>().Value;
        var connectionString = LabFlowDatabase.SqliteConnectionString(database, labFlow, app.Environment);
        var files = new List<DatabaseFile>
        {
            new(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), LabFlowDatabase.DefaultSqliteFileName),
        };
        if (app.Services.GetRequiredService<IOptions<SchedulingOptions>>().Value.EffectiveStorage == SchedulingStorage.Sqlite)
        {
            var dataPath = Path.GetFullPath(labFlow.DataPath, app.Environment.ContentRootPath);
            files.Add(new DatabaseFile(Path.Combine(dataPath, SchedulingServiceCollectionExtensions.SqliteFileName), SchedulingServiceCollectionExtensions.SqliteFileName));
        }

        return files;
    }

    /// <param name="Path">Where the installation keeps the file.</param>
    /// <param name="BackupName">Its name inside a backup folder.</param>
    private sealed record DatabaseFile(string Path, string BackupName);
}
