namespace LabFlow.Activities.Organisation;

/// <summary>People's stand-ins while away (<see cref="StandIn"/>): at most one period per person. The in-memory store is the default.</summary>
public interface IStandIns
{
    /// <summary>The person's stand-in period, or <c>null</c> when they named none.</summary>
    Task<StandIn?> GetAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Stores the period, replacing the person's earlier one.</summary>
    Task SetAsync(StandIn standIn, CancellationToken cancellationToken);

    /// <summary>Removes the person's stand-in (they are back, or plans changed).</summary>
    Task RemoveAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The periods of <paramref name="personIds"/> that cover <paramref name="day"/>.</summary>
    Task<IReadOnlyList<StandIn>> ListCoveringAsync(IReadOnlyCollection<Guid> personIds, DateOnly day, CancellationToken cancellationToken);
}
