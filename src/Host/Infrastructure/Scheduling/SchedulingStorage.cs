namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>Where Hangfire keeps its jobs.</summary>
public enum SchedulingStorage
{
    /// <summary>A SQLite file <c>hangfire.db</c> in <c>LabFlow:DataPath</c>, apart from LabFlow's own database.</summary>
    Sqlite,

    /// <summary>LabFlow's PostgreSQL database (<c>LabFlow:Database:ConnectionString</c>), so several nodes share the work.</summary>
    PostgreSql,

    /// <summary>In the process only; jobs are lost when it stops. For tests.</summary>
    InMemory,
}
