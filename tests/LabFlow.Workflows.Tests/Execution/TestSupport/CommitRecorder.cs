using System.Collections.Concurrent;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Workflows.Tests.Execution.TestSupport;

/// <summary>Sees every commit the in-memory store applies, through the store's own extension point.</summary>
internal sealed class CommitRecorder : IInMemoryCommitParticipant
{
    private readonly ConcurrentQueue<WorkflowCommit> _commits = new();

    public IReadOnlyList<WorkflowCommit> All => [.. _commits];

    public WorkflowCommit Last => _commits.Last();

    public void Apply(WorkflowCommit commit) => _commits.Enqueue(commit);
}
