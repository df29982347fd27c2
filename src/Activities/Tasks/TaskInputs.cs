using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>Input descriptors the lab activity types share (docs/lab-activities.md).</summary>
public static class TaskInputs
{
    public static ActivityInputDescriptor Title { get; } =
        new("title", FlowValueType.Text, LocalizedText.Of("Rubrik", "Title"), Required: true);

    public static ActivityInputDescriptor Instructions { get; } =
        new("instructions", FlowValueType.Text, LocalizedText.Of("Instruktioner", "Instructions"), Editor: "markdown");

    public static ActivityInputDescriptor Informed { get; } =
        new("informed", FlowValueType.List, LocalizedText.Of("Hålls informerade", "Kept informed"), Editor: "roles", Rule: LabInputRules.RoleList);

    public static ActivityInputDescriptor Due { get; } =
        new("due", FlowValueType.Date, LocalizedText.Of("Klart senast", "Due"), Editor: "relativeDate");

    public static ActivityInputDescriptor Reminders { get; } =
        new("reminders", FlowValueType.List, LocalizedText.Of("Påminnelser (dagar före)", "Reminders (days before)"), Editor: "reminders", Default: new JsonArray(7, 2), Rule: LabInputRules.ReminderDays);

    public static ActivityInputDescriptor Escalation { get; } =
        new("escalation", FlowValueType.Object, LocalizedText.Of("Eskalering", "Escalation"), Editor: "escalation",
            Default: new JsonObject { ["overdueDays"] = 7, ["notify"] = "Facilitator" }, Rule: LabInputRules.Escalation);

    public static ActivityInputDescriptor Form { get; } =
        new("form", FlowValueType.List, LocalizedText.Of("Formulär", "Form"), Editor: "form", AllowsExpressions: false, Rule: LabInputRules.Form);

    /// <summary>Who may read the step's answers (<see cref="StepReaders"/>); written as data, never an expression, so the loader checks it.</summary>
    public static ActivityInputDescriptor Readers { get; } =
        new(StepReaders.InputName, FlowValueType.List, LocalizedText.Of("Vem läser svaren", "Who reads the answers"), Editor: "readers", AllowsExpressions: false, Rule: StepReaders.Rule);

    public static ActivityInputDescriptor Opens { get; } =
        new("opens", FlowValueType.Date, LocalizedText.Of("Öppnar", "Opens"), Editor: "relativeDate");

    /// <summary>Every task-like type takes these.</summary>
    public static IReadOnlyList<ActivityInputDescriptor> Common { get; } = [Title, Instructions, Informed, Due, Reminders, Escalation, Reports.StepTags.Input];

    public static ActivityInputDescriptor Assignee(bool required, string? defaultRole = null, string name = "assignee", LocalizedText? displayName = null) =>
        new(name, FlowValueType.Person, displayName ?? LocalizedText.Of("Ansvarig", "Assignee"), Editor: "assignee", Required: required,
            Default: defaultRole is null ? null : new JsonObject { ["role"] = defaultRole }, Rule: LabInputRules.Assignee);

    public static ActivityInputDescriptor Participants { get; } =
        new("participants", FlowValueType.PersonList, LocalizedText.Of("Deltagare", "Participants"), Editor: "assignee",
            Default: new JsonObject { ["role"] = "Participant" }, Rule: LabInputRules.Assignee);
}
