using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Launches labs and changes them as a whole: pause, resume, move the start date, see progress. Every change has one
/// winner: one that lost a race reads the lab again and is refused with <c>conflict</c> when what it asked for
/// already holds (paused twice), or with <c>lab_conflict</c> when it carried a version the lab no longer has.
/// </summary>
public sealed class LabService(
    ILabStore labs,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    IDirectory directory,
    LabAccess access,
    LabCalendar calendar,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    IWorkflowJournalStore journal,
    TimeProvider timeProvider,
    Register.IParticipantRegisterStore? schedules = null,
    AssigneeResolver? resolver = null)
{
    /// <summary>How often a change that lost a race reads the lab (or a task) again before giving up with a conflict.</summary>
    private const int MaxAttempts = 5;

    /// <summary>
    /// Starts the lab's flow with the lab row as part of its first burst (<see cref="LabLaunched"/>): both commit or
    /// neither does. The instance has the lab's id and sees the lab as <c>lab</c>.
    /// </summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless a facilitator of the administration or an admin; <c>invalid</c> with every problem at once.</exception>
    public async Task<Lab> LaunchAsync(LaunchLabRequest request, Guid actorId, CancellationToken cancellationToken)
    {
        if (!await access.CanLaunchAsync(actorId, request.AdministrationId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, LabMessages.LaunchForbidden.With(("administration", request.AdministrationId)));
        }

        var problems = new InputErrors()
            .RequireText("definitionId", request.DefinitionId, LabLimits.DefinitionIdLength, "the id of a published flow")
            .RequireText("title", request.Title, LabLimits.TitleLength, "the lab a title")
            .RequireText("challenge", request.Challenge, LabLimits.ChallengeLength, "the lab its challenge, a question such as \"Hur kan vi …?\"")
            .RequireId("administrationId", request.AdministrationId, "the administration's id");
        var administration = InputIds.IsValid(request.AdministrationId) ? await directory.FindAdministrationAsync(request.AdministrationId, cancellationToken) : null;
        if (InputIds.IsValid(request.AdministrationId) && administration is null)
        {
            problems.Add("administrationId", InputMessages.AdministrationUnknown.With(("administration", request.AdministrationId)));
        }
        else if (administration is { IsRetired: true })
        {
            problems.Add("administrationId", LabMessages.AdministrationRetired.With(("administration", request.AdministrationId)));
        }

        var targetAreas = request.TargetAreas ?? [];
        if (targetAreas.Count > LabLimits.TargetAreaCount)
        {
            problems.Add("targetAreas", LabMessages.TooManyTargetAreas.With(("max", LabLimits.TargetAreaCount), ("count", targetAreas.Count)));
        }

        for (var i = 0; i < targetAreas.Count; i++)
        {
            problems.RequireText($"targetAreas[{i}]", targetAreas[i], LabLimits.TargetAreaLength, "the target area");
        }

        for (var i = 0; i < request.People.Count; i++)
        {
            problems.RequireDefined($"people[{i}].role", request.People[i].Role);
        }

        var people = await CheckPeopleAsync(problems, [.. request.People.Select((p, i) => ($"people[{i}].personId", p.PersonId))], cancellationToken);

        if (!string.IsNullOrWhiteSpace(request.DefinitionId) && request.DefinitionId.Length <= LabLimits.DefinitionIdLength)
        {
            var definition = request.Version is { } version
                ? await definitions.FindVersionAsync(request.DefinitionId, version, cancellationToken)
                : await definitions.FindLatestAsync(request.DefinitionId, cancellationToken);
            if (definition is null)
            {
                problems.Add(request.Version is null ? "definitionId" : "version", request.Version is null
                    ? LabMessages.FlowNotPublished.With(("definitionId", request.DefinitionId))
                    : LabMessages.FlowVersionNotPublished.With(("definitionId", request.DefinitionId), ("version", request.Version)));
            }
            else
            {
                LaunchWorkshops.Check(problems, definition.Definition, request);
            }
        }

        problems.ThrowIfAny("The lab cannot be launched until every field is fixed.");

        // The lab's id is its flow instance's: time-ordered, so its rows (the lab, the instance, its journal) land at the
        // end of their tables' B-trees instead of at random leaves (issue 17: pages per burst).
        var lab = new Lab(
            Guid.CreateVersion7(),
            request.DefinitionId,
            request.Title.Trim(),
            request.AdministrationId,
            request.Challenge.Trim(),
            request.TargetAreas ?? [],
            [.. request.People.Distinct()],
            request.StartDate,
            Paused: false,
            WholeMicroseconds(timeProvider.GetUtcNow()),
            actorId.ToString());

        // The start burst finds the lab's people as just checked (issue 17: they were read again per role).
        resolver?.Remember(lab, people);

        // The lab row is an effect of the flow's start burst, so the lab and its instance commit in one transaction:
        // a refused start writes neither, and a crash before the commit leaves no lab that answers 404.
        var inputs = (JsonObject?)request.Inputs?.DeepClone() ?? [];
        inputs["challenge"] ??= lab.Challenge;
        await LaunchWorkshops.SaveAsync(schedules, lab.Id, request, actorId, timeProvider.GetUtcNow(), cancellationToken);
        await runtime.StartAsync(
            new StartWorkflowRequest(lab.DefinitionId, inputs, actorId.ToString(), request.Version, LabContext.For(lab), lab.Id, [new LabLaunched(Guid.NewGuid(), lab)]),
            cancellationToken);

        // The lab as its start burst stored it (LabLaunched; issue 17: it was read back): its time is in whole
        // microseconds, as PostgreSQL keeps it, so the answer is what a read would give.
        return lab with { Version = 1 };
    }

    /// <summary>
    /// The earliest start date at which none of the flow's tasks would be dated in the past (<see cref="LaunchDates"/>);
    /// <c>null</c> when the flow has no such published version. A lab launched earlier gets those tasks on its launch day.
    /// </summary>
    public async Task<DateOnly?> EarliestStartAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var definition = version is { } v
            ? await definitions.FindVersionAsync(definitionId, v, cancellationToken)
            : await definitions.FindLatestAsync(definitionId, cancellationToken);
        return definition is null ? null : LaunchDates.EarliestStart(definition.Definition, calendar.DateOf(timeProvider.GetUtcNow()), calendar);
    }

    public async Task<Lab> GetAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await FindAsync(labId, cancellationToken);
        return await access.CanSeeAsync(viewerId, lab, cancellationToken)
            ? lab
            : throw new LabDomainException(LabErrors.Forbidden, LabMessages.CannotSee.With(("labId", labId)));
    }

    /// <summary>The lab, when <paramref name="actorId"/> may manage it (its facilitators, its administration's, administrators).</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> when they cannot see or cannot manage it.</exception>
    public async Task<Lab> RequireManagerAsync(Guid labId, Guid actorId, CancellationToken cancellationToken)
    {
        var lab = await GetAsync(labId, actorId, cancellationToken);
        return await access.CanManageAsync(actorId, lab, cancellationToken)
            ? lab
            : throw new LabDomainException(LabErrors.Forbidden, LabMessages.ManageForbidden.With(("labId", labId)));
    }

    /// <summary>The labs <paramref name="viewerId"/> can see, newest first.</summary>
    public async Task<IReadOnlyList<Lab>> ListAsync(Guid viewerId, string? administrationId, CancellationToken cancellationToken)
    {
        var visible = new List<Lab>();
        foreach (var lab in await labs.ListAsync(administrationId, cancellationToken))
        {
            if (await access.CanSeeAsync(viewerId, lab, cancellationToken))
            {
                visible.Add(lab);
            }
        }

        return visible;
    }

    /// <summary>Done, active and ahead per phase of the lab's flow, computed from the instance and its journal.</summary>
    public async Task<IReadOnlyList<PhaseProgress>> GetProgressAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        await GetAsync(labId, viewerId, cancellationToken);
        var instance = await instances.FindAsync(labId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NoRunningFlow.With(("labId", labId)));
        var definition = await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.FlowVersionMissing.With(("labId", labId), ("definitionId", instance.DefinitionId), ("version", instance.DefinitionVersion)));
        return LabPhases.Compute(definition.Definition, instance, await journal.ListAsync(labId, cancellationToken));
    }

    /// <summary>Pauses the lab: no reminders or escalations go out until it is resumed.</summary>
    /// <exception cref="LabDomainException"><c>conflict</c> when the lab is already paused (by a concurrent pause, too).</exception>
    public Task<Lab> PauseAsync(Guid labId, Guid actorId, CancellationToken cancellationToken) =>
        ChangeAsync(labId, actorId, lab => lab.Paused
            ? throw new LabDomainException(LabErrors.Conflict, LabMessages.AlreadyPaused.With(("title", lab.Title)))
            : lab with { Paused = true }, cancellationToken);

    /// <exception cref="LabDomainException"><c>conflict</c> when the lab is not paused (resumed by someone else first, too).</exception>
    public Task<Lab> ResumeAsync(Guid labId, Guid actorId, CancellationToken cancellationToken) =>
        ChangeAsync(labId, actorId, lab => lab.Paused
            ? lab with { Paused = false }
            : throw new LabDomainException(LabErrors.Conflict, LabMessages.NotPaused.With(("title", lab.Title))), cancellationToken);

    /// <summary>Adds a person to the lab with a role (steps that run later resolve roles among them first).</summary>
    /// <exception cref="LabDomainException"><c>conflict</c> when they already have that role in the lab (added by someone else first, too).</exception>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless a manager of the lab; <c>invalid</c> for a role that does not exist or a person not in the directory or no longer active.</exception>
    public async Task<Lab> AddPersonAsync(Guid labId, LabMember member, Guid actorId, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(labId, actorId, cancellationToken);
        var problems = new InputErrors().RequireDefined("role", member.Role);
        await CheckPeopleAsync(problems, [("personId", member.PersonId)], cancellationToken);
        problems.ThrowIfAny($"Person {member.PersonId} cannot be added to lab {labId}.");
        var name = (await directory.FindPersonAsync(member.PersonId, cancellationToken))?.Name ?? member.PersonId.ToString();
        return await ChangeAsync(labId, actorId, lab => lab.People.Contains(member)
            ? throw new LabDomainException(LabErrors.Conflict, LabPeopleMessages.AlreadyInLab.With(("name", name), ("title", lab.Title), ("role", LabPeopleMessages.RoleName(member.Role))))
            : lab with { People = [.. lab.People, member] }, cancellationToken);
    }

    /// <summary>Cancels the lab's flow: open tasks close, timers are dropped, and the timeline keeps the reason.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> unless a manager of the lab; <c>invalid</c> for a missing or too long reason.</exception>
    /// <exception cref="WorkflowException"><c>instance_ended</c> when the flow has already ended or been cancelled.</exception>
    public async Task<WorkflowRunResult> CancelAsync(Guid labId, string? reason, Guid actorId, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(labId, actorId, cancellationToken);
        var trimmed = reason?.Trim();
        new InputErrors()
            .RequireText("reason", trimmed, LabLimits.ReasonLength, "the reason for cancelling the lab")
            .ThrowIfAny($"Lab {labId} cannot be cancelled.");
        return await runtime.CancelAsync(labId, actorId.ToString(), trimmed, cancellationToken);
    }

    /// <summary>Runs the failed step behind an open incident again.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> unless a manager of the lab.</exception>
    /// <exception cref="WorkflowException"><c>incident_not_found</c> when the incident was retried or skipped already.</exception>
    public async Task<WorkflowRunResult> RetryFailedStepAsync(Guid labId, Guid incidentId, Guid actorId, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(labId, actorId, cancellationToken);
        return await runtime.RetryAsync(labId, incidentId, actorId.ToString(), cancellationToken);
    }

    /// <summary>A time as PostgreSQL's <c>timestamptz</c> keeps it (SQLite keeps every tick).</summary>
    private static DateTimeOffset WholeMicroseconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Each person named at <c>path</c> must be in the directory and active; returns those found.</summary>
    private async Task<Dictionary<Guid, Person>> CheckPeopleAsync(InputErrors problems, IReadOnlyList<(string Path, Guid PersonId)> people, CancellationToken cancellationToken)
    {
        var found = (await directory.ListPeopleAsync([.. people.Select(p => p.PersonId).Distinct()], cancellationToken)).ToDictionary(p => p.Id);
        foreach (var (path, personId) in people)
        {
            if (!found.TryGetValue(personId, out var person))
            {
                problems.Add(path, LabMessages.MemberUnknown.With(("personId", personId)));
            }
            else if (!person.Active)
            {
                problems.Add(path, InputMessages.PersonInactive.With(("name", person.Name)));
            }
        }

        return found;
    }

    /// <summary>
    /// Skips the failed step behind an open incident: the step is not run again, its branch goes on with the step's
    /// default outcome (or the one chosen) or ends, and the lab's journal says who skipped it and why. Only those who
    /// manage the lab may do it.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c>, or <c>invalid</c> for a missing or too long reason.</exception>
    /// <exception cref="WorkflowException"><c>incident_not_found</c> when the incident was retried or skipped already; <c>invalid_outcome</c>; <c>instance_ended</c>.</exception>
    public async Task<WorkflowRunResult> SkipFailedStepAsync(Guid labId, SkipFailedStepRequest request, Guid actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lab = await FindAsync(labId, cancellationToken);
        if (!await access.CanManageAsync(actorId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, LabMessages.SkipForbidden.With(("labId", lab.Id)));
        }

        var reason = request.Reason?.Trim();
        new InputErrors()
            .RequireText("reason", reason, LabLimits.ReasonLength, "the reason for skipping the step")
            .ThrowIfAny($"The failed step of lab {labId} cannot be skipped.");

        return await runtime.SkipAsync(
            labId,
            request.IncidentId,
            new SkipIncidentRequest(actorId.ToString(), reason!, request.Outcome, request.EndBranch),
            cancellationToken);
    }

    /// <summary>
    /// Moves the lab's start date. Open tasks whose due date counts from the start move with it (reminders and
    /// escalation follow); waiting timers that count from the start (follow-ups, closing idea collections and votes,
    /// the end of a step's window) move by the same number of days; steps that run later count from the new date,
    /// and scripts see the new <c>lab.startDate</c>. With <paramref name="expectedVersion"/> (the version the caller
    /// read) a lab changed since is refused with <c>lab_conflict</c>, so two moves at once are told from two in a row.
    /// </summary>
    public async Task<Lab> MoveStartDateAsync(Guid labId, DateOnly startDate, Guid actorId, CancellationToken cancellationToken, long? expectedVersion = null)
    {
        // The shift is taken from the lab the move was applied to, not from an earlier read.
        var before = default(DateOnly);
        var lab = await ChangeAsync(
            labId,
            actorId,
            l =>
            {
                before = l.StartDate;
                return l with { StartDate = startDate };
            },
            cancellationToken,
            expectedVersion);
        var now = timeProvider.GetUtcNow();
        foreach (var listed in await tasks.ListByLabAsync(labId, cancellationToken))
        {
            await MoveTaskWithStartAsync(listed.Id, startDate, actorId, now, cancellationToken);
        }

        await ReplanTimersAsync(lab, startDate.DayNumber - before.DayNumber, actorId, cancellationToken);
        return lab;
    }

    /// <summary>Moves one open task's start-relative due date; a task changed meanwhile (a reminder sent) is read again.</summary>
    private async Task MoveTaskWithStartAsync(Guid taskId, DateOnly startDate, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await tasks.FindAsync(taskId, cancellationToken) is not { IsOpen: true, DueSpec: JsonObject spec } task
                || !RelativeDates.CountsFromStart(spec)
                || !RelativeDates.TryResolve(spec, startDate, calendar.DateOf(task.CreatedAt), calendar, out var due))
            {
                return;
            }

            var moved = TaskSchedule.WithDue(task, calendar.DueDate(due), calendar, now)
                .WithHistory(new TaskHistoryEntry(now, actorId.ToString(), TaskHistoryKind.DueDateMoved, Note: $"Lab start date moved to {startDate:yyyy-MM-dd}."));
            try
            {
                await taskCommands.UpdateAsync(moved, task.Version, cancellationToken);
                return;
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
            }
        }
    }

    /// <summary>Gives the running flow the lab's new dates: its <c>lab</c> object, and its start-relative timers moved.</summary>
    private async Task ReplanTimersAsync(Lab lab, int shiftDays, Guid actorId, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(lab.Id, cancellationToken) is not { Status: WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted } instance)
        {
            return;
        }

        var definition = (await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken))?.Definition;
        await runtime.ReplanAsync(
            lab.Id,
            new ReplanRequest(
                actorId.ToString(),
                LabContext.For(lab),
                timer => shiftDays != 0 && definition?.FindActivity(timer.ActivityId) is { } activity && CountsFromStart(activity)
                    ? timer.DueAt!.Value.AddDays(shiftDays)
                    : null,
                $"Lab start date moved to {lab.StartDate:yyyy-MM-dd}."),
            cancellationToken);
    }

    /// <summary>Whether the date behind an activity's timer counts from the lab's start (and so moves with it).</summary>
    private static bool CountsFromStart(Workflows.Definitions.ActivityNode activity)
    {
        var input = activity.Type switch
        {
            "FollowUp" => "at",
            "CollectIdeas" or "DotVote" => "closes",
            _ => "due",
        };
        return activity.Inputs?[input] switch
        {
            JsonObject spec when RelativeDates.CountsFromStart(spec) => true,
            JsonObject { } script when script["js"] is JsonValue js && js.ToString().Contains("lab.startDate", StringComparison.Ordinal) => true,
            _ => false,
        };
    }

    /// <summary>
    /// Reads the lab, checks the actor may manage it (a refusal names the lab by id only), applies
    /// <paramref name="change"/> and writes it on the version read; a write that lost a race reads again and applies
    /// the change afresh (bounded), so the loser meets what the winner did.
    /// </summary>
    private async Task<Lab> ChangeAsync(Guid labId, Guid actorId, Func<Lab, Lab> change, CancellationToken cancellationToken, long? expectedVersion = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var lab = await FindAsync(labId, cancellationToken);
            if (!await access.CanManageAsync(actorId, lab, cancellationToken))
            {
                throw new LabDomainException(LabErrors.Forbidden, LabMessages.ChangeForbidden.With(("labId", labId)));
            }

            var changed = change(lab);
            if (expectedVersion is { } expected && lab.Version != expected)
            {
                throw new LabDomainException(
                    LabErrors.LabConflict,
                    LabMessages.VersionConflict.With(("title", lab.Title), ("expected", expected), ("current", lab.Version)));
            }

            try
            {
                return await labs.UpdateAsync(changed, lab.Version, cancellationToken);
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.LabConflict && attempt < MaxAttempts)
            {
                // Someone else changed the lab between the read and this write: decide again on what they left.
            }
        }
    }

    private async Task<Lab> FindAsync(Guid labId, CancellationToken cancellationToken) =>
        await labs.FindAsync(labId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NotFound.With(("labId", labId)));
}
