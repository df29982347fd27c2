using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Workshops;

/// <summary>
/// A workshop: invites the participants and the facilitator (an email with a calendar invitation), and gives the
/// facilitator a task that opens on the workshop's day for what is filled in afterwards (attendance …).
/// </summary>
internal sealed class WorkshopHandler(TaskPlanner planner, TaskStepCompletion completion, Register.IParticipantRegisterStore schedules) : IActivityHandler
{
    /// <summary>When a workshop starts when its step gives no <c>startTime</c>.</summary>
    internal static readonly TimeOnly DefaultStart = new(9, 0);

    private static readonly IReadOnlyList<TaskAction> Actions = [new(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))];

    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            var scope = await planner.ReadScopeAsync(context, cancellationToken);
            var date = planner.ResolveDate(context, scope, "date")
                ?? throw new StepConfigurationException($"{TaskPlanner.Describe(context)} needs 'date', the day of the workshop.");

            // The lab's own time, place and link (set at launch or on the lab's page) win over the flow's.
            var schedule = (await schedules.ListSchedulesAsync(context.InstanceId, cancellationToken))
                .FirstOrDefault(w => string.Equals(w.ActivityId, context.Activity.Id, StringComparison.Ordinal));
            date = schedule?.Date ?? date;
            var startText = context.GetInput("startTime") is JsonValue s && s.TryGetValue<string>(out var text) ? text : DefaultStart.ToString("HH:mm", CultureInfo.InvariantCulture);
            if (!TimeOnly.TryParseExact(startText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                throw new StepConfigurationException($"{TaskPlanner.Describe(context)}: startTime '{startText}' is not a time such as \"13:00\".");
            }

            var minutes = context.GetInput("durationMinutes") is JsonValue d && d.TryGetValue<int>(out var m) ? m : 120;
            var participants = await planner.Resolver.ResolveAsync(
                context.GetInput("participants"), scope.Lab, scope.AdministrationId, $"{TaskPlanner.Describe(context)}: input 'participants'", cancellationToken);
            var tasks = await planner.CreateTasksAsync(context, "assignee", Actions, cancellationToken, opens: date, defaultDue: date, run: scope.Run);

            var startsAt = planner.Calendar.At(date, start);
            var facilitators = await planner.Resolver.ResolveAsync(
                context.GetInput("assignee"), scope.Lab, scope.AdministrationId, $"{TaskPlanner.Describe(context)}: input 'assignee'", cancellationToken);
            var invited = participants.People.Concat(facilitators.People).DistinctBy(p => p.Id).ToList();
            var title = TaskPlanner.ReadText(context, "title") ?? LocalizedText.Of(context.Activity.Id);
            foreach (var group in invited.GroupBy(p => p.Culture, StringComparer.Ordinal))
            {
                var culture = CultureInfo.GetCultureInfo(group.Key);
                var model = new JsonObject
                {
                    ["eventId"] = context.InstanceId + "/" + context.Activity.Id,
                    ["title"] = title.Get(culture),
                    // The names the workshop-invitation templates and its calendar invitation read.
                    ["workshopId"] = context.InstanceId + "/" + context.Activity.Id,
                    ["workshopTitle"] = title.Get(culture),
                    ["labId"] = context.InstanceId.ToString(),
                    ["labTitle"] = scope.Lab?.Title,
                    ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["startTime"] = start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    ["durationMinutes"] = minutes,
                    ["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture),
                    ["endsAt"] = startsAt.AddMinutes(minutes).ToString("O", CultureInfo.InvariantCulture),
                    ["location"] = TaskPlanner.ReadText(context, "location")?.Get(culture),
                    ["link"] = context.GetInput("link")?.DeepClone(),
                    ["agenda"] = context.GetInput("agenda")?.DeepClone(),
                    // The agenda in the recipient's language with each item's clock time, and the meeting link
                    // ("link" is the template's link into LabFlow), for the templates and the calendar file.
                    ["agendaItems"] = WorkshopAgenda.Items(context.GetInput("agenda"), start, culture),
                    ["meetingLink"] = context.GetInput("link") is JsonValue meeting && meeting.TryGetValue<string>(out var url) ? url : null,
                };
                if (schedule is not null)
                {
                    Register.WorkshopScheduleService.Apply(model, schedule with { Date = date }, culture);
                }

                context.AddEffect(new EmailRequested(
                    Guid.NewGuid(),
                    context.InstanceId,
                    tasks.FirstOrDefault()?.Id,
                    EmailTemplates.WorkshopInvitation,
                    [.. group.Select(p => new EmailRecipient(p.Id, p.Email, p.Name, p.Culture))],
                    model));
            }

            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }

    public ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken) =>
        completion.ResumeAsync(context, bookmark, payload, Actions, cancellationToken);
}
