namespace LabFlow.Activities.Tasks;

/// <summary>
/// The task a completion in this scope (a request, a page) decided on, handed to the burst's commit, and the task as
/// that commit wrote it, handed back (issue 17: the commit read the task again in its transaction, holding SQLite's
/// write lock, and the completion read it a third time after the commit for its reply). The commit writes on the
/// version read (<c>UPDATE … WHERE Version = @read</c>), so a task changed since is read afresh there exactly as
/// before: the snapshot saves the read only when nothing changed, and is taken once.
/// </summary>
public sealed class TaskReads
{
    private readonly Dictionary<Guid, LabTask> _kept = [];
    private readonly Dictionary<Guid, LabTask> _written = [];

    /// <summary>
    /// Keeps <paramref name="task"/> as read from the store, for the commit of the burst about to run, and forgets
    /// what an earlier commit in this scope wrote of it.
    /// </summary>
    public void Keep(LabTask task)
    {
        lock (_kept)
        {
            _kept[task.Id] = task;
            _written.Remove(task.Id);
        }
    }

    /// <summary>
    /// What the commit writes for <paramref name="taskId"/>: <paramref name="stored"/> is the task as the store would read
    /// it back; <c>null</c> when this attempt of the commit wrote nothing for it (a re-run burst forgets the earlier attempt's).
    /// </summary>
    public void Wrote(Guid taskId, LabTask? stored)
    {
        lock (_kept)
        {
            if (stored is null)
            {
                _written.Remove(taskId);
            }
            else
            {
                _written[taskId] = stored;
            }
        }
    }

    /// <summary>
    /// The task as the last commit in this scope wrote it, once; only for a burst that committed (the caller knows:
    /// the resume answered <c>Resumed</c>), else <c>null</c> and the caller reads the store.
    /// </summary>
    public LabTask? TakeWritten(Guid taskId)
    {
        lock (_kept)
        {
            return _written.Remove(taskId, out var stored) ? stored : null;
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
