using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>Settings of scheduled work (section <c>LabFlow:Scheduling</c>), validated at start-up.</summary>
public sealed class SchedulingOptions : IValidatableObject
{
    public const string SectionName = "LabFlow:Scheduling";

    /// <summary>The value of <c>LabFlow:Database:Provider</c> that puts the database, and Hangfire, on PostgreSQL.</summary>
    public const string PostgreSqlDatabaseProvider = "PostgreSql";

    /// <summary>
    /// Where Hangfire keeps its jobs. Default (not set): PostgreSQL when <c>LabFlow:Database:Provider</c> is
    /// <c>PostgreSql</c>, otherwise a SQLite file <c>hangfire.db</c> in <c>LabFlow:DataPath</c>.
    /// </summary>
    public SchedulingStorage? Storage { get; set; }

    /// <summary>
    /// How often Hangfire polls its job queue and scheduled jobs, so a recurring job (reminders, escalations) starts
    /// within about twice this long after its minute. Timers due within a day do not wait for it: the node that
    /// schedules one also fires it in process when due. Polling every second was about 30 % of the server's time
    /// (issue 17), so the default is Hangfire's own, 15 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Scheduling:PollInterval must be between 00:00:00.1 and 00:01:00 (default 00:00:15).")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often the sweep resumes due timers whose job was lost (a crash, a restore, a storage fault).
    /// A whole number of minutes that divides an hour. Default: 1 minute.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many jobs one node runs at the same time. Default: 5.</summary>
    [Range(1, 50, ErrorMessage = "LabFlow:Scheduling:WorkerCount must be between 1 and 50 (default 5).")]
    public int WorkerCount { get; set; } = 5;

    /// <summary><c>LabFlow:Database:Provider</c>, copied in at registration (Hangfire follows the database).</summary>
    internal string? DatabaseProvider { get; set; }

    /// <summary><c>LabFlow:Database:ConnectionString</c>, copied in at registration; never logged.</summary>
    internal string? DatabaseConnectionString { get; set; }

    /// <summary>The storage in effect: <see cref="Storage"/>, or the one that follows the database.</summary>
    public SchedulingStorage EffectiveStorage => Storage ?? (IsPostgreSqlDatabase ? SchedulingStorage.PostgreSql : SchedulingStorage.Sqlite);

    /// <summary>The recurring sweep's cron expression for <see cref="SweepInterval"/>.</summary>
    public string SweepCron => SweepInterval.TotalMinutes switch
    {
        1 => "* * * * *",
        60 => "0 * * * *",
        var minutes => $"*/{(int)minutes} * * * *",
    };

    private bool IsPostgreSqlDatabase => string.Equals(DatabaseProvider, PostgreSqlDatabaseProvider, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var minutes = SweepInterval.TotalMinutes;
        if (minutes < 1 || minutes > 60 || minutes != Math.Floor(minutes) || 60 % (int)minutes != 0)
        {
            yield return new ValidationResult(
                $"LabFlow:Scheduling:SweepInterval must be a whole number of minutes that divides an hour (00:01:00, 00:02:00, 00:05:00, 00:10:00, 00:15:00, 00:30:00, 01:00:00 …); it is {SweepInterval}.",
                [nameof(SweepInterval)]);
        }

        if (EffectiveStorage == SchedulingStorage.PostgreSql && string.IsNullOrWhiteSpace(DatabaseConnectionString))
        {
            yield return new ValidationResult(
                "LabFlow:Database:ConnectionString is required when Hangfire keeps its jobs in PostgreSQL (LabFlow:Database:Provider or LabFlow:Scheduling:Storage is PostgreSql).",
                [nameof(Storage)]);
        }
    }
}
