using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Brings the configured database to the newest migration at start-up. EF Core holds a migration lock while it
/// migrates, so Host nodes that start together do not apply a migration twice.
/// </summary>
internal sealed partial class DatabaseMigrator(
    LabFlowDatabase database,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates; <c>false</c> (after logging why, naming the setting) when start-up must stop.</summary>
    public async Task<bool> MigrateAsync(CancellationToken cancellationToken)
    {
        DatabaseOptions settings;
        try
        {
            settings = options.Value;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                LogInvalidSetting(failure);
            }

            return false;
        }

        try
        {
            await using var context = database.CreateContext();
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            foreach (var step in await StartupSteps.OneTimeStartupSteps.RunAsync(context, StartupSteps.OneTimeStartupSteps.All, time, cancellationToken))
            {
                LogStartupStepDone(step);
            }

            LogDatabaseReady(settings.Provider, pending.Count);
            return true;
        }
        catch (DbException exception)
        {
            LogDatabaseUnavailable(exception, settings.Provider, exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabFlow did not start: {SettingError}")]
    private partial void LogInvalidSetting(string settingError);

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabFlow did not start: the {Provider} database could not be opened or migrated ({Reason}). Check LabFlow:Database:ConnectionString and that the database server is running.")]
    private partial void LogDatabaseUnavailable(Exception exception, string provider, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "One-time start-up step {StartupStep} done; later starts skip it")]
    private partial void LogStartupStepDone(string startupStep);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider}); {MigrationCount} migration(s) applied")]
    private partial void LogDatabaseReady(string provider, int migrationCount);
}
