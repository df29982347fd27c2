using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Communication;

public static class CommunicationActivityDescriptors
{
    public static ActivityDescriptor SendEmail { get; } = new()
    {
        TypeName = "SendEmail",
        Category = "Communication",
        DisplayName = LocalizedText.Of("Skicka e-post", "Send email"),
        Description = LocalizedText.Of("Skickar ett e-postmeddelande till personer eller roller.", "Sends an email to people or roles."),
        Inputs =
        [
            new("to", FlowValueType.PersonList, LocalizedText.Of("Till", "To"), Editor: "assignees", Required: true, Rule: LabInputRules.AssigneeList),
            new("subject", FlowValueType.Text, LocalizedText.Of("Ämne", "Subject"), Required: true),
            new("body", FlowValueType.Text, LocalizedText.Of("Meddelande", "Body"), Editor: "markdown", Required: true),
        ],
        HandlerType = typeof(SendEmailHandler),
    };
}
