namespace LabFlow.Workflows.Execution;

/// <summary>
/// A running (or ended) flow. The columns a store indexes are properties here; everything else the runner
/// needs lives in <see cref="State"/>, which stores keep as one serialised document.
/// </summary>
public sealed record WorkflowInstance
{
    public required Guid Id { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    public required WorkflowStatus Status { get; init; }

    /// <summary>Phases with work running or waiting, computed by the runner at each commit; never set by hand.</summary>
    public IReadOnlyList<string> ActivePhases { get; init; } = [];

    /// <summary>Incremented by every commit; a commit whose expected token is stale loses the race.</summary>
    public long ConcurrencyToken { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public required WorkflowState State { get; init; }
}
