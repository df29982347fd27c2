namespace LabFlow.Workflows.Execution;

/// <summary>Limits of the runner and the runtime.</summary>
public sealed record WorkflowRunnerOptions
{
    /// <summary>
    /// How many activities one burst may execute before the branch that goes on is faulted as a runaway loop.
    /// Default 10 000.
    /// </summary>
    public int MaxActivitiesPerBurst { get; init; } = 10_000;

    /// <summary>
    /// How many times a burst that lost a race to another node is re-run from fresh state before the
    /// <see cref="ConcurrencyConflictException"/> is thrown. Default 5.
    /// </summary>
    public int MaxCommitAttempts { get; init; } = 5;
}
