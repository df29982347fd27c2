using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// What people do with tasks: see, complete, claim, delegate, reassign, comment, move due dates, skip, add ad-hoc
/// tasks. Completion validates on the server and resumes the step through the engine; other changes are written
/// with optimistic concurrency through <see cref="ITaskCommands"/>. Every command has one winner: when two race, the
/// other is refused with <c>conflict</c>, <c>not_open</c> or <c>task_conflict</c> saying what happened, and a command
/// that sets a value (reassign, move the due date) may carry the version its caller read, so a stale one is refused.
/// Refusals to someone who may not see the task name it by id only. Whoever a task is given to outside a burst (claim,
/// delegation, reassignment, escalation) and its doers when its due date moves get the task-assigned email with the
/// due date's calendar file, when an <see cref="IEmailOutbox"/> is registered.
/// </summary>
public sealed class TaskService(
    ITaskStore tasks,
    ITaskCommands commands,
    ILabStore labs,
    LabAccess access,
    IDirectory directory,
    LabCalendar calendar,
    IWorkflowRuntime runtime,
    TimeProvider timeProvider,
    LabFlowPhases flowPhases,
    AnswerReadRule readRule,
    IEmailOutbox? outbox = null,
    StandInRule? standIns = null,
    TaskPrefill? prefill = null,
    Attachments.AttachmentAnswers? attachmentAnswers = null,
    TaskReads? taskReads = null,
    ParsedForms? parsedForms = null)
{
    /// <summary>How often a command that lost a race reads the task again before giving up with <c>task_conflict</c>.</summary>
    private const int MaxAttempts = 5;

    /// <exception cref="LabDomainException"><c>not_found</c>, or <c>forbidden</c> when the viewer may not see it.</exception>
    public async Task<LabTask> GetAsync(Guid taskId, Guid viewerId, CancellationToken cancellationToken)
    {
        var (task, lab) = await LoadAsync(taskId, cancellationToken);
        if (!await CanSeeAsync(viewerId, task, lab, cancellationToken))
        {
            throw CannotSee(taskId);
        }

        var shown = await readRule.ShowAsync(task, lab, viewerId, cancellationToken);
        // The person who completes it sees the fields that start from earlier answers filled (docs/flow-format.md, "initial").
        return prefill is null ? shown : await prefill.ApplyAsync(shown, lab, viewerId, cancellationToken);
    }

    /// <summary>
    /// Whether <paramref name="personId"/> may complete <paramref name="task"/> today (<see cref="LabTask.MayComplete"/>,
    /// and a stand-in only while their period lasts): what the task page offers, as <see cref="CompleteAsync"/> decides.
    /// </summary>
    public async Task<bool> MayCompleteAsync(LabTask task, Guid personId, CancellationToken cancellationToken) =>
        task.MayComplete(personId)
        && (standIns is null || await standIns.MayCompleteAsync(task, personId, calendar.DateOf(timeProvider.GetUtcNow()), cancellationToken));

    /// <summary>The tasks a person is assignee of, candidate for or kept informed about; answers as <see cref="AnswerReadRule"/> lets them read.</summary>
    public async Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, bool includeClosed, CancellationToken cancellationToken) =>
        await readRule.ShowAcrossLabsAsync(await tasks.ListForPersonAsync(personId, includeClosed, cancellationToken), labs, personId, cancellationToken);

    /// <summary>
    /// A lab's tasks, for someone who can see the lab (else the ones they are involved in). Every task shows its
    /// status; its answers only to those <see cref="AnswerReadRule"/> lets read them.
    /// </summary>
    public async Task<IReadOnlyList<LabTask>> ListForLabAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken) ?? throw NotFound(LabMessages.NotFound.With(("labId", labId)));
        var all = await tasks.ListByLabAsync(labId, cancellationToken);
        var visible = await access.CanSeeAsync(viewerId, lab, cancellationToken) ? all : [.. all.Where(t => t.Involves(viewerId))];
        return await readRule.ShowAsync(visible, lab, viewerId, cancellationToken, labTasks: all);
    }

    /// <summary>
    /// Completes a task with one of its actions (the first when <paramref name="outcome"/> is null) and answers.
    /// Answers that do not fit the form are refused with every field's error, and kept on the task as a draft.
    /// </summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless the actor is the assignee (or an unclaimed candidate, or a stand-in acting for one of them, <see cref="LabTask.MayComplete"/>); <c>not_open</c> before the task opens.</exception>
    public async Task<TaskCompletionResult> CompleteAsync(Guid taskId, Guid actorId, string? outcome, JsonObject? answers, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await TryCompleteAsync(taskId, actorId, outcome, answers, cancellationToken);
                return result with { Task = await ShowToAsync(actorId, result.Task, cancellationToken) };
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
                // Someone changed the task while this completion was under way (a comment, a reminder): read it again.
            }
        }
    }

    private async Task<TaskCompletionResult> TryCompleteAsync(Guid taskId, Guid actorId, string? outcome, JsonObject? answers, CancellationToken cancellationToken)
    {
        // The lab is read only to tell whether someone who may not complete the task may see it (issue 17: the
        // completion path read it three times).
        var task = await tasks.FindAsync(taskId, cancellationToken) ?? throw NotFound(TaskMessages.NotFound.With(("taskId", taskId)));
        if (!task.MayComplete(actorId) && !await CanSeeAsync(actorId, task, await labs.FindAsync(task.LabId, cancellationToken), cancellationToken))
        {
            // Someone who cannot see the task learns nothing of it, not even its title or whether it is done.
            throw CannotSee(taskId);
        }

        if (!task.IsOpen)
        {
            return AlreadyClosed(task);
        }

        if (!task.MayComplete(actorId))
        {
            throw WasFor(task, actorId)
                ? new LabDomainException(LabErrors.Conflict, TaskMessages.HandedOverCannotComplete.With(("title", task.Title), ("how", HandedOverText(task))))
                : Forbidden(task.AssigneeId is null && task.Candidates.Count > 0
                    ? TaskMessages.ForCandidates.With(("taskId", task.Id))
                    : TaskMessages.AssignedToOther.With(("taskId", task.Id)));
        }

        if (Collections.CollectionTasks.CollectionOf(task) is { } board)
        {
            // Completing would resume the collection's bookmark and close the board for everyone.
            throw LabDomainException.Invalid("action", IdeaBoardMessages.TaskOnBoard.With(("title", task.Title), ("collectionId", board)));
        }

        var today = calendar.DateOf(timeProvider.GetUtcNow());
        if (standIns is not null && task.StandsInFor(actorId) is { } away && !await standIns.MayCompleteAsync(task, actorId, today, cancellationToken))
        {
            var awayName = (await directory.FindPersonAsync(away, cancellationToken))?.Name ?? away.ToString();
            throw Forbidden(StandInPeriodMessages.PeriodOver.With(("name", awayName), ("title", task.Title)));
        }

        if (task.Opens is { } opens && opens > today)
        {
            throw new LabDomainException(LabErrors.NotOpen, TaskMessages.NotYetOpen.With(("title", task.Title), ("opens", opens)));
        }

        new InputErrors().LimitText("action", outcome, TaskLimits.IdentifierLength, "the action").ThrowIfAny($"Task '{task.Title}' cannot be completed.");
        var action = outcome ?? task.Actions.FirstOrDefault()?.Name ?? ConnectionDefinition.DefaultOutcome;
        if (task.Actions.Count > 0 && task.Actions.All(a => !string.Equals(a.Name, action, StringComparison.Ordinal)))
        {
            throw LabDomainException.Invalid("action", NoSuchAction(task, action));
        }

        var form = (parsedForms?.Parse(task.Form) ?? FormDefinitionParser.Parse(task.Form)).Form;
        var validation = FormValidator.Validate(form, answers);
        IReadOnlyList<FormError> errors = [.. validation.Errors, .. await FormPeople.FindUnknownAsync(directory, validation, cancellationToken)];
        if (errors.Count == 0 && attachmentAnswers is not null)
        {
            // A File answer must be a file uploaded to this task's field, so nobody answers with another person's file.
            errors = await attachmentAnswers.FindWrongAsync(form, validation.Answers, task.Id, null, actorId, cancellationToken);
        }
        if (errors.Count > 0)
        {
            // Nothing typed is lost: the answers stay on the task as a draft for the next attempt.
            // A draft larger than any form could take is not kept, so nothing oversized is stored.
            var kept = answers is not null && answers.ToJsonString().Length > TaskLimits.DraftLength
                ? task
                : await commands.UpdateAsync(task with { Draft = (JsonObject?)answers?.DeepClone() }, task.Version, cancellationToken);
            var plural = errors.Count == 1 ? "answer needs" : "answers need";
            return new TaskCompletionResult(TaskCompletionStatus.Invalid, kept, errors, $"{errors.Count} {plural} fixing before task '{task.Title}' can be completed.")
            {
                Text = TaskMessages.AnswersNeedFixing.With(("count", errors.Count), ("title", task.Title)),
            };
        }

        if (task.BookmarkId is not { } bookmarkId)
        {
            var done = task.Complete(actorId.ToString(), action, validation.Answers, timeProvider.GetUtcNow());
            return Completed(await commands.UpdateAsync(done, task.Version, cancellationToken));
        }

        // The doer goes with the completion: the commit refuses it when the task was handed to someone else meanwhile.
        // The commit writes on the version read here instead of reading the task again (TaskReads).
        taskReads?.Keep(task);
        ResumeResult result;
        try
        {
            result = await runtime.ResumeAsync(
                bookmarkId, new ResumePayload(TaskResume.Complete(task.Id, action, validation.Answers, actorId), actorId.ToString()), cancellationToken);
        }
        catch (LabDomainException exception) when (exception.Code == LabErrors.Conflict)
        {
            var current = await tasks.FindAsync(taskId, cancellationToken) ?? task;
            if (!current.IsOpen)
            {
                return AlreadyClosed(current);
            }

            throw current.MayComplete(actorId)
                ? new LabDomainException(LabErrors.TaskConflict, TaskMessages.ChangedWhileCompleting.With(("taskId", taskId)))
                : new LabDomainException(LabErrors.Conflict, TaskMessages.HandedOverWhileCompleting.With(("title", current.Title), ("how", HandedOverText(current))));
        }

        // The task as the burst's commit wrote it, when it did (TaskReads); else as stored now.
        var fresh = (result.Outcome == ResumeOutcome.Resumed ? taskReads?.TakeWritten(taskId) : null)
            ?? await tasks.FindAsync(taskId, cancellationToken) ?? task;
        return result.Outcome == ResumeOutcome.Resumed && fresh.Status == LabTaskStatus.Completed ? Completed(fresh) : AlreadyClosed(fresh);
    }

    /// <summary>A candidate takes a task of their candidate group; then only they complete it.</summary>
    /// <exception cref="LabDomainException"><c>conflict</c> when it was claimed (by anyone, the caller too) or handed over first; <c>forbidden</c> for someone outside its candidate group.</exception>
    public async Task<LabTask> ClaimAsync(Guid taskId, Guid actorId, CancellationToken cancellationToken) =>
        await SendAssignedAsync(await ChangeAsync(taskId, (task, _, now) =>
        {
            if (task.AssigneeId == actorId)
            {
                // Claiming twice is a repeat, not a second success: the first claim already made it theirs.
                throw new LabDomainException(LabErrors.Conflict, TaskMessages.AlreadyYours.With(("title", task.Title)));
            }

            if (task.AssigneeId is not null || !task.Candidates.Contains(actorId))
            {
                throw task.AssigneeId is not null && WasFor(task, actorId)
                    ? new LabDomainException(LabErrors.Conflict, TaskMessages.HandedOverCannotClaim.With(("title", task.Title), ("how", HandedOverText(task))))
                    : task.AssigneeId is not null
                        ? new LabDomainException(LabErrors.Invalid, TaskMessages.AssignedNotClaimable.With(("title", task.Title)))
                        : Forbidden(TaskMessages.NotInCandidates.With(("taskId", task.Id)));
            }

            return Task.FromResult(task.Claim(actorId, now));
        }, cancellationToken, viewerId: actorId), [actorId], cancellationToken);

    /// <summary>The assignee hands the task to someone else.</summary>
    /// <exception cref="LabDomainException"><c>conflict</c> when the task was handed to someone else first; <c>forbidden</c> for anyone who never had it.</exception>
    public async Task<LabTask> DelegateAsync(Guid taskId, Guid actorId, Guid toPersonId, string? note, CancellationToken cancellationToken, long? expectedVersion = null) =>
        await SendAssignedAsync(await ChangeAsync(taskId, async (task, _, now) =>
        {
            if (task.AssigneeId != actorId)
            {
                throw task.AssigneeId is not null && WasAssignee(task, actorId)
                    ? new LabDomainException(LabErrors.Conflict, TaskMessages.HandedOverCannotDelegate.With(("title", task.Title), ("how", HandedOverText(task))))
                    : Forbidden(TaskMessages.OnlyAssigneeDelegates.With(("taskId", task.Id)));
            }

            CheckNote(note);

            await RequireActivePersonAsync(toPersonId, "toPersonId", cancellationToken);
            return task.Delegate(actorId, toPersonId, note, now);
        }, cancellationToken, expectedVersion: expectedVersion, viewerId: actorId), [toPersonId], cancellationToken);

    /// <summary>
    /// A facilitator gives the task to someone else (a candidate group becomes one assignee). With
    /// <paramref name="expectedVersion"/> (the version the caller read) a task changed since is refused with <c>task_conflict</c>.
    /// </summary>
    public async Task<LabTask> ReassignAsync(Guid taskId, Guid actorId, Guid toPersonId, string? note, CancellationToken cancellationToken, long? expectedVersion = null) =>
        await SendAssignedAsync(await ChangeAsync(taskId, async (task, lab, now) =>
        {
            await RequireManagerAsync(actorId, lab, task, cancellationToken);
            CheckNote(note);
            await RequireActivePersonAsync(toPersonId, "toPersonId", cancellationToken);
            return task.Reassign(actorId.ToString(), task.AssigneeId, toPersonId, note, now);
        }, cancellationToken, expectedVersion: expectedVersion, viewerId: actorId), [toPersonId], cancellationToken);

    /// <summary>
    /// An overdue task's escalation moves it (actor <c>system</c>, with history): to one person as assignee, or to
    /// several as a candidate group. The new people get the task-assigned email.
    /// </summary>
    public async Task<LabTask> EscalateAsync(Guid taskId, IReadOnlyList<Guid> toPeople, string note, CancellationToken cancellationToken)
    {
        if (toPeople.Count == 0)
        {
            throw new LabDomainException(LabErrors.Invalid, TaskMessages.EscalationNeedsPeople.With(("taskId", taskId)));
        }

        return await SendAssignedAsync(
            await ChangeAsync(taskId, (task, _, now) => Task.FromResult(task.Escalate(toPeople, note, now)), cancellationToken), toPeople, cancellationToken);
    }

    /// <summary>Moves every open task of a person who leaves to <paramref name="toPersonId"/>, in the labs the actor manages.</summary>
    public async Task<ReassignAllResult> ReassignAllOpenTasksOfAsync(Guid personId, Guid toPersonId, Guid actorId, string? note, CancellationToken cancellationToken)
    {
        CheckNote(note);
        await RequireActivePersonAsync(toPersonId, "toPersonId", cancellationToken);
        var moved = 0;
        var notPermitted = 0;
        foreach (var task in await tasks.ListForPersonAsync(personId, includeClosed: false, cancellationToken))
        {
            var lab = await labs.FindAsync(task.LabId, cancellationToken);
            if (lab is null ? !await access.IsAdminAsync(actorId, cancellationToken) : !await access.CanManageAsync(actorId, lab, cancellationToken))
            {
                notPermitted++;
                continue;
            }

            var now = timeProvider.GetUtcNow();
            var changed = task.AssigneeId == personId
                ? task.Reassign(actorId.ToString(), personId, toPersonId, note, now)
                : task with
                {
                    Candidates = Replace(task.Candidates, personId, toPersonId),
                    Informed = Replace(task.Informed, personId, toPersonId),
                };
            var updated = await commands.UpdateAsync(changed, task.Version, cancellationToken);
            if (task.AssigneeId == personId)
            {
                await SendAssignedAsync(updated, [toPersonId], cancellationToken);
            }

            moved++;
        }

        return new ReassignAllResult(moved, notPermitted);
    }

    /// <summary>Anyone who can see the task can comment on it.</summary>
    public Task<LabTask> CommentAsync(Guid taskId, Guid actorId, string text, CancellationToken cancellationToken) =>
        ChangeAsync(taskId, async (task, lab, now) =>
        {
            if (!await CanSeeAsync(actorId, task, lab, cancellationToken))
            {
                throw CannotSee(taskId);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw LabDomainException.Invalid("text", TaskMessages.CommentEmpty.Message);
            }

            new InputErrors().LimitText("text", text, TaskLimits.CommentLength, "the comment").ThrowIfAny("The comment cannot be added.");

            return task with { Comments = [.. task.Comments, new TaskComment(Guid.NewGuid(), actorId, text.Trim(), now)] };
        }, cancellationToken, requireOpen: false, viewerId: actorId);

    /// <summary>
    /// A facilitator moves the due date; a weekend or holiday moves to the working day before, and reminders and
    /// escalation follow. With <paramref name="expectedVersion"/> (the version the caller read) a task changed since
    /// is refused with <c>task_conflict</c>, so two moves at once are told from two moves in a row.
    /// </summary>
    public async Task<LabTask> MoveDueDateAsync(Guid taskId, Guid actorId, DateOnly due, CancellationToken cancellationToken, long? expectedVersion = null)
    {
        var moved = await ChangeAsync(taskId, async (task, lab, now) =>
        {
            await RequireManagerAsync(actorId, lab, task, cancellationToken);
            var moved = calendar.DueDate(due);
            var note = $"{task.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"} → {moved:yyyy-MM-dd}";
            return TaskSchedule.WithDue(task, moved, calendar, now)
                .WithHistory(new TaskHistoryEntry(now, actorId.ToString(), TaskHistoryKind.DueDateMoved, Note: note)) with
            {
                DueSpec = JsonValue.Create(moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            };
        }, cancellationToken, expectedVersion: expectedVersion, viewerId: actorId);

        // The same calendar UID with a later SEQUENCE: the doers' calendars move the event instead of adding one.
        return await SendAssignedAsync(moved, moved.AssigneeId is { } assignee ? [assignee] : moved.Candidates, cancellationToken, dueDateMoved: true);
    }

    /// <summary>A facilitator adds a task to a lab by hand.</summary>
    public async Task<LabTask> AddAdHocTaskAsync(AdHocTaskRequest request, Guid actorId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(request.LabId, cancellationToken) ?? throw NotFound(LabMessages.NotFound.With(("labId", request.LabId)));
        if (!await access.CanManageAsync(actorId, lab, cancellationToken))
        {
            throw Forbidden(TaskMessages.AddForbidden.With(("labId", lab.Id)));
        }

        var problems = new InputErrors();
        CheckText(problems, "title", request.Title, TaskLimits.TitleLength, "the task a title", required: true);
        CheckText(problems, "instructions", request.Instructions, TaskLimits.InstructionsLength, "the instructions", required: false);
        foreach (var error in FormDefinitionParser.Parse(request.Form).Errors)
        {
            problems.Add("form" + error.Path, error.Text ?? FlowMessages.FormDefinition.With(("message", error.Message)));
        }

        if (request.Phase is { Length: > 0 } phase)
        {
            var phases = await flowPhases.ListAsync(lab.Id, cancellationToken);
            if (phase.Length > TaskLimits.IdentifierLength || !phases.Contains(phase, StringComparer.Ordinal))
            {
                problems.Add("phase", phases.Count == 0
                    ? TaskMessages.NoPhases.Message
                    : TaskMessages.NoSuchPhase.With(("phase", InputErrors.Shortened(phase)), ("choices", string.Join(", ", phases))));
            }
        }

        if (request.AssigneeId == Guid.Empty)
        {
            problems.Add("assigneeId", InputMessages.Required.With(("what", "the person the task is for (assigneeId)")));
        }

        problems.ThrowIfAny("The task cannot be added until every field is fixed.");
        await RequireActivePersonAsync(request.AssigneeId, "assigneeId", cancellationToken);
        var now = timeProvider.GetUtcNow();
        var due = request.Due is { } d ? calendar.DueDate(d) : (DateOnly?)null;
        IReadOnlyList<int> reminderDays = [7, 2];
        var task = new LabTask
        {
            Id = Guid.NewGuid(),
            LabId = lab.Id,
            Kind = TaskKinds.AdHoc,
            Title = request.Title,
            Instructions = request.Instructions,
            Phase = request.Phase,
            AssigneeId = request.AssigneeId,
            Due = due,
            DueSpec = due is null ? null : JsonValue.Create(due.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ReminderDays = reminderDays,
            Reminders = due is { } dueDate ? calendar.Reminders(dueDate, reminderDays, now) : [],
            Form = (JsonArray?)request.Form?.DeepClone(),
            Actions = [new TaskAction(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))],
            CreatedAt = now,
            History = [new TaskHistoryEntry(now, actorId.ToString(), TaskHistoryKind.Created, To: request.AssigneeId)],
        };
        if (standIns is not null)
        {
            task = await standIns.ApplyToNewTaskAsync(task, calendar.DateOf(now), now, cancellationToken);
        }

        return await commands.AddAsync(task, cancellationToken);
    }

    /// <summary>
    /// A facilitator skips a waiting task's step: the step goes on with <paramref name="outcome"/> (its first action
    /// when null), and the task's history and the lab's journal say who skipped it; the history also says why.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_open</c> when the task was completed, skipped or closed first (then nothing of the skip is applied).</exception>
    public async Task<LabTask> SkipAsync(Guid taskId, Guid actorId, string reason, string? outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ShowToAsync(actorId, await TrySkipAsync(taskId, actorId, reason, outcome, cancellationToken), cancellationToken);
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
                // A task without a step changed meanwhile: read it again; a completion that won makes this not_open.
            }
        }
    }

    private async Task<LabTask> TrySkipAsync(Guid taskId, Guid actorId, string reason, string? outcome, CancellationToken cancellationToken)
    {
        var (task, lab) = await LoadAsync(taskId, cancellationToken);
        if (!await CanSeeAsync(actorId, task, lab, cancellationToken))
        {
            throw CannotSee(taskId);
        }

        await RequireManagerAsync(actorId, lab, task, cancellationToken);
        var problems = new InputErrors();
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add("reason", TaskMessages.SkipReasonRequired.Message);
        }

        problems.LimitText("reason", reason, TaskLimits.ReasonLength, "the reason for skipping")
            .LimitText("outcome", outcome, TaskLimits.IdentifierLength, "the action")
            .ThrowIfAny($"Task '{task.Title}' cannot be skipped.");

        if (!task.IsOpen)
        {
            throw NotOpen(task, TaskMessages.ConsequenceNothingToSkip);
        }

        if (outcome is not null && task.Actions.All(a => !string.Equals(a.Name, outcome, StringComparison.Ordinal)))
        {
            throw LabDomainException.Invalid("outcome", NoSuchAction(task, outcome));
        }

        if (task.BookmarkId is not { } bookmarkId)
        {
            var skipped = task.Skip(actorId.ToString(), reason.Trim(), timeProvider.GetUtcNow());
            return await commands.UpdateAsync(skipped, task.Version, cancellationToken);
        }

        var result = await runtime.ResumeAsync(bookmarkId, new ResumePayload(TaskResume.SkipStep(task.Id, reason.Trim(), outcome), actorId.ToString()), cancellationToken);
        var fresh = await tasks.FindAsync(taskId, cancellationToken) ?? task;
        if (result.Outcome != ResumeOutcome.Resumed || fresh.Status != LabTaskStatus.Skipped)
        {
            // Someone completed (or skipped, or closed) the step first: the engine did nothing with this skip.
            throw NotOpen(fresh, TaskMessages.ConsequenceSkipNotApplied);
        }

        return fresh;
    }

    /// <summary>Reminders due by <paramref name="now"/> that were not sent, leaving out paused labs.</summary>
    public async Task<IReadOnlyList<TaskReminderDue>> ListRemindersDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<TaskReminderDue>();
        var paused = new Dictionary<Guid, bool>();
        foreach (var task in await tasks.ListWithRemindersDueAsync(now, cancellationToken))
        {
            if (!paused.TryGetValue(task.LabId, out var isPaused))
            {
                isPaused = (await labs.FindAsync(task.LabId, cancellationToken))?.Paused ?? false;
                paused[task.LabId] = isPaused;
            }

            if (!isPaused)
            {
                // One reminder per task per run: the latest one due covers the earlier ones.
                due.Add(new TaskReminderDue(task, task.Reminders.Where(r => r <= now && !task.RemindersSent.Contains(r)).Max()));
            }
        }

        return due;
    }

    /// <summary>
    /// Records that the reminders of a task due at or before <paramref name="at"/> went out. A reminder due while a doer
    /// is away also went to their stand-in, so an open task goes to the stand-in as a new one would (<see cref="StandInRule"/>):
    /// the reminder's link then opens a task they may complete.
    /// </summary>
    public Task<LabTask> MarkRemindersSentAsync(Guid taskId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(taskId, async (task, _, _) =>
        {
            var marked = task with
            {
                RemindersSent = [.. task.RemindersSent, .. task.Reminders.Where(r => r <= at && !task.RemindersSent.Contains(r))],
            };
            return standIns is null || !task.IsOpen ? marked : await standIns.ApplyToNewTaskAsync(marked, calendar.DateOf(at), at, cancellationToken);
        }, cancellationToken, requireOpen: false);

    /// <summary>
    /// The task-assigned email to <paramref name="people"/>, keyed by the task's version: asking again for a change
    /// that changed nothing (a second claim by the same person) finds the rows of the first and sends nothing.
    /// </summary>
    private async Task<LabTask> SendAssignedAsync(LabTask task, IReadOnlyList<Guid> people, CancellationToken cancellationToken, bool dueDateMoved = false)
    {
        if (outbox is null || people.Count == 0)
        {
            return task;
        }

        var lab = await labs.FindAsync(task.LabId, cancellationToken);
        var requestId = NotificationIds.For(NotificationKind.Assigned, task.Id, $"v{task.Version}");
        var requests = TaskEmails.Requests(
            requestId,
            EmailTemplates.TaskAssigned,
            task,
            lab,
            await directory.ListPeopleAsync(people, cancellationToken),
            (model, _) =>
            {
                model["candidateGroup"] = task.AssigneeId is null;
                model["dueDateMoved"] = dueDateMoved;
            });
        await TaskEmails.EnqueueAsync(outbox, requests, cancellationToken);
        return task;
    }

    /// <summary>
    /// Reads the task, applies <paramref name="change"/> and writes it on the version read. A write that lost a race
    /// reads again and applies the change afresh (bounded), so the loser meets what the winner did: a closed task
    /// (<c>not_open</c>), a claim or hand-over (<c>conflict</c>), or a version other than <paramref name="expectedVersion"/>
    /// (<c>task_conflict</c>). <paramref name="viewerId"/>, when given, must be able to see the task before anything of it is told.
    /// </summary>
    private async Task<LabTask> ChangeAsync(
        Guid taskId,
        Func<LabTask, Lab?, DateTimeOffset, Task<LabTask>> change,
        CancellationToken cancellationToken,
        bool requireOpen = true,
        long? expectedVersion = null,
        Guid? viewerId = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (task, lab) = await LoadAsync(taskId, cancellationToken);
            if (viewerId is { } viewer && !await CanSeeAsync(viewer, task, lab, cancellationToken))
            {
                throw CannotSee(taskId);
            }

            if (requireOpen && !task.IsOpen)
            {
                throw NotOpen(task, TaskMessages.ConsequenceNoChange);
            }

            var changed = await change(task, lab, timeProvider.GetUtcNow());
            if (expectedVersion is { } expected && task.Version != expected)
            {
                throw new LabDomainException(
                    LabErrors.TaskConflict,
                    TaskMessages.VersionConflict.With(("title", task.Title), ("expected", expected), ("current", task.Version), ("change", LatestChange(task))));
            }

            if (ReferenceEquals(changed, task))
            {
                return viewerId is { } unchangedFor ? await readRule.ShowAsync(task, lab, unchangedFor, cancellationToken) : task;
            }

            try
            {
                var updated = await commands.UpdateAsync(changed, task.Version, cancellationToken);
                return viewerId is { } changedFor ? await readRule.ShowAsync(updated, lab, changedFor, cancellationToken) : updated;
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
                // Someone else wrote the task between the read and this write: decide again on what they left.
            }
        }
    }

    /// <summary>A task as <paramref name="viewerId"/> may see it (<see cref="AnswerReadRule"/>).</summary>
    private async Task<LabTask> ShowToAsync(Guid viewerId, LabTask task, CancellationToken cancellationToken) =>
        AnswerReadRule.Did(task, viewerId)
            // Who did the task reads it whole (the rule's first line) and is not logged: no lab or roles to read.
            ? task
            : await readRule.ShowAsync(task, await labs.FindAsync(task.LabId, cancellationToken), viewerId, cancellationToken);

    private async Task<(LabTask Task, Lab? Lab)> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken) ?? throw NotFound(TaskMessages.NotFound.With(("taskId", taskId)));
        return (task, await labs.FindAsync(task.LabId, cancellationToken));
    }

    private async Task<bool> CanSeeAsync(Guid viewerId, LabTask task, Lab? lab, CancellationToken cancellationToken) =>
        task.Involves(viewerId)
        || (lab is null ? await access.IsAdminAsync(viewerId, cancellationToken) : await access.CanSeeAsync(viewerId, lab, cancellationToken));

    private async Task RequireManagerAsync(Guid actorId, Lab? lab, LabTask task, CancellationToken cancellationToken)
    {
        var allowed = lab is null ? await access.IsAdminAsync(actorId, cancellationToken) : await access.CanManageAsync(actorId, lab, cancellationToken);
        if (!allowed)
        {
            throw Forbidden(TaskMessages.ManageForbidden.With(("taskId", task.Id)));
        }
    }

    /// <param name="field">The command's field that names the person, for the refusal.</param>
    private async Task RequireActivePersonAsync(Guid personId, string field, CancellationToken cancellationToken)
    {
        if (personId == Guid.Empty)
        {
            // No person chosen (a page's empty choice, an API body without the id).
            throw LabDomainException.Invalid(field, InputMessages.Required.With(("what", $"the person ({field})")));
        }

        var person = await directory.FindPersonAsync(personId, cancellationToken);
        if (person is not { Active: true })
        {
            throw LabDomainException.Invalid(field, person is null
                ? InputMessages.PersonUnknown.With(("personId", personId))
                : InputMessages.PersonInactive.With(("name", person.Name)));
        }
    }

    private static IReadOnlyList<Guid> Replace(IReadOnlyList<Guid> ids, Guid from, Guid to) =>
        [.. ids.Select(id => id == from ? to : id).Distinct()];

    private static TaskCompletionResult Completed(LabTask task)
    {
        var text = TaskMessages.Completed.With(("title", task.Title));
        return new(TaskCompletionStatus.Completed, task, [], text.English) { Text = text };
    }

    private static TaskCompletionResult AlreadyClosed(LabTask task)
    {
        var text = TaskMessages.AlreadyClosed.With(("title", task.Title), ("status", task.StatusText()));
        return new(TaskCompletionStatus.AlreadyClosed, task, [], text.English) { Text = text };
    }

    private static CodedMessage NoSuchAction(LabTask task, string action) =>
        TaskMessages.NoSuchAction.With(("title", task.Title), ("action", action), ("choices", string.Join(", ", task.Actions.Select(a => a.Name))));

    /// <summary>Whether <paramref name="personId"/> had the task before: a candidate, or its assignee at some point.</summary>
    private static bool WasFor(LabTask task, Guid personId) => task.Candidates.Contains(personId) || WasAssignee(task, personId);

    private static bool WasAssignee(LabTask task, Guid personId) =>
        task.History.Any(h => h.From == personId || h.To == personId || (h.Kind == TaskHistoryKind.Claimed && h.Actor == personId.ToString()));

    /// <summary>What took the task from its former holder, for a refusal to someone who could see it.</summary>
    private static CodedMessage HandedOverText(LabTask task) =>
        (task.History.LastOrDefault(h => h.Kind is TaskHistoryKind.Claimed or TaskHistoryKind.Delegated or TaskHistoryKind.Reassigned)?.Kind switch
        {
            TaskHistoryKind.Claimed => TaskMessages.HowClaimed,
            TaskHistoryKind.Delegated => TaskMessages.HowDelegated,
            TaskHistoryKind.Reassigned => TaskMessages.HowReassigned,
            _ => TaskMessages.HowAssigned,
        }).Message;

    /// <summary>The task's latest change, in words, for a refusal of a stale version.</summary>
    private static CodedMessage LatestChange(LabTask task) =>
        (task.History.LastOrDefault()?.Kind switch
        {
            TaskHistoryKind.Claimed => TaskMessages.ChangeClaimed,
            TaskHistoryKind.Delegated => TaskMessages.ChangeDelegated,
            TaskHistoryKind.Reassigned => TaskMessages.ChangeReassigned,
            TaskHistoryKind.DueDateMoved => TaskMessages.ChangeDueMoved,
            _ => TaskMessages.ChangeOther,
        }).Message;

    private static LabDomainException NotOpen(LabTask task, MessageText consequence) => task.NotOpenRefusal(consequence);

    /// <summary>The refusal for someone who may not see the task: its id only, nothing of its title or state.</summary>
    private static LabDomainException CannotSee(Guid taskId) =>
        Forbidden(TaskMessages.CannotSee.With(("taskId", taskId)));

    private static void CheckNote(string? note) =>
        new InputErrors().LimitText("note", note, TaskLimits.NoteLength, "the note").ThrowIfAny("The task cannot be handed over.");

    /// <summary>A text in every language it is given in: <paramref name="required"/> means not blank in any.</summary>
    private static void CheckText(InputErrors problems, string field, LocalizedText? text, int maxLength, string what, bool required)
    {
        var values = text is null ? [] : text.Invariant is { } invariant ? [invariant] : text.ByCulture.Values.ToList();
        if (required && (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace)))
        {
            problems.Add(field, InputMessages.Required.With(("what", what)));
            return;
        }

        foreach (var value in values)
        {
            problems.LimitText(field, value, maxLength, what);
        }
    }

    private static LabDomainException NotFound(CodedMessage message) => new(LabErrors.NotFound, message);

    private static LabDomainException Forbidden(CodedMessage message) => new(LabErrors.Forbidden, message);
}
