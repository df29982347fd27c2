namespace LabFlow.Activities.Labs;

/// <summary>Lab rows. The instance itself is written by the engine's commit store.</summary>
public interface ILabStore
{
    Task<Lab?> FindAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>Labs of an administration (every lab when <paramref name="administrationId"/> is <c>null</c>), newest first.</summary>
    Task<IReadOnlyList<Lab>> ListAsync(string? administrationId, CancellationToken cancellationToken);

    Task AddAsync(Lab lab, CancellationToken cancellationToken);

    /// <summary>Replaces the lab when its stored version is <paramref name="expectedVersion"/>; stores it with the next version.</summary>
    /// <exception cref="LabDomainException">Code <c>lab_conflict</c> when someone else changed the lab first.</exception>
    Task<Lab> UpdateAsync(Lab lab, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Removes a lab whose instance could not start (nothing else refers to it yet).</summary>
    Task RemoveAsync(Guid labId, CancellationToken cancellationToken);
}
