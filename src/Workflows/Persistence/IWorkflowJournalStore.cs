using LabFlow.Workflows.Journal;

namespace LabFlow.Workflows.Persistence;

/// <summary>Reads a lab's journal. Writes go through <see cref="IWorkflowCommitStore"/>.</summary>
public interface IWorkflowJournalStore
{
    Task<IReadOnlyList<JournalEntry>> ListAsync(Guid instanceId, CancellationToken cancellationToken);
}
