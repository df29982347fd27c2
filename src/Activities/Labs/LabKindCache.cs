using System.Collections.Concurrent;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The kinds <see cref="LabKinds"/> has found, kept for the life of the process: a lab keeps its flow version, so its
/// kind never changes, and every email a completion queues would otherwise read the lab's instance and flow version
/// again (issue 17). Bounded: past <see cref="Capacity"/> labs it starts over rather than grow without end.
/// </summary>
public sealed class LabKindCache
{
    internal const int Capacity = 50_000;

    private readonly ConcurrentDictionary<Guid, FlowKind> _kinds = new();

    internal bool TryGet(Guid labId, out FlowKind kind) => _kinds.TryGetValue(labId, out kind);

    internal void Add(Guid labId, FlowKind kind)
    {
        if (_kinds.Count >= Capacity)
        {
            _kinds.Clear();
        }

        _kinds[labId] = kind;
    }
}
