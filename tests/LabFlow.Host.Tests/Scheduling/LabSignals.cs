using System.Collections.Concurrent;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>Signals when a lab finishes, from inside the in-memory store's commit (its own extension point).</summary>
internal sealed class LabSignals : IInMemoryCommitParticipant
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<WorkflowInstance>> _finished = new();

    public void Apply(WorkflowCommit commit)
    {
        if (commit.Instance.Status == WorkflowStatus.Finished)
        {
            Finished(commit.Instance.Id).TrySetResult(commit.Instance);
        }
    }

    public async Task<WorkflowInstance> WaitUntilFinishedAsync(Guid instanceId, TimeSpan timeout)
    {
        try
        {
            return await Finished(instanceId).Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Lab {instanceId} did not finish within {timeout}.");
        }
    }

    private TaskCompletionSource<WorkflowInstance> Finished(Guid instanceId) =>
        _finished.GetOrAdd(instanceId, _ => new TaskCompletionSource<WorkflowInstance>(TaskCreationOptions.RunContinuationsAsynchronously));
}
