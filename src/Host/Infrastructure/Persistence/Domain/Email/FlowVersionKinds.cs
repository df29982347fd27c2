using System.Collections.Concurrent;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

/// <summary>
/// The kind of each published flow version, kept for the life of the process: a published version never changes,
/// so the emails of every burst after the first of a version read nothing for it.
/// </summary>
internal sealed class FlowVersionKinds
{
    private readonly ConcurrentDictionary<(string DefinitionId, int Version), FlowKind> _kinds = new();

    public async Task<FlowKind?> FindAsync(IWorkflowDefinitionStore definitions, string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_kinds.TryGetValue((definitionId, version), out var known))
        {
            return known;
        }

        if (await definitions.FindVersionAsync(definitionId, version, cancellationToken) is not { } stored)
        {
            return null;
        }

        _kinds[(definitionId, version)] = stored.Definition.Kind;
        return stored.Definition.Kind;
    }
}
