using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Messages;

/// <summary>The flow loader's refusal of a flow's <c>kind</c>, in Swedish and English.</summary>
public static class FlowKindMessages
{
    public static readonly MessageText UnknownKind = new(
        ValidationCodes.UnknownFlowKind,
        "okänd sort {found}; skriv en av {known} (\"lab\" om flödet är ett labb).",
        "unknown kind {found}; write one of {known} (\"lab\" when the flow is a lab).");
}
