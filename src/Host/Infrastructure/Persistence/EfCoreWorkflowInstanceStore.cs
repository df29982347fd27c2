using System.Data.Common;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

internal sealed class EfCoreWorkflowInstanceStore(LabFlowDbContext db, WorkflowConnection connection, LoadedInstances loadedInstances) : IWorkflowInstanceStore
{
    // Every burst reads its instance: one command with two statements (the row, then its phases), see WorkflowConnection.
    // EfCoreWorkflowBurstReader adds the instance's open bookmarks and its flow version to the same command.
    internal const string SelectWithPhases = """
        SELECT "DefinitionId", "DefinitionVersion", "Status", "ConcurrencyToken", "CreatedAt", "UpdatedAt", "FinishedAt", "State" FROM "WorkflowInstances" WHERE "Id" = @id;
        SELECT "Phase", "Position" FROM "WorkflowInstancePhases" WHERE "InstanceId" = @id ORDER BY "Position";
        """;

    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var row = await connection.ReadAsync(SelectWithPhases, c => c.With(db, "id", instanceId), (reader, ct) => ReadAsync(reader, instanceId, ct), cancellationToken);
        if (row is null)
        {
            return null;
        }

        var instance = RowMapper.ToInstance(row);
        loadedInstances.Remember(instanceId, instance.ConcurrencyToken, row.Status, instance.ActivePhases);
        return instance;
    }

    /// <summary>Reads the results of <see cref="SelectWithPhases"/>: the row, then its phases.</summary>
    internal static async Task<WorkflowInstanceRow?> ReadAsync(DbDataReader reader, Guid instanceId, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var row = new WorkflowInstanceRow
        {
            Id = instanceId,
            DefinitionId = reader.GetString(0),
            DefinitionVersion = reader.GetInt32(1),
            Status = reader.GetString(2),
            ConcurrencyToken = reader.GetInt64(3),
            CreatedAt = WorkflowSql.ReadTime(reader, 4),
            UpdatedAt = WorkflowSql.ReadTime(reader, 5),
            FinishedAt = WorkflowSql.ReadNullableTime(reader, 6),
            State = reader.GetString(7),
        };
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row.Phases.Add(new WorkflowInstancePhaseRow { InstanceId = instanceId, Phase = reader.GetString(0), Position = reader.GetInt32(1) });
        }

        return row;
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Instances.AsNoTracking();
        if (query.DefinitionId is { } definitionId)
        {
            rows = rows.Where(i => i.DefinitionId == definitionId);
        }

        if (query.Status is { } status)
        {
            var statusText = status.ToString();
            rows = rows.Where(i => i.Status == statusText);
        }

        if (query.ActivePhase is { } phase)
        {
            rows = rows.Where(i => i.Phases.Any(p => p.Phase == phase));
        }

        var page = await rows
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Skip(query.Skip)
            .Take(query.Take)
            .Include(i => i.Phases)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. page.Select(RowMapper.ToInstance)];
    }
}
