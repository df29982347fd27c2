using System.Data.Common;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Workflows.Execution;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>Between <see cref="LabTask"/> and its rows, and the conditional update every task change goes through.</summary>
internal static class TaskRows
{
    // Only the columns a change can alter (those CopyTo copies): a task's lab, step, kind, bookmark, step run and
    // creation time are set when it is inserted and no change moves them, as the lab's columns (issue 17: six
    // parameters fewer per task change, and the lab and bookmark indexes are not rewritten by an UPDATE that leaves
    // their columns out).
    private const string UpdateColumns = """
        UPDATE "Tasks" SET "AssigneeId" = @assigneeId, "Status" = @status, "IsOpen" = @isOpen, "Due" = @due,
        "NextReminderAt" = @nextReminderAt, "ClosedAt" = @closedAt, "Version" = @version, "FollowUp" = @followUp, "Data" =
        """;

    private const string WhereVersion = """ WHERE "Id" = @id AND "Version" = @expected""";

    // On SQLite the JSON is bound as its UTF-8 bytes and stored as TEXT by the CAST (SQLite reads a BLOB cast to TEXT as
    // text in the database's encoding, UTF-8): a string parameter is encoded to a new UTF-8 array on every bind, after
    // the serializer turned its UTF-8 into that string (issue 17: a task change's JSON as a string and its encoding
    // were most of the tenth of a completion's allocations its write took). Npgsql encodes a string into its buffer.
    private const string UpdateInTransaction = UpdateColumns + " @data" + WhereVersion;

    private const string UpdateInTransactionSqlite = UpdateColumns + " CAST(@data AS TEXT)" + WhereVersion;

    private const string SelectDataAndVersion = "SELECT \"Data\", \"Version\" FROM \"Tasks\" WHERE \"Id\" = @id";

    private const string SelectLab = "SELECT \"AdministrationId\", \"DefinitionId\" FROM \"Labs\" WHERE \"Id\" = @labId";

    /// <summary>
    /// The task as stored, with a plain command on the scope's connection (in a burst's transaction when one is open):
    /// only its JSON and version, parsed on SQLite from the stored UTF-8 bytes without a string made of them and encoded
    /// back. <c>null</c> when there is no such task.
    /// </summary>
    public static Task<LabTask?> FindAsync(LabFlowDbContext db, WorkflowConnection connection, Guid id, CancellationToken cancellationToken) =>
        connection.ReadAsync(SelectDataAndVersion, command => command.With(db, "id", id), ReadTaskAsync, cancellationToken);

