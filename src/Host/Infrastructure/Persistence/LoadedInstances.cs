namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The status and active phases of the instances this scope read or wrote, per concurrency token, so a commit writes
/// only what changed (issue 17): it skips deleting and re-inserting the phase rows when the phases are as read, and
/// leaves <c>Status</c> out of its UPDATE when the status is, because SQLite rewrites an index entry whenever one of
/// the index's columns is in the <c>SET</c> list, changed or not (the status index cost every burst a page). Sound
/// because every write of an instance raises its token and writes its status and phases in the same transaction: a
/// commit whose conditional UPDATE matches the token read here finds exactly the status and phase rows read with it,
/// and one that does not match writes nothing either way.
/// </summary>
internal sealed class LoadedInstances
{
    private readonly Dictionary<Guid, (long Token, string Status, IReadOnlyList<string> Phases)> _loaded = [];

    public void Remember(Guid instanceId, long token, string status, IReadOnlyList<string> phases) => _loaded[instanceId] = (token, status, phases);

    public bool StatusIsUnchanged(Guid instanceId, long expectedToken, string status) =>
        _loaded.TryGetValue(instanceId, out var loaded) && loaded.Token == expectedToken && string.Equals(loaded.Status, status, StringComparison.Ordinal);

    public bool PhasesAreUnchanged(Guid instanceId, long expectedToken, IReadOnlyList<string> phases) =>
        _loaded.TryGetValue(instanceId, out var loaded) && loaded.Token == expectedToken && loaded.Phases.SequenceEqual(phases, StringComparer.Ordinal);
}
