using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Scheduling;

/// <summary>Hands committed <see cref="ScheduleTimer"/> and <see cref="CancelTimer"/> effects to the scheduler.</summary>
internal sealed class TimerEffectDispatcher(IWorkflowScheduler scheduler) : IWorkflowEffectDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ScheduleTimer schedule:
                    await scheduler.ScheduleTimerAsync(schedule.InstanceId, schedule.BookmarkId, schedule.DueAt, cancellationToken);
                    break;
                case CancelTimer cancel:
                    await scheduler.CancelTimerAsync(cancel.BookmarkId, cancellationToken);
                    break;
            }
        }
    }
}
