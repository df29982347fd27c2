using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Components.Tasks;

/// <summary>Handing the task over (<see cref="DelegateTaskForm"/>), kept beside the page's other actions.</summary>
public sealed partial class TaskPage
{
    private bool CanDelegate => _task is { IsOpen: true } task && task.AssigneeId == _me;

    private async Task DelegateAsync((Person To, string? Note) handOver)
    {
        var version = _task?.Version;
        await RunAsync(async cancellationToken =>
        {
            await ShowAsync(await Tasks.DelegateAsync(TaskId, _me, handOver.To.Id, handOver.Note, cancellationToken, version));
            Notify(DelegateTexts.Delegated(handOver.To.Name), success: true);
        });
    }
}
