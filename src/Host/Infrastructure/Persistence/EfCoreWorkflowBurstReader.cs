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

        var instance = RowMapper.ToInstance(row);
        loadedInstances.Remember(instanceId, instance.ConcurrencyToken, row.Status, instance.ActivePhases);

        // Outside a transaction each statement reads the database as it is when it runs: a burst committed in between
        // may have moved the lab to another version. Then ask the definition store for the version the row names (the
        // burst's commit will find the token changed and run it again anyway).
        var definition = head is not null && head.DefinitionId == instance.DefinitionId && head.Version == instance.DefinitionVersion
            ? await EfCoreWorkflowDefinitionStore.ToStoredAsync(db, cache, head, cancellationToken)
            : await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        return new BurstReads(instance, open, definition);
    }
}
