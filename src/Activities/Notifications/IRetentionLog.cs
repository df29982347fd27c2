namespace LabFlow.Activities.Notifications;

/// <summary>The record of retention clean-ups that cleared something, newest first, for administrators.</summary>
public interface IRetentionLog
{
    Task AddAsync(RetentionRun run, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="take"/> runs, newest first.</summary>
    Task<IReadOnlyList<RetentionRun>> ListAsync(int take, CancellationToken cancellationToken);
}
