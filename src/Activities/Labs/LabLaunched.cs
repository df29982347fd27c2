using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The lab row of a launch, carried by its flow's start request (<see cref="StartWorkflowRequest.Effects"/>), so the
/// lab and its instance commit in one transaction: a launch that dies half-way leaves neither.
/// </summary>
public sealed record LabLaunched(Guid Id, Lab Lab) : IWorkflowEffect
{
    /// <summary>The lab a start burst is launching, for steps of that burst that look their lab up before it is stored.</summary>
    public static Lab? In(IReadOnlyList<IWorkflowEffect> effects, Guid labId) =>
        effects.OfType<LabLaunched>().FirstOrDefault(e => e.Lab.Id == labId)?.Lab;
}
