using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence.InMemory;

/// <summary>
/// Applies a commit's domain effects to other in-memory stores (task rows, email rows) inside the same lock as
/// the instance, so the in-memory commit is as atomic as a database transaction. Must not throw for valid effects.
/// </summary>
public interface IInMemoryCommitParticipant
{
    void Apply(WorkflowCommit commit);
}
