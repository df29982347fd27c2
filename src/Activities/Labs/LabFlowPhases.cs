using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>The phases that a lab's flow (the version the lab runs on) declares, in their order.</summary>
public sealed class LabFlowPhases(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions)
{
    /// <summary>The lab's flow's phase ids; empty when the lab has no running flow or its flow declares none.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(labId, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored)
        {
            return [];
        }

        return [.. stored.Definition.Phases.Select(p => p.Id)];
    }
}
