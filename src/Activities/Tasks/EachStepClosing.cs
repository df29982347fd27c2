using LabFlow.Activities.Labs;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// A facilitator closes a step with one task per participant before everyone is done (one absentee must not stall
/// the lab): the step goes on with the answers given, and the open tasks close as not needed.
/// </summary>
public sealed class EachStepClosing(ITaskStore tasks, ILabStore labs, LabAccess access, IWorkflowRuntime runtime)
{
    /// <param name="taskId">Any open task of the step.</param>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c> unless a manager of the lab, <c>not_open</c> when the task is closed, <c>invalid</c> when the step is not an "each participant" step.</exception>
    public async Task CloseAsync(Guid taskId, Guid actorId, string? reason, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, $"Task {taskId} was not found. Check the id.");
        var lab = await labs.FindAsync(task.LabId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, $"Task {taskId} was not found. Check the id.");
        if (!await access.CanManageAsync(actorId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, $"Only a facilitator of lab {lab.Id} or an administrator can close its steps.");
        }

        if (!task.IsOpen || task.BookmarkId is not { } bookmarkId)
        {
            throw new LabDomainException(LabErrors.NotOpen, $"Task {taskId} is no longer open; its step has already gone on.");
        }

        new InputErrors().LimitText("reason", reason, LabLimits.ReasonLength, "the reason").ThrowIfAny("The step cannot be closed.");
        if (task.StepRunId is not { } run || (await tasks.ListByStepRunAsync(task.LabId, run, cancellationToken)).Count <= 1)
        {
            throw LabDomainException.Invalid("taskId", $"Task {taskId} belongs to a step with one task; complete or skip it instead of closing the step.");
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "Not needed: the facilitator closed the step." : $"Not needed: the facilitator closed the step. {reason.Trim()}";
        var result = await runtime.ResumeAsync(bookmarkId, new ResumePayload(TaskResume.CloseEachStep(why), actorId.ToString()), cancellationToken);
        if (result.Outcome != ResumeOutcome.Resumed)
        {
            throw new LabDomainException(LabErrors.Conflict, $"The step of task {taskId} went on before it could be closed; there is nothing left to close.");
        }
    }
}
