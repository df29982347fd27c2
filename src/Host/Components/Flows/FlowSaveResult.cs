using LabFlow.Host.Api.Flows;

namespace LabFlow.Host.Components.Flows;

/// <summary>A draft saved (with what still stops it from being published) or refused (with why).</summary>
internal sealed record FlowSaveResult(bool Saved, IReadOnlyList<FlowValidationIssue> Issues)
{
    public static FlowSaveResult Refused(IReadOnlyList<FlowValidationIssue> issues) => new(false, issues);
}
