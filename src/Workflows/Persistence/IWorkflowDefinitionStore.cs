using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Persistence;

/// <summary>
/// Flow definitions: one editable draft per flow id, and immutable published versions.
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Creates or replaces the draft of <see cref="WorkflowDefinition.Id"/>.</summary>
    Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken);

    Task<WorkflowDefinition?> FindDraftAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Publishes <paramref name="definition"/> as the next version of its id and returns that version.</summary>
    Task<StoredWorkflowDefinition> PublishAsync(WorkflowDefinition definition, string? source, string? contentHash, CancellationToken cancellationToken);

    /// <summary>One published (or retracted) version.</summary>
    Task<StoredWorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>The newest published version that is not retracted.</summary>
    Task<StoredWorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredWorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>The newest version of every flow.</summary>
    Task<IReadOnlyList<StoredWorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>Stops new labs from starting on a version; running labs keep it.</summary>
    Task RetractAsync(string definitionId, int version, CancellationToken cancellationToken);
}

/// <summary>A published version with its bookkeeping.</summary>
/// <param name="Source">Where it came from: <c>"file:&lt;name&gt;"</c> for a shipped flow, or the designer's user.</param>
/// <param name="ContentHash">SHA-256 of the source content, so an unchanged shipped file is not imported twice.</param>
public sealed record StoredWorkflowDefinition(
    WorkflowDefinition Definition,
    DateTimeOffset PublishedAt,
    bool IsRetracted,
    string? Source,
    string? ContentHash);
