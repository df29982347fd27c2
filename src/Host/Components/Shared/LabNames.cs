using LabFlow.Activities.Labs;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// The names pages show for a lab: its title and the names of its flow's phases. The lab is read through
/// <see cref="LabService.GetAsync"/>, so a viewer who may not see the lab gets <c>null</c> and learns nothing of it.
/// </summary>
internal sealed class LabNames(LabService labs, IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions)
{
    private readonly Dictionary<Guid, LabName?> _cache = [];

    public async Task<LabName?> FindAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(labId, out var cached))
        {
            return cached;
        }

        LabName? name;
        try
        {
            var lab = await labs.GetAsync(labId, viewerId, cancellationToken);
            var definition = await DefinitionAsync(labId, cancellationToken);
            name = new LabName(lab.Title, Phases(definition), definition?.Kind ?? FlowKinds.Default);
        }
        catch (LabDomainException)
        {
            name = null;
        }

        _cache[labId] = name;
        return name;
    }

    /// <summary>The phase names of the flow version the lab runs on, by phase id (empty when the flow is missing).</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> PhasesAsync(Guid labId, CancellationToken cancellationToken) =>
        Phases(await DefinitionAsync(labId, cancellationToken));

    private static Dictionary<string, LocalizedText> Phases(WorkflowDefinition? definition) =>
        definition?.Phases.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal) ?? [];

    /// <summary>The flow version the lab runs on, or <c>null</c> when the lab has no running flow or its flow is missing.</summary>
    private async Task<WorkflowDefinition?> DefinitionAsync(Guid labId, CancellationToken cancellationToken) =>
        await instances.FindAsync(labId, cancellationToken) is { } instance
        && await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is { } stored
            ? stored.Definition
            : null;
}
