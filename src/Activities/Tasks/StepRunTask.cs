namespace LabFlow.Activities.Tasks;

/// <summary>
/// What a step's bookmark needs to know of each task of one of its runs: whether it is still open, how it ended and
/// whose it is. Read without the task's JSON (form, answers, history), which a resume needs only to aggregate an
/// "each participant" step's answers (issue 17: the step's tasks were read whole only to count them).
/// </summary>
public sealed record StepRunTask(Guid Id, LabTaskStatus Status, Guid? AssigneeId)
{
    public bool IsOpen => Status is LabTaskStatus.Open or LabTaskStatus.Claimed;

    public static StepRunTask Of(LabTask task) => new(task.Id, task.Status, task.AssigneeId);
}
