using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Rows;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The new rows of a commit's effects, which the effect writers add here instead of to the change tracker: the commit
/// store inserts them after every writer ran, one multi-row INSERT per table (issue 17: EF Core's SaveChanges of these
/// rows was about 1 ms of the 3.4 ms a completion held SQLite's single write gate). Until then a writer that changes
/// a row added earlier in the same burst (a task created and closed at once) changes the row here.
/// </summary>
internal sealed class EffectRows
{
    public List<LabRow> Labs { get; } = [];

    public List<CollectionRow> Collections { get; } = [];

    public List<TaskRow> Tasks { get; } = [];

    public List<TaskPersonRow> TaskPeople { get; } = [];

    public List<EmailRow> Emails { get; } = [];

    public List<OutboxMessageRow> Outbox { get; } = [];

    /// <summary>
    /// Inserts every row in the context's current transaction, parents before the rows that refer to them (a task's
    /// people after the task), and forgets them.
    /// </summary>
    public async Task InsertAsync(LabFlowDbContext db, WorkflowConnection connection, CancellationToken cancellationToken)
    {
        await InsertAsync(db, connection, Labs, cancellationToken);
        await InsertAsync(db, connection, Collections, cancellationToken);
        await InsertAsync(db, connection, Tasks, cancellationToken);
        await InsertAsync(db, connection, TaskPeople, cancellationToken);
        await InsertAsync(db, connection, Emails, cancellationToken);
        await InsertAsync(db, connection, Outbox, cancellationToken);
    }

    /// <summary>Forgets every row (after the insert, or when the commit failed and its burst runs again).</summary>
    public void Clear()
    {
        Labs.Clear();
        Collections.Clear();
        Tasks.Clear();
        TaskPeople.Clear();
        Emails.Clear();
        Outbox.Clear();
    }

    private static async Task InsertAsync<TRow>(LabFlowDbContext db, WorkflowConnection connection, List<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var mapping = RowInsertMapping<TRow>.Of(db);
        await connection.InsertAsync(mapping.Table, mapping.Columns, rows, mapping.Values, cancellationToken);
        rows.Clear();
    }
}
