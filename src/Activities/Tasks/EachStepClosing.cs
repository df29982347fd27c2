using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// A facilitator closes a step with one task per participant before everyone is done (one absentee must not stall
/// the lab): the step goes on with the answers given, and the open tasks close as not needed.
/// </summary>
public sealed class EachStepClosing(ITaskStore tasks, ILabStore labs, LabAccess access, IWorkflowRuntime runtime)
{
    /// <summary>
    /// Where a manager may close a step early: for each step run with several tasks and an open one, that open task
    /// and how many of the step's tasks are done (what <see cref="CloseAsync"/> accepts; the pages show it, this decides).
    /// </summary>
    public static IReadOnlyList<(LabTask OpenTask, int Done, int Total)> ClosableSteps(IEnumerable<LabTask> labTasks) =>
        [.. labTasks
            .Where(t => t.StepRunId is not null)
            .GroupBy(t => t.StepRunId)
            .Where(step => step.Count() > 1 && step.Any(t => t.IsOpen && t.BookmarkId is not null))
            .Select(step => (step.First(t => t.IsOpen && t.BookmarkId is not null), step.Count(t => t.Status == LabTaskStatus.Completed), step.Count()))];

    /// <param name="taskId">Any open task of the step.</param>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c> unless a manager of the lab, <c>not_open</c> when the task is closed, <c>invalid</c> when the step is not an "each participant" step.</exception>
    public async Task CloseAsync(Guid taskId, Guid actorId, string? reason, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, TaskMessages.NotFound.With(("taskId", taskId)));
        var lab = await labs.FindAsync(task.LabId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, TaskMessages.NotFound.With(("taskId", taskId)));
        if (!await access.CanManageAsync(actorId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, LabMessages.ManageForbidden.With(("labId", lab.Id)));
        }

        if (!task.IsOpen || task.BookmarkId is not { } bookmarkId)
        {
            throw new LabDomainException(LabErrors.NotOpen, TaskMessages.StepAlreadyGoneOn.With(("taskId", taskId)));
        }

        new InputErrors().LimitText("reason", reason, LabLimits.ReasonLength, "the reason").ThrowIfAny("The step cannot be closed.");
        if (task.StepRunId is not { } run || (await tasks.ListStepRunTasksAsync(task.LabId, run, cancellationToken)).Count <= 1)
        {
            throw LabDomainException.Invalid("taskId", TaskMessages.StepHasOneTask.With(("taskId", taskId)));
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "Not needed: the facilitator closed the step." : $"Not needed: the facilitator closed the step. {reason.Trim()}";
        var result = await runtime.ResumeAsync(bookmarkId, new ResumePayload(TaskResume.CloseEachStep(why), actorId.ToString()), cancellationToken);
        if (result.Outcome != ResumeOutcome.Resumed)
        {
            throw new LabDomainException(LabErrors.Conflict, TaskMessages.StepWentOnBeforeClosing.With(("taskId", taskId)));
        }
    }
}