    private static async Task<LabTask?> ReadTaskAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return reader is SqliteDataReader sqlite
            ? DomainJson.Deserialize<LabTask>(sqlite.GetFieldValue<byte[]>(0)) with { Version = sqlite.GetInt64(1) }
            : ToTask(reader.GetString(0), reader.GetInt64(1));
    }

    /// <summary>
    /// The lab a new task row is written for, in a burst's transaction: the lab the burst launches (its row is not
    /// inserted yet), else the stored lab's administration and flow by key; <c>null</c> when there is no such lab.
    /// </summary>
    public static async Task<TaskLab?> LabInTransactionAsync(
        LabFlowDbContext db, WorkflowConnection connection, WorkflowCommit commit, Guid labId, CancellationToken cancellationToken)
    {
        if (commit.Effects.OfType<LabLaunched>().FirstOrDefault(l => l.Lab.Id == labId) is { } launched)
        {
            return new TaskLab(launched.Lab.AdministrationId, launched.Lab.DefinitionId);
        }

        await using var lease = connection.Command(SelectLab);
        await using var reader = await lease.Command.With(db, "labId", labId).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new TaskLab(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The stored lab's administration and flow, which a new task row carries; <c>null</c> when there is no such lab.</summary>
    public static Task<TaskLab?> LabAsync(LabFlowDbContext db, Guid labId, CancellationToken cancellationToken) =>
        db.Set<LabRow>().AsNoTracking()
            .Where(l => l.Id == labId)
            .Select(l => (TaskLab?)new TaskLab(l.AdministrationId, l.DefinitionId))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The row of a task that is already stored, for an update: the lab's columns are never rewritten.</summary>
    public static TaskRow ToRow(LabTask task) => ToRow(task, null);

    /// <summary>The row of a task to insert, carrying its lab's administration and flow (<see cref="TaskRow.AdministrationId"/>).</summary>
    public static TaskRow ToRow(LabTask task, TaskLab? lab)
    {
        var stored = AsStored(task);
        return new TaskRow
        {
            Id = task.Id,
            LabId = task.LabId,
            ActivityId = task.ActivityId,
            Kind = task.Kind,
            BookmarkId = task.BookmarkId,
            StepRunId = task.StepRunId,
            AssigneeId = task.AssigneeId,
            Status = task.Status.ToString(),
            IsOpen = task.IsOpen,
            Due = task.Due,
            NextReminderAt = NextReminder(task),
            CreatedAt = stored.CreatedAt,
            ClosedAt = stored.ClosedAt,
            Version = task.Version,
            Data = DomainJson.Serialize(stored),
            FollowUp = task.FollowUp,
            AdministrationId = lab?.AdministrationId,
            DefinitionId = lab?.DefinitionId,
        };
    }

    /// <summary>
    /// The task as its row keeps it and a read returns it: its creation and closing times in UTC (their columns'
    /// offset); every other field is kept in <see cref="TaskRow.Data"/> as it is (a test compares it with a read).
    /// </summary>
    public static LabTask AsStored(LabTask task) =>
        task with { CreatedAt = task.CreatedAt.ToUniversalTime(), ClosedAt = task.ClosedAt?.ToUniversalTime() };

    public static LabTask ToTask(TaskRow row) => ToTask(row.Data, row.Version);

    /// <summary>The task a row's JSON (<see cref="TaskRow.Data"/>) and version hold: the other columns are copies of it.</summary>
    public static LabTask ToTask(string data, long version) => DomainJson.Deserialize<LabTask>(data) with { Version = version };

    public static IEnumerable<TaskPersonRow> PeopleOf(LabTask task) =>
        task.Candidates.Distinct().Select(id => new TaskPersonRow { TaskId = task.Id, Relation = TaskPersonRelation.Candidate, PersonId = id })
            .Concat(task.Informed.Distinct().Select(id => new TaskPersonRow { TaskId = task.Id, Relation = TaskPersonRelation.Informed, PersonId = id }));

    /// <summary>
    /// Writes the columns a change alters (<see cref="UpdateColumns"/>) of <paramref name="task"/> over the row whose
    /// version is <paramref name="expectedVersion"/>; returns the rows changed (0 or 1).
    /// </summary>
    public static async Task<int> UpdateAsync(
        LabFlowDbContext db, WorkflowConnection connection, LabTask task, long expectedVersion, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // In a transaction (a burst's) the UPDATE as a plain command, on SQLite kept prepared with its parameters
            // (WorkflowConnection.Command): EF Core's ExecuteUpdate extracted its setters' parameters per call, most of a
            // completion's task write while SQLite's write lock was held. The values are ToRow's.
            var stored = AsStored(task);
            var sqlite = db is SqliteLabFlowDbContext;
            await using var lease = connection.Command(sqlite ? UpdateInTransactionSqlite : UpdateInTransaction);
            return await lease.Command
                .With(db, "assigneeId", task.AssigneeId).With(db, "status", task.Status.ToString()).With(db, "isOpen", task.IsOpen).With(db, "due", task.Due)
                .With(db, "nextReminderAt", NextReminder(task)).With(db, "closedAt", stored.ClosedAt).With(db, "version", task.Version)
                .With(db, "followUp", task.FollowUp).With(db, "data", sqlite ? DomainJson.SerializeToUtf8Bytes(stored) : DomainJson.Serialize(stored))
                .With(db, "id", task.Id).With(db, "expected", expectedVersion)
                .ExecuteNonQueryAsync(cancellationToken);
        }

        var row = ToRow(task);
        return await db.Set<TaskRow>()
            .Where(t => t.Id == row.Id && t.Version == expectedVersion)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(t => t.AssigneeId, row.AssigneeId)
                    .SetProperty(t => t.Status, row.Status)
                    .SetProperty(t => t.IsOpen, row.IsOpen)
                    .SetProperty(t => t.Due, row.Due)
                    .SetProperty(t => t.NextReminderAt, row.NextReminderAt)
                    .SetProperty(t => t.ClosedAt, row.ClosedAt)
                    .SetProperty(t => t.Version, row.Version)
                    .SetProperty(t => t.FollowUp, row.FollowUp)
                    .SetProperty(t => t.Data, row.Data),
                cancellationToken);
    }

    /// <summary>Copies a changed task onto a row not inserted yet (added earlier in the same burst, <see cref="EffectRows"/>).</summary>
    public static void CopyTo(LabTask task, TaskRow added)
    {
        var row = ToRow(task);
        added.AssigneeId = row.AssigneeId;
        added.Status = row.Status;
        added.IsOpen = row.IsOpen;
        added.Due = row.Due;
        added.NextReminderAt = row.NextReminderAt;
        added.ClosedAt = row.ClosedAt;
        added.Version = row.Version;
        added.Data = row.Data;
        added.FollowUp = row.FollowUp;
    }

    private static DateTimeOffset? NextReminder(LabTask task)
    {
        if (!task.IsOpen)
        {
            return null;
        }

        var unsent = task.Reminders.Where(r => !task.RemindersSent.Contains(r)).ToList();
        return unsent.Count == 0 ? null : unsent.Min().ToUniversalTime();
    }
}

/// <summary>The lab's administration and flow that a task row carries (neither changes after launch).</summary>
internal readonly record struct TaskLab(string AdministrationId, string DefinitionId);
