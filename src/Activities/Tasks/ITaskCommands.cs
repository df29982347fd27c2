namespace LabFlow.Activities.Tasks;

/// <summary>Writes tasks outside bursts (claim, delegate, comment, ad-hoc tasks …), with optimistic concurrency.</summary>
public interface ITaskCommands
{
    /// <summary>Adds a task that no step created (an ad-hoc task); it is stored with version 1.</summary>
    Task<LabTask> AddAsync(LabTask task, CancellationToken cancellationToken);

    /// <summary>Replaces the task when its stored version is <paramref name="expectedVersion"/>; returns it with the next version.</summary>
    /// <exception cref="Labs.LabDomainException">Code <c>task_conflict</c> when the task changed since it was read.</exception>
    Task<LabTask> UpdateAsync(LabTask task, long expectedVersion, CancellationToken cancellationToken);
}
