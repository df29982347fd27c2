using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Workshops;

public static class WorkshopActivityDescriptors
{
    public static ActivityDescriptor Workshop { get; } = new()
    {
        TypeName = "Workshop",
        Category = "Lab",
        DisplayName = LocalizedText.Of("Workshop", "Workshop"),
        Description = LocalizedText.Of(
            "Bjuder in deltagarna med kalenderinbjudan; processledaren fyller i formuläret efteråt.",
            "Invites the participants with a calendar invitation; the facilitator fills in the form afterwards."),
        Inputs =
        [
            .. TaskInputs.Common,
            TaskInputs.Assignee(required: false, defaultRole: "Facilitator", displayName: LocalizedText.Of("Processledare", "Facilitator")),
            TaskInputs.Participants,
            new("date", FlowValueType.Date, LocalizedText.Of("Datum", "Date"), Editor: "relativeDate", Required: true),
            new("startTime", FlowValueType.String, LocalizedText.Of("Starttid", "Start time"), Editor: "time", Rule: LabInputRules.TimeOfDay),
            new("durationMinutes", FlowValueType.Number, LocalizedText.Of("Längd (minuter)", "Duration (minutes)"), Rule: LabInputRules.PositiveCount),
            new("location", FlowValueType.Text, LocalizedText.Of("Plats", "Location")),
            new("link", FlowValueType.String, LocalizedText.Of("Länk", "Link")),
            new("agenda", FlowValueType.List, LocalizedText.Of("Agenda", "Agenda"), Editor: "agenda"),
            TaskInputs.Form,
            TaskInputs.Readers,
        ],
        HandlerType = typeof(WorkshopHandler),
        Validate = context => Tasks.RestrictedAnswerCopies.Validate(context).Concat(FormPrefillRule.Validate(context)),
    };
}
