using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence;

/// <summary>
/// What a burst on an existing lab reads before it runs (a resume, cancel, retry, skip or replan): the instance, its
/// open bookmarks and the flow version it runs on. A store where every read is a command (and on a server a round
/// trip) reads them together; the default (<see cref="StoreBurstReader"/>) asks the three stores in turn.
/// </summary>
public interface IWorkflowBurstReader
{
    /// <summary>The lab, or <c>null</c> when there is no instance <paramref name="instanceId"/>.</summary>
    Task<BurstReads?> ReadAsync(Guid instanceId, CancellationToken cancellationToken);
}

/// <param name="Definition">The version <see cref="WorkflowInstance.DefinitionVersion"/> of the lab's flow, or <c>null</c> when the definition store does not have it.</param>
public sealed record BurstReads(WorkflowInstance Instance, IReadOnlyList<Bookmark> OpenBookmarks, StoredWorkflowDefinition? Definition);

/// <summary>The reads of <see cref="IWorkflowBurstReader"/> from the three stores, one after the other.</summary>
public sealed class StoreBurstReader(IWorkflowInstanceStore instances, IBookmarkStore bookmarks, IWorkflowDefinitionStore definitions) : IWorkflowBurstReader
{
    public async Task<BurstReads?> ReadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var open = await bookmarks.ListByInstanceAsync(instanceId, cancellationToken);
        var definition = await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        return new BurstReads(instance, open, definition);
    }
}
