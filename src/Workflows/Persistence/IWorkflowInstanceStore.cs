using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence;

/// <summary>Reads instances. Writes go through <see cref="IWorkflowCommitStore"/>.</summary>
public interface IWorkflowInstanceStore
{
    Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken);
}

/// <summary>Filters for listing instances; <c>null</c> means any.</summary>
public sealed record WorkflowInstanceQuery(
    string? DefinitionId = null,
    WorkflowStatus? Status = null,
    string? ActivePhase = null,
    int Skip = 0,
    int Take = 100);
