using LabFlow.Activities.Messages;
using LabFlow.Activities.Register;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The workshops' day, time, place and meeting link a facilitator gives at launch: checked as a later change is
/// (<see cref="WorkshopScheduleService.Check"/>), and stored before the flow starts, so a workshop that starts in the
/// launch's own burst already invites people to the lab's time and place.
/// </summary>
internal static class LaunchWorkshops
{
    /// <summary>Each entry must name a workshop step of the flow and have valid parts; errors under <c>workshops.{step}.{field}</c>.</summary>
    public static void Check(InputErrors problems, WorkflowDefinition definition, LaunchLabRequest request)
    {
        if (request.Workshops is not { Count: > 0 } workshops)
        {
            return;
        }

        var steps = ParticipantRegisterService.WorkshopSteps(definition).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (activityId, input) in workshops)
        {
            var prefix = $"workshops.{InputErrors.Shortened(activityId)}.";
            if (!steps.Contains(activityId))
            {
                problems.Add(prefix.TrimEnd('.'), RegisterMessages.NotAWorkshop.With(("activityId", InputErrors.Shortened(activityId)), ("title", request.Title)));
                continue;
            }

            WorkshopScheduleService.Check(problems, prefix, input);
        }
    }

    /// <summary>
    /// Stores the given schedules (those with any part set) at SEQUENCE 0, the first invitation's. Written before the
    /// start burst: a start that is then refused leaves rows for a lab id nobody can reach, which nothing reads.
    /// </summary>
    public static async Task SaveAsync(IParticipantRegisterStore? store, Guid labId, LaunchLabRequest request, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (store is null || request.Workshops is not { Count: > 0 } workshops)
        {
            return;
        }

        foreach (var (activityId, input) in workshops)
        {
            var location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
            var link = string.IsNullOrWhiteSpace(input.MeetingLink) ? null : input.MeetingLink.Trim();
            if (input.Date is null && input.StartTime is null && input.DurationMinutes is null && location is null && link is null)
            {
                continue;
            }

            await store.SaveScheduleAsync(
                new WorkshopSchedule(labId, activityId, input.Date, input.StartTime, input.DurationMinutes, location, link, Sequence: 0, actorId, now),
                cancellationToken);
        }
    }
}
