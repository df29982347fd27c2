using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>The descriptors of the human task types.</summary>
public static class TaskActivityDescriptors
{
    public const string Category = "Tasks";

    public static ActivityDescriptor UserTask { get; } = new()
    {
        TypeName = "UserTask",
        Category = Category,
        DisplayName = LocalizedText.Of("Uppgift", "User task"),
        Description = LocalizedText.Of(
            "En uppgift för en person eller roll, med formulär, förfallodatum och påminnelser.",
            "A task for a person or role, with a form, a due date and reminders."),
        Inputs =
        [
            .. TaskInputs.Common,
            TaskInputs.Assignee(required: true),
            TaskInputs.Form,
            TaskInputs.Readers,
            TaskInputs.Opens,
            new("followUp", FlowValueType.Date, LocalizedText.Of("Uppföljning", "Follow-up"), Editor: "relativeDate"),
            new("actions", FlowValueType.List, LocalizedText.Of("Knappar", "Actions"), Editor: "actions", AllowsExpressions: false, Rule: LabInputRules.Actions),
            StepQuorum.Input,
        ],
        Outcomes = OutcomeSource.FromInput("actions", whenAbsent: [ConnectionDefinition.DefaultOutcome]),
        HandlerType = typeof(UserTaskHandler),
        Validate = context => StepQuorum.Validate(context).Concat(Forms.DataProtectionOrder.Validate(context)).Concat(RestrictedAnswerCopies.Validate(context)).Concat(FormPrefillRule.Validate(context)),
    };

    public static ActivityDescriptor PhaseGate { get; } = new()
    {
        TypeName = "PhaseGate",
        Category = Category,
        DisplayName = LocalizedText.Of("Fasgrind", "Phase gate"),
        Description = LocalizedText.Of(
            "Beslut i slutet av en fas: godkänn eller skicka tillbaka.",
            "A decision at the end of a phase: approve or send back."),
        Inputs =
        [
            .. TaskInputs.Common,
            TaskInputs.Assignee(required: false, defaultRole: "Sponsor", name: "approver", displayName: LocalizedText.Of("Beslutsfattare", "Approver")),
            TaskInputs.Form,
            TaskInputs.Readers,
        ],
        Outcomes = OutcomeSource.Fixed(PhaseGateHandler.Approve, PhaseGateHandler.SendBack),
        HandlerType = typeof(PhaseGateHandler),
        Validate = context => RestrictedAnswerCopies.Validate(context).Concat(FormPrefillRule.Validate(context)),
    };
}
