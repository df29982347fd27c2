using System.Collections.Concurrent;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// The latest published version of each flow as this process last read it, for starts on a store whose commit checks
/// that it is still the latest (<see cref="IWorkflowCommitStore.ChecksLatestVersion"/>). Never trusted alone: a start
/// on a version that another node has since superseded or retracted is refused by its commit, and the runtime forgets
/// the entry and reads the head again.
/// </summary>
internal sealed class LatestVersions
{
    // Flows are few; the bound only keeps a process that sees many flows from growing without end.
    private const int MaxEntries = 512;
    private readonly ConcurrentDictionary<string, StoredWorkflowDefinition> _latest = new(StringComparer.Ordinal);

    public StoredWorkflowDefinition? Find(string definitionId) => _latest.TryGetValue(definitionId, out var latest) ? latest : null;

    public void Remember(string definitionId, StoredWorkflowDefinition latest)
    {
        if (_latest.Count >= MaxEntries)
        {
            _latest.Clear();
        }

        _latest[definitionId] = latest;
    }

    public void Forget(string definitionId) => _latest.TryRemove(definitionId, out _);
}
