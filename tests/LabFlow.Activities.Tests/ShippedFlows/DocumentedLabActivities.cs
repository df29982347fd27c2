using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Flowchart;

namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>
/// The lab activity types exactly as docs/lab-activities.md lists them (names, inputs, required inputs, outcomes),
/// with the form checked by <see cref="FormDefinitionParser"/>. The shipped flows are held to the documented contract
/// with these, independently of how the lab domain's own descriptors are written.
/// </summary>
internal static class DocumentedLabActivities
{
    private static readonly ActivityInputDescriptor[] TaskLike =
    [
        Input("title", FlowValueType.Text, required: true),
        Input("instructions", FlowValueType.Text),
        Input("informed", FlowValueType.List),
        Input("due", FlowValueType.Date),
        Input("reminders", FlowValueType.List),
        Input("escalation", FlowValueType.Object),
        Input("tags", FlowValueType.List, expressions: false),
    ];

    private static readonly ActivityInputDescriptor Form = Input("form", FlowValueType.List, expressions: false);

    private static readonly ActivityInputDescriptor Readers = Input("readers", FlowValueType.List, expressions: false);

    public static IReadOnlyList<ActivityDescriptor> All { get; } =
    [
        Descriptor("UserTask", "Tasks", [.. TaskLike, Input("assignee", FlowValueType.Person, required: true), Form, Readers, Input("opens", FlowValueType.Date),
            Input("followUp", FlowValueType.Date), Input("actions", FlowValueType.List, expressions: false), Input("quorum", FlowValueType.Number, expressions: false)],
            OutcomeSource.FromInput("actions", whenAbsent: [ConnectionDefinition.DefaultOutcome])),
        Descriptor("PhaseGate", "Tasks", [.. TaskLike, Input("approver", FlowValueType.Person), Form, Readers], OutcomeSource.Fixed("Approve", "SendBack")),
        Descriptor("SendEmail", "Communication", [Input("to", FlowValueType.List, required: true), Input("subject", FlowValueType.Text, required: true),
            Input("body", FlowValueType.Text, required: true)]),
        Descriptor("Workshop", "Lab", [.. TaskLike, Input("assignee", FlowValueType.Person), Input("participants", FlowValueType.PersonList),
            Input("date", FlowValueType.Date, required: true), Input("startTime", FlowValueType.String), Input("durationMinutes", FlowValueType.Number),
            Input("location", FlowValueType.Text), Input("link", FlowValueType.String), Input("agenda", FlowValueType.List), Form, Readers]),
        Descriptor("FollowUp", "Lab", [.. TaskLike, Input("at", FlowValueType.Date, required: true), Input("assignee", FlowValueType.Person, required: true), Form, Readers]),
        Descriptor("CollectIdeas", "Lab", [.. TaskLike, Input("participants", FlowValueType.PersonList), Input("opens", FlowValueType.Date),
            Input("closes", FlowValueType.Date, required: true), Form, Input("anonymous", FlowValueType.Boolean), Input("resultVariable", FlowValueType.String)]),
        Descriptor("DotVote", "Lab", [.. TaskLike, Input("participants", FlowValueType.PersonList), Input("source", FlowValueType.String, required: true),
            Input("votesPerPerson", FlowValueType.Number), Input("anonymous", FlowValueType.Boolean), Input("votesPerIdea", FlowValueType.Number),
            Input("liveResults", FlowValueType.Boolean), Input("opens", FlowValueType.Date),
            Input("closes", FlowValueType.Date, required: true), Input("resultVariable", FlowValueType.String)]),
    ];

    public static WorkflowDefinitionLoader CreateLoader() =>
        new(new ActivityRegistry([.. CoreActivityDescriptors.All, .. All]), new JintExpressionEvaluator(new ExpressionOptions()));

    private static ActivityInputDescriptor Input(string name, FlowValueType type, bool required = false, bool expressions = true) =>
        new(name, type, LocalizedText.Of(name), Required: required, AllowsExpressions: expressions);

    private static ActivityDescriptor Descriptor(string type, string category, ActivityInputDescriptor[] inputs, OutcomeSource? outcomes = null) => new()
    {
        TypeName = type,
        Category = category,
        DisplayName = LocalizedText.Of(type),
        Inputs = inputs,
        Outcomes = outcomes ?? OutcomeSource.Fixed(ConnectionDefinition.DefaultOutcome),
        HandlerType = typeof(object),
        Validate = ValidateForm,
    };

    private static IEnumerable<ActivityValidationIssue> ValidateForm(ActivityValidationContext context) =>
        context.Activity.Inputs?["form"] is JsonNode form
            ? FormDefinitionParser.Parse(form).Errors.Select(e => new ActivityValidationIssue($"inputs.form{e.Path}", e.Message))
            : [];
}
