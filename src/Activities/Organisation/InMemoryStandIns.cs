namespace LabFlow.Activities.Organisation;

/// <summary>Stand-ins in memory (the default until a database store replaces it).</summary>
public sealed class InMemoryStandIns : IStandIns
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, StandIn> _standIns = [];

    public Task<StandIn?> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_standIns.GetValueOrDefault(personId));
        }
    }

    public Task SetAsync(StandIn standIn, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _standIns[standIn.PersonId] = standIn;
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _standIns.Remove(personId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StandIn>> ListCoveringAsync(IReadOnlyCollection<Guid> personIds, DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StandIn> covering = [.. personIds.Distinct().Select(_standIns.GetValueOrDefault).OfType<StandIn>().Where(s => s.Covers(day))];
            return Task.FromResult(covering);
        }
    }
}
