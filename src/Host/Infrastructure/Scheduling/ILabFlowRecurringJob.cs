namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Work that runs on a schedule (a sweep, reminders, escalations, email delivery, digests, retention). Register
/// one with <see cref="SchedulingServiceCollectionExtensions.AddLabFlowRecurringJob{TJob}"/>; every registered job
/// is added to Hangfire at start-up, and each run gets its own DI scope.
/// </summary>
/// <remarks>
/// Hangfire runs a job at least once, and a failed run is not retried (the next occurrence is the retry), so
/// <see cref="RunAsync"/> must be idempotent and read what is due from LabFlow's rows, never from Hangfire.
/// </remarks>
internal interface ILabFlowRecurringJob
{
    /// <summary>Stable id, unique among recurring jobs, such as <c>labflow:timer-sweep</c>. Shown in the dashboard.</summary>
    string Id { get; }

    /// <summary>When it runs: a cron expression in UTC, such as <c>*/5 * * * *</c>.</summary>
    string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
