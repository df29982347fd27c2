namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>An active phase of an instance, a row of its own so "labs in phase X" is an indexed query.</summary>
internal sealed class WorkflowInstancePhaseRow
{
    public Guid InstanceId { get; set; }

    public required string Phase { get; set; }

    /// <summary>The phase's place in the definition's order, so reading gives the runner's order back.</summary>
    public int Position { get; set; }
}
