using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The kind of a lab's flow (the version the lab runs on), so a page or an email calls it "konferensen" rather than
/// "labbet". The caller has already checked that the reader may see the lab: the kind is read, never shown, here.
/// </summary>
public sealed class LabKinds(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, LabKindCache? shared = null)
{
    // A lab keeps its flow version, so its kind never changes; a lab whose flow is not found yet is asked again.
    // The process-wide cache (when registered) spares the two reads for every email of a lab after its first.
    private readonly Dictionary<Guid, FlowKind> _cache = [];

    /// <summary>The lab's flow's kind; <c>null</c> when the lab has no running flow or its flow version is missing.</summary>
    public async Task<FlowKind?> FindAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(labId, out var cached) || (shared is not null && shared.TryGet(labId, out cached)))
        {
            return cached;
        }

        FlowKind? kind = await instances.FindAsync(labId, cancellationToken) is { } instance
            && await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is { } stored
                ? stored.Definition.Kind
                : null;
        if (kind is { } found)
        {
            _cache[labId] = found;
            shared?.Add(labId, found);
        }

        return kind;
    }

    /// <summary>The lab's flow's kind; a lab whose flow cannot be found counts as the default kind.</summary>
    public async Task<FlowKind> KindAsync(Guid labId, CancellationToken cancellationToken) =>
        await FindAsync(labId, cancellationToken) ?? FlowKinds.Default;
}
