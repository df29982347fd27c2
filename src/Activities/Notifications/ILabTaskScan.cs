using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// A task store that reads what the notification scans look at in a fixed number of queries, whatever the number of
/// labs: the database joins each task to its lab and the lab's instance. Stores without it are scanned lab by lab.
/// </summary>
public interface ILabTaskScan
{
    /// <summary>
    /// Tasks of labs that are neither paused nor cancelled, each with its lab and the lab's state, labs newest first
    /// and each lab's tasks in the order they were created. <paramref name="openOnly"/>: only open tasks of running
    /// (not finished) labs; otherwise only tasks with a follow-up date (<see cref="LabTask.FollowUp"/>), open or done,
    /// for the follow-up scan.
    /// </summary>
    Task<IReadOnlyList<(Lab Lab, LabNotificationState State, LabTask Task)>> ScanAsync(bool openOnly, CancellationToken cancellationToken);
}
