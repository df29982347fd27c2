using System.Globalization;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Time;

/// <summary>
/// The organisation's holiday calendar for both doors (the API and the admin page): everyone signed in reads it, only
/// administrators change it. A change re-dates every open task whose due date it moves (a date in a period moves to
/// the first working day after it), each with an entry in the task's history saying why.
/// </summary>
public sealed class HolidayCalendarService(
    IHolidayPeriodStore store,
    HolidayPeriods periods,
    LabCalendar calendar,
    LabAccess access,
    ILabStore labs,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    TimeProvider timeProvider,
    IHolidayCalendarNotifier? notifier = null)
{
    /// <summary>The longest period: a calendar of a whole year off is a mistake, not a holiday.</summary>
    public const int MaxPeriodDays = 92;

    private const int MaxAttempts = 5;

    public Task<IReadOnlyList<HolidayPeriod>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Reads the periods from the store into the calendar (start-up, and the sweep on every node).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) => periods.Replace(await store.ListAsync(cancellationToken));

    /// <summary>Adds a period (<paramref name="periodId"/> <c>null</c>) or changes one, and re-dates the open tasks it moves.</summary>
    /// <returns>The period and how many open tasks got a new due date.</returns>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless an administrator; <c>invalid</c> with every field's problem; <c>not_found</c> for an unknown id.</exception>
    public async Task<(HolidayPeriod Period, int TasksMoved)> SaveAsync(Guid actorId, Guid? periodId, string? name, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var errors = new InputErrors().RequireText("name", name, OrganisationLimits.NameLength, "the period a name, such as \"Sommaruppehåll\"");
        if (end < start)
        {
            errors.Add("end", OrganisationMessages.HolidayEndsBeforeStart.With(("start", start), ("end", end)));
        }
        else if (end.DayNumber - start.DayNumber + 1 > MaxPeriodDays)
        {
            errors.Add("end", OrganisationMessages.HolidayTooLong.With(("max", MaxPeriodDays), ("days", end.DayNumber - start.DayNumber + 1)));
        }

        errors.ThrowIfAny("The holiday period cannot be saved.");
        var existing = await store.ListAsync(cancellationToken);
        if (periodId is { } id && existing.All(p => p.Id != id))
        {
            throw new LabDomainException(LabErrors.NotFound, OrganisationMessages.HolidayNotFound.With(("periodId", id)));
        }

        var period = new HolidayPeriod(periodId ?? Guid.NewGuid(), name!.Trim(), start, end);
        await store.SaveAsync(period, cancellationToken);
        var moved = await ApplyAsync(actorId, $"Holiday calendar: period '{period.Name}' {start:yyyy-MM-dd}–{end:yyyy-MM-dd} saved.", cancellationToken);
        return (period, moved);
    }

    /// <summary>Removes a period and re-dates the open tasks it had moved.</summary>
    /// <returns>How many open tasks got a new due date.</returns>
    public async Task<int> RemoveAsync(Guid actorId, Guid periodId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var period = (await store.ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == periodId)
            ?? throw new LabDomainException(LabErrors.NotFound, OrganisationMessages.HolidayNotFound.With(("periodId", periodId)));
        await store.RemoveAsync(periodId, cancellationToken);
        return await ApplyAsync(actorId, $"Holiday calendar: period '{period.Name}' {period.Start:yyyy-MM-dd}–{period.End:yyyy-MM-dd} removed.", cancellationToken);
    }

    private async Task<int> ApplyAsync(Guid actorId, string reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        notifier?.Changed();
        var now = timeProvider.GetUtcNow();
        var today = calendar.DateOf(now);
        var count = 0;
        foreach (var lab in await labs.ListAsync(null, cancellationToken))
        {
            // The window of an "each participant" step closes at the end of its tasks' due date, so it moves with them.
            var windows = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var listed in await tasks.ListByLabAsync(lab.Id, cancellationToken))
            {
                if (listed.IsOpen && await RedateAsync(listed.Id, lab.StartDate, today, actorId, now, reason, cancellationToken) is { } redated)
                {
                    count++;
                    if (redated.StepRunId is { } run && redated.Due is { } due)
                    {
                        windows[run.ToString()] = due;
                    }
                }
            }

            await MoveWindowsAsync(lab.Id, windows, actorId, reason, cancellationToken);
        }

        return count;
    }

    private async Task MoveWindowsAsync(Guid labId, Dictionary<string, DateOnly> windows, Guid actorId, string reason, CancellationToken cancellationToken)
    {
        if (windows.Count == 0
            || await instances.FindAsync(labId, cancellationToken) is not { Status: WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted })
        {
            return;
        }

        await runtime.ReplanAsync(
            labId,
            new ReplanRequest(
                actorId.ToString(),
                RescheduleTimer: timer => timer.Kind == Workflows.Bookmarks.BookmarkKinds.Timer && timer.Data?[TaskPlanner.StepRunKey]?.GetValue<string>() is { } run
                    && windows.TryGetValue(run, out var due)
                    && calendar.EndOf(due) != timer.DueAt
                        ? calendar.EndOf(due)
                        : null,
                Reason: reason),
            cancellationToken);
    }

    /// <summary>
    /// Gives one open task the due date the calendar now gives the date its flow planned (its due spec, counted from the
    /// lab's start or its creation); overdue tasks keep theirs. A task changed meanwhile is read again.
    /// </summary>
    private async Task<LabTask?> RedateAsync(Guid taskId, DateOnly labStart, DateOnly today, Guid actorId, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await tasks.FindAsync(taskId, cancellationToken) is not { IsOpen: true, Due: { } due } task || due < today)
            {
                return null;
            }

            var planned = RelativeDates.TryResolve(task.DueSpec, labStart, calendar.DateOf(task.CreatedAt), calendar, out var resolved) ? resolved : due;
            var redated = calendar.DueDate(planned);
            if (redated < today)
            {
                redated = calendar.WorkingDayFrom(today);
            }

            if (redated == due)
            {
                return null;
            }

            var note = string.Create(CultureInfo.InvariantCulture, $"{due:yyyy-MM-dd} → {redated:yyyy-MM-dd}. {reason}");
            var changed = TaskSchedule.WithDue(task, redated, calendar, now)
                .WithHistory(new TaskHistoryEntry(now, actorId.ToString(), TaskHistoryKind.DueDateMoved, Note: note));
            try
            {
                return await taskCommands.UpdateAsync(changed, task.Version, cancellationToken);
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
            }
        }
    }

    private Task RequireAdminAsync(Guid actorId, CancellationToken cancellationToken) =>
        access.RequireAdminAsync(actorId, OrganisationMessages.HolidaysAdminOnly.Message, cancellationToken);
}
