using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Persistence;
using VersionHead = LabFlow.Host.Infrastructure.Persistence.EfCoreWorkflowDefinitionStore.VersionHead;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// What a burst on an existing lab reads (the instance with its phases, its open bookmarks and the head of its flow
/// version) as one command of four statements instead of three commands (issue 17: on SQLite each is a command's
/// binding and stepping, on PostgreSQL a round trip). Each statement reads what the store it stands for would read, so
/// nothing is cached across bursts: the version's head (whether it is retracted, when it was published) is read with
/// the instance every time, and the parsed flow comes from <see cref="PublishedDefinitionCache"/> as before.
/// </summary>
internal sealed class EfCoreWorkflowBurstReader(
    LabFlowDbContext db,
    WorkflowConnection connection,
    LoadedInstances loadedInstances,
    PublishedDefinitionCache cache,
    IWorkflowDefinitionStore definitions) : IWorkflowBurstReader
{
    // The head of the version the instance runs on; two scalar subqueries, so each side uses its primary key.
    private const string SelectHeadOfInstance = EfCoreWorkflowDefinitionStore.SelectHead
        + "\"DefinitionId\" = (SELECT \"DefinitionId\" FROM \"WorkflowInstances\" WHERE \"Id\" = @id)"
        + " AND \"Version\" = (SELECT \"DefinitionVersion\" FROM \"WorkflowInstances\" WHERE \"Id\" = @id);";

    private const string Select = EfCoreWorkflowInstanceStore.SelectWithPhases + "\n" + EfCoreBookmarkStore.SelectOpenOfInstance + ";\n" + SelectHeadOfInstance;

    // A signal's reads (issue 17: listing the waiting bookmarks was a command of its own before the lab's): the open
    // bookmarks with the key, then the first one's lab as Select reads it, each statement finding the lab with this
    // subquery (a statement cannot hand a value to the next) and naming the lab it found.
    private const string FirstWaiting =
        "(SELECT \"InstanceId\" FROM \"Bookmarks\" WHERE \"ConsumedAt\" IS NULL AND \"Kind\" = @kind AND \"Key\" = @key" + EfCoreBookmarkStore.InCreationOrder + " LIMIT 1)";

    private const string SelectWaiting = EfCoreBookmarkStore.SelectOpenByKey + ";\n"
        + EfCoreWorkflowInstanceStore.SelectRow + "\"Id\" = " + FirstWaiting + ";\n"
        + "SELECT \"Lab\".\"Id\", \"Phases\".\"Phase\", \"Phases\".\"Position\" FROM (SELECT " + FirstWaiting + " AS \"Id\") AS \"Lab\""
        + " LEFT JOIN \"WorkflowInstancePhases\" AS \"Phases\" ON \"Phases\".\"InstanceId\" = \"Lab\".\"Id\" ORDER BY \"Phases\".\"Position\";\n"
        + EfCoreBookmarkStore.SelectOpen + "\"InstanceId\" = " + FirstWaiting + EfCoreBookmarkStore.InCreationOrder + ";\n"
        + EfCoreWorkflowDefinitionStore.SelectHead
        + "\"DefinitionId\" = (SELECT \"DefinitionId\" FROM \"WorkflowInstances\" WHERE \"Id\" = " + FirstWaiting + ")"
        + " AND \"Version\" = (SELECT \"DefinitionVersion\" FROM \"WorkflowInstances\" WHERE \"Id\" = " + FirstWaiting + ");";

    public async Task<BurstReads?> ReadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var (row, open, head) = await connection.ReadAsync(
            Select,
            c => c.With(db, "id", instanceId),
            async Task<(WorkflowInstanceRow? Row, List<Bookmark> Open, VersionHead? Head)> (reader, ct) =>
            {
                var row = await EfCoreWorkflowInstanceStore.ReadAsync(reader, instanceId, ct);
                if (row is null)
                {
                    return (null, [], null);
                }

                await reader.NextResultAsync(ct);
                var open = await EfCoreBookmarkStore.ReadAsync(reader, ct);
                await reader.NextResultAsync(ct);
                return (row, open, await EfCoreWorkflowDefinitionStore.ReadHeadAsync(reader, ct));
            },
            cancellationToken);
        if (row is null)
        {
            return null;
        }

        return await ToReadsAsync(row, open, head, cancellationToken);
    }

    public async Task<WaitingBurst> ReadWaitingAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var (waiting, row, open, head) = await connection.ReadAsync(
            SelectWaiting,
            c => c.With(db, "kind", kind).With(db, "key", key),
            async Task<(List<Bookmark> Waiting, WorkflowInstanceRow? Row, List<Bookmark> Open, VersionHead? Head)> (reader, ct) =>
            {
                var waiting = await EfCoreBookmarkStore.ReadAsync(reader, ct);
                if (waiting.Count == 0)
                {
                    return (waiting, null, [], null);
                }

                // Each statement names the lab its subquery found; a lab other than the first waiting bookmark's (one
                // consumed, or one created before it, between the statements) leaves the lab to the runtime's own read.
                var instanceId = waiting[0].InstanceId;
                await reader.NextResultAsync(ct);
                var row = await reader.ReadAsync(ct) && reader.GetGuid(8) == instanceId ? EfCoreWorkflowInstanceStore.ToRow(reader, instanceId) : null;
                await reader.NextResultAsync(ct);
                var phasesOfLab = true;
                while (await reader.ReadAsync(ct))
                {
                    phasesOfLab &= !reader.IsDBNull(0) && reader.GetGuid(0) == instanceId;
                    if (phasesOfLab && !reader.IsDBNull(1))
                    {
                        row?.Phases.Add(new WorkflowInstancePhaseRow { InstanceId = instanceId, Phase = reader.GetString(1), Position = reader.GetInt32(2) });
                    }
                }

                await reader.NextResultAsync(ct);
                var open = await EfCoreBookmarkStore.ReadAsync(reader, ct);
                await reader.NextResultAsync(ct);
                var head = await EfCoreWorkflowDefinitionStore.ReadHeadAsync(reader, ct);

                // The first waiting bookmark still open in the last statement about the lab: it was open all along
                // (a bookmark never reopens), so every subquery before found its lab unless one created earlier came in
                // between, which the ids read say.
                var ofLab = row is not null && phasesOfLab && open.Exists(b => b.Id == waiting[0].Id) && open.TrueForAll(b => b.InstanceId == instanceId);
                return (waiting, ofLab ? row : null, open, head);
            },
            cancellationToken);
        return new WaitingBurst(waiting, row is null ? null : await ToReadsAsync(row, open, head, cancellationToken));
    }

    private async Task<BurstReads> ToReadsAsync(WorkflowInstanceRow row, List<Bookmark> open, VersionHead? head, CancellationToken cancellationToken)
    {
        var instance = RowMapper.ToInstance(row);
        loadedInstances.Remember(row.Id, instance.ConcurrencyToken, row.Status, instance.ActivePhases);

        // Outside a transaction each statement reads the database as it is when it runs: a burst committed in between
        // may have moved the lab to another version. Then ask the definition store for the version the row names (the
        // burst's commit will find the token changed and run it again anyway).
        var definition = head is not null && head.DefinitionId == instance.DefinitionId && head.Version == instance.DefinitionVersion
            ? await EfCoreWorkflowDefinitionStore.ToStoredAsync(db, cache, head, cancellationToken)
            : await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        return new BurstReads(instance, open, definition);
    }
}
