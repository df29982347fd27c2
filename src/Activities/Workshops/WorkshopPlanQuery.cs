using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Workshops;

/// <summary>A workshop of a lab as it will be held: the flow's plan with the lab's own time, place and link over it.</summary>
/// <param name="Changed">Whether the lab set its own time, place or link (the invitation then says so).</param>
public sealed record WorkshopPlan(
    string ActivityId,
    LocalizedText Title,
    DateOnly? Date,
    TimeOnly Start,
    int DurationMinutes,
    string? Location,
    string? MeetingLink,
    JsonArray Agenda,
    bool Changed);

/// <summary>A lab's workshops for its workshop page; <paramref name="CanChange"/> when the caller may set their time and place.</summary>
public sealed record LabWorkshopPlans(Lab Lab, bool CanChange, IReadOnlyList<WorkshopPlan> Workshops);

/// <summary>
/// The workshop page's and the facilitator's clock's read: every <c>Workshop</c> step of the lab's flow version with the
/// time, place, meeting link and agenda the invitation carries. Seen by whoever may see the lab; the agenda is the
/// flow's plan, not anyone's answers.
/// </summary>
public sealed class WorkshopPlanQuery(
    ILabStore labs,
    LabAccess access,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    ParticipantRegisterService register,
    IParticipantRegisterStore schedules)
{
    /// <summary>Default length of a workshop whose step names none (as <see cref="WorkshopHandler"/> reads it).</summary>
    public const int DefaultMinutes = 120;

    public async Task<LabWorkshopPlans> ForLabAsync(Guid callerId, Guid labId, CultureInfo culture, CancellationToken cancellationToken)
    {
        // A lab the caller may not see answers as one that does not exist, so ids cannot be probed.
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(callerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.NotFound, RegisterMessages.LabNotFound.With(("labId", labId)));
        }

        var canChange = await access.CanManageAsync(callerId, lab, cancellationToken);
        if (await instances.FindAsync(lab.Id, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored)
        {
            return new LabWorkshopPlans(lab, canChange, []);
        }

        var days = (await register.WorkshopsAsync(lab, cancellationToken)).ToDictionary(w => w.ActivityId, w => w.Date, StringComparer.Ordinal);
        var own = (await schedules.ListSchedulesAsync(lab.Id, cancellationToken)).ToDictionary(s => s.ActivityId, StringComparer.Ordinal);
        return new LabWorkshopPlans(lab, canChange, [.. ParticipantRegisterService.WorkshopSteps(stored.Definition)
            .Select(step => Plan(step, days.GetValueOrDefault(step.Id), own.GetValueOrDefault(step.Id), culture))]);
    }

    /// <summary>The start of a workshop step: the lab's own time, else the step's <c>startTime</c>, else nine o'clock.</summary>
    public static TimeOnly StartOf(ActivityNode step, WorkshopSchedule? schedule) =>
        schedule?.StartTime
        ?? (step.Inputs?["startTime"] is JsonValue value && value.TryGetValue<string>(out var text)
            && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : WorkshopHandler.DefaultStart);

    private static WorkshopPlan Plan(ActivityNode step, DateOnly? day, WorkshopSchedule? schedule, CultureInfo culture)
    {
        var start = StartOf(step, schedule);
        var minutes = schedule?.DurationMinutes
            ?? (step.Inputs?["durationMinutes"] is JsonValue d && d.TryGetValue<int>(out var m) ? m : DefaultMinutes);
        var location = schedule?.Location ?? TaskPlanner.ToText(step.Inputs?["location"])?.Get(culture);
        var link = schedule?.MeetingLink ?? (step.Inputs?["link"] is JsonValue l && l.TryGetValue<string>(out var url) ? url : null);
        return new WorkshopPlan(
            step.Id,
            ParticipantRegisterService.Title(step),
            schedule?.Date ?? day,
            start,
            minutes,
            location,
            link,
            WorkshopAgenda.Items(step.Inputs?["agenda"], start, culture),
            schedule is not null);
    }
}
