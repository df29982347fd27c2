using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.FollowUps;

public static class FollowUpActivityDescriptors
{
    public static ActivityDescriptor FollowUp { get; } = new()
    {
        TypeName = "FollowUp",
        Category = "Lab",
        DisplayName = LocalizedText.Of("Uppföljning", "Follow-up"),
        Description = LocalizedText.Of(
            "En uppföljningsuppgift som dyker upp ett datum långt senare, t.ex. 3 och 6 månader efter labbet.",
            "A follow-up task that appears on a date long after, e.g. 3 and 6 months after the lab."),
        Inputs =
        [
            .. TaskInputs.Common,
            new("at", FlowValueType.Date, LocalizedText.Of("Dyker upp", "Appears on"), Editor: "relativeDate", Required: true),
            TaskInputs.Assignee(required: true),
            TaskInputs.Form,
            TaskInputs.Readers,
        ],
        HandlerType = typeof(FollowUpHandler),
        Validate = context => Tasks.RestrictedAnswerCopies.Validate(context).Concat(FormPrefillRule.Validate(context)),
    };
}
