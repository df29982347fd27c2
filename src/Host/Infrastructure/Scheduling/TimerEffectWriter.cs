using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Scheduling;

namespace LabFlow.Host.Infrastructure.Scheduling;

/// <summary>
/// Takes a burst's <see cref="ScheduleTimer"/> and <see cref="CancelTimer"/> effects as done by its own commit
/// (issue 17): the timer's record is its bookmark row, which commits with the burst, and the due-timer sweep reads
/// those rows, so the effect's outbox row needs no "dispatched" write (a second write transaction, with its own
/// fsync on SQLite) after the commit. Once committed, each new timer is armed on this node and its Hangfire job
/// queued (<see cref="TimerJobQueue"/>). A cancelled timer needs nothing: its job finds the bookmark closed.
/// </summary>
internal sealed class TimerEffectWriter(TimerJobQueue timerJobs) : IInCommitOutboxEffectWriter
{
    // Effect ids are new in every run of a burst, so what a rolled-back run wrote never matches a later commit's.
    private readonly HashSet<Guid> _writtenInCommit = [];

    public bool CanWrite(IWorkflowEffect effect) => effect is ScheduleTimer or CancelTimer;

    public bool WroteInCommit(IOutboxEffect effect) => _writtenInCommit.Contains(effect.Id);

    public Task PrepareAsync(WorkflowCommit commit, IWorkflowEffect effect, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        // The burst's bookmark rows are the write; this only says the effect needs nothing after the commit.
        _writtenInCommit.Add(((IOutboxEffect)effect).Id);
        return Task.CompletedTask;
    }

    public void Committed(IReadOnlyList<IOutboxEffect> effects)
    {
        foreach (var effect in effects)
        {
            if (effect is ScheduleTimer timer)
            {
                timerJobs.Schedule(timer.InstanceId, timer.BookmarkId, timer.DueAt);
            }
        }
    }
}
