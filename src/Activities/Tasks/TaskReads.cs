namespace LabFlow.Activities.Tasks;

/// <summary>
/// The task a completion in this scope (a request, a page) decided on, handed to the burst's commit (issue 17: the
/// commit read the task again in its transaction, holding SQLite's write lock). The commit writes on the version
/// read (<c>UPDATE … WHERE Version = @read</c>), so a task changed since is read afresh there exactly as before:
/// the snapshot saves the read only when nothing changed, and is taken once.
/// </summary>
public sealed class TaskReads
{
    private readonly Dictionary<Guid, LabTask> _kept = [];

    /// <summary>Keeps <paramref name="task"/> as read from the store, for the commit of the burst about to run.</summary>
    public void Keep(LabTask task)
    {
        lock (_kept)
        {
            _kept[task.Id] = task;
        }
    }

    /// <summary>The task kept for <paramref name="taskId"/>, once; <c>null</c> when none was kept.</summary>
    public LabTask? Take(Guid taskId)
    {
        lock (_kept)
        {
            return _kept.Remove(taskId, out var task) ? task : null;
        }
    }
}
