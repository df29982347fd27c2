using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>A task was completed with <paramref name="Outcome"/> and <paramref name="Answers"/> by <paramref name="Actor"/>.</summary>
/// <param name="Doer">
/// The person the completion was checked for; when the stored task is no longer theirs (reassigned, delegated or
/// claimed by someone else since), the commit is refused with <see cref="HandedOver"/>, so nothing is completed.
/// </param>
public sealed record TaskCompleted(Guid Id, Guid TaskId, string Actor, string Outcome, JsonObject? Answers, DateTimeOffset At, Guid? Doer = null) : IWorkflowEffect
{
    /// <summary>Throws <see cref="HandedOver"/> when <paramref name="stored"/> is open and <see cref="Doer"/> may no longer complete it (<see cref="LabTask.MayComplete"/>).</summary>
    public void EnsureStillFor(LabTask stored)
    {
        if (Doer is { } doer && stored.IsOpen && !stored.MayComplete(doer))
        {
            throw HandedOver(TaskId);
        }
    }

    /// <summary>The refusal of a completion whose task was given to someone else while it was being completed.</summary>
    public static LabDomainException HandedOver(Guid taskId) =>
        new(LabErrors.Conflict, TaskMessages.GivenAwayWhileCompleting.With(("taskId", taskId)));
}
