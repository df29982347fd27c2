using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>The phases that a lab's flow (the version the lab runs on) declares, in their order.</summary>
public sealed class LabFlowPhases(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions)
{
    /// <summary>The lab's flow's phase ids; empty when the lab has no running flow or its flow declares none.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(Guid labId, CancellationToken cancellationToken) =>
        [.. (await ListDefinitionsAsync(labId, cancellationToken)).Select(p => p.Id)];

    /// <summary>The lab's flow's phases with their names (sv/en), so a page shows the flow's own words, not a fixed list.</summary>
    public async Task<IReadOnlyList<Workflows.Definitions.PhaseDefinition>> ListDefinitionsAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(labId, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored)
        {
            return [];
        }

        return stored.Definition.Phases;
    }
}
