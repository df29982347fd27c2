using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence.InMemory;

/// <summary>
/// Applies a commit's domain effects to other in-memory stores (task rows, email rows) inside the same lock as
/// the instance, so the in-memory commit is as atomic as a database transaction. Must not throw for valid effects.
/// </summary>
public interface IInMemoryCommitParticipant
{
    /// <summary>
    /// Refuses a commit before anything of it is applied (throws), as a database effect writer refuses by throwing
    /// inside the transaction; called inside the store's lock, before <see cref="Apply"/> of any participant.
    /// </summary>
    void Check(WorkflowCommit commit)
    {
    }

    void Apply(WorkflowCommit commit);
}
