
namespace LabFlow.Host.Components.Flows;

/// <summary>A draft saved (with what still stops it from being published) or refused (with why).</summary>
internal sealed record FlowSaveResult(bool Saved, IReadOnlyList<FlowIssue> Issues)
{
    public static FlowSaveResult Refused(IReadOnlyList<FlowIssue> issues) => new(false, issues);
}
