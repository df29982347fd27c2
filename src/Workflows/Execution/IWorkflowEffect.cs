namespace LabFlow.Workflows.Execution;

/// <summary>
/// A domain change an activity handler produced during a burst (a task row, an email, a timer to schedule).
/// Effects commit in the same transaction as the instance; <see cref="Id"/> lets a consumer ignore a repeat.
/// </summary>
public interface IWorkflowEffect
{
    Guid Id { get; }
}

/// <summary>An effect that leaves the outbox for the outside world only after its burst committed.</summary>
public interface IOutboxEffect : IWorkflowEffect;
