namespace LabFlow.Activities.Notifications;

/// <summary>
/// Deletes journal entries for retention. The engine's journal store only reads and appends, so deleting is this
/// port's: the Host implements it on the database's journal table.
/// </summary>
public interface IJournalRetention
{
    /// <summary>Deletes the lab's journal entries written before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteBeforeAsync(Guid instanceId, DateTimeOffset before, CancellationToken cancellationToken);
}
