using System.Runtime.CompilerServices;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// The tasks that notifications look at, read from LabFlow's rows: every lab, its state (paused, finished, cancelled)
/// from its row and instance, and its tasks. A task store that is also an <see cref="ILabTaskScan"/> (the database's)
/// reads it all in a fixed number of queries; the in-memory stores are read lab by lab.
/// </summary>
internal static class LabScan
{
    /// <summary>Open tasks of running labs that are not paused.</summary>
    public static async IAsyncEnumerable<(Lab Lab, LabTask Task)> OpenTasksAsync(
        ILabStore labs, ITaskStore tasks, IWorkflowInstanceStore instances, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (tasks is ILabTaskScan scan)
        {
            foreach (var (lab, _, task) in await scan.ScanAsync(openOnly: true, cancellationToken))
            {
                yield return (lab, task);
            }

            yield break;
        }

        await foreach (var (lab, state, task) in LabByLabAsync(labs, tasks, instances, cancellationToken))
        {
            if (state == LabNotificationState.Active && task.IsOpen)
            {
                yield return (lab, task);
            }
        }
    }

    /// <summary>Every task with a follow-up date, open or done, with its lab and the lab's state.</summary>
    public static async IAsyncEnumerable<(Lab Lab, LabNotificationState State, LabTask Task)> FollowUpTasksAsync(
        ILabStore labs, ITaskStore tasks, IWorkflowInstanceStore instances, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (tasks is ILabTaskScan scan)
        {
            foreach (var row in await scan.ScanAsync(openOnly: false, cancellationToken))
            {
                yield return row;
            }

            yield break;
        }

        await foreach (var row in LabByLabAsync(labs, tasks, instances, cancellationToken))
        {
            if (row.Task.FollowUp is not null)
            {
                yield return row;
            }
        }
    }

    /// <summary>Every task of every lab that is neither paused nor cancelled, read lab by lab (the in-memory stores).</summary>
    private static async IAsyncEnumerable<(Lab Lab, LabNotificationState State, LabTask Task)> LabByLabAsync(
        ILabStore labs, ITaskStore tasks, IWorkflowInstanceStore instances, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var states = new LabStates(labs, instances);
        foreach (var lab in await labs.ListAsync(null, cancellationToken))
        {
            var (_, state) = await states.GetAsync(lab.Id, cancellationToken);
            if (state is LabNotificationState.Paused or LabNotificationState.Cancelled)
            {
                continue;
            }

            foreach (var task in await tasks.ListByLabAsync(lab.Id, cancellationToken))
            {
                yield return (lab, state, task);
            }
        }
    }
}
