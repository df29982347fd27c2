using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Persistence.InMemory;

/// <summary>Drafts and published versions in memory. Definitions are immutable records, so they are shared as they are.</summary>
public sealed class InMemoryWorkflowDefinitionStore(TimeProvider timeProvider) : IWorkflowDefinitionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WorkflowDefinition> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredWorkflowDefinition>> _versions = new(StringComparer.Ordinal);

    public Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _drafts[definition.Id] = definition;
        }

        return Task.CompletedTask;
    }

    public Task<WorkflowDefinition?> FindDraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_drafts.GetValueOrDefault(definitionId));
        }
    }

    public Task<StoredWorkflowDefinition> PublishAsync(WorkflowDefinition definition, string? source, string? contentHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_versions.TryGetValue(definition.Id, out var versions))
            {
                versions = [];
                _versions.Add(definition.Id, versions);
            }

            var stored = new StoredWorkflowDefinition(
                definition with { Version = versions.Count + 1 },
                timeProvider.GetUtcNow(),
                IsRetracted: false,
                source,
                contentHash);
            versions.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<StoredWorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_versions.TryGetValue(definitionId, out var versions) ? versions.FirstOrDefault(v => v.Definition.Version == version) : null);
        }
    }

    public Task<StoredWorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A loop, not LastOrDefault with a lambda: every start of a lab asks, inside the store's lock.
            if (_versions.TryGetValue(definitionId, out var versions))
            {
                for (var i = versions.Count - 1; i >= 0; i--)
                {
                    if (!versions[i].IsRetracted)
                    {
                        return Task.FromResult<StoredWorkflowDefinition?>(versions[i]);
                    }
                }
            }

            return Task.FromResult<StoredWorkflowDefinition?>(null);
        }
    }

    public Task<IReadOnlyList<StoredWorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredWorkflowDefinition> result = _versions.TryGetValue(definitionId, out var versions) ? [.. versions] : [];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<StoredWorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredWorkflowDefinition> result =
            [
                .. _versions.Values
                    .Select(versions => versions.LastOrDefault(v => !v.IsRetracted) ?? versions[^1])
                    .OrderBy(v => v.Definition.Id, StringComparer.Ordinal),
            ];
            return Task.FromResult(result);
        }
    }

    public Task RetractAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var versions = _versions.GetValueOrDefault(definitionId);
            var index = versions?.FindIndex(v => v.Definition.Version == version) ?? -1;
            if (index < 0)
            {
                throw new WorkflowException(
                    "definition_not_found",
                    $"Flow '{definitionId}' has no published version {version} to retract. Check the flow id and version.");
            }

            versions![index] = versions[index] with { IsRetracted = true };
        }

        return Task.CompletedTask;
    }
}
