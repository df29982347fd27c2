using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Workflows.Tests.Execution.TestSupport;

/// <summary>Loses the race to "another node" for the first <paramref name="conflicts"/> commits of an existing instance.</summary>
internal sealed class FlakyCommitStore(InMemoryWorkflowStore inner, int conflicts) : IWorkflowCommitStore
{
    private int _remaining = conflicts;

    public int Attempts { get; private set; }

    public Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        if (commit.ExpectedConcurrencyToken is { } expected)
        {
            Attempts++;
            if (Interlocked.Decrement(ref _remaining) >= 0)
            {
                throw new ConcurrencyConflictException(commit.Instance.Id, expected);
            }
        }

        return inner.CommitAsync(commit, cancellationToken);
    }
}
