namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The active phases of the instances this scope read or wrote, per concurrency token, so a commit whose phases did
/// not change skips deleting and re-inserting the phase rows (issue 17). Sound because every write of an instance
/// raises its token and writes its phases in the same transaction: a commit whose conditional UPDATE matched the token
/// read here finds exactly the phase rows read with it.
/// </summary>
internal sealed class LoadedInstancePhases
{
    private readonly Dictionary<Guid, (long Token, IReadOnlyList<string> Phases)> _phases = [];

    public void Remember(Guid instanceId, long token, IReadOnlyList<string> phases) => _phases[instanceId] = (token, phases);

    public bool AreUnchanged(Guid instanceId, long expectedToken, IReadOnlyList<string> phases) =>
        _phases.TryGetValue(instanceId, out var loaded) && loaded.Token == expectedToken && loaded.Phases.SequenceEqual(phases, StringComparer.Ordinal);
}
