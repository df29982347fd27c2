namespace LabFlow.Workflows.Execution;

/// <summary>
/// Hands outbox effects to the outside world after their burst committed (timers to the scheduler, for example).
/// Every registered dispatcher sees every outbox effect of a commit and acts on the types it knows.
/// </summary>
public interface IWorkflowEffectDispatcher
{
    Task DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken);
}
