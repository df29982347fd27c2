using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>A flow in the list: its newest version, whether a draft waits, and how many labs still run on the flow.</summary>
internal sealed record FlowListItem(string Id, LocalizedText Name, int LatestVersion, bool IsRetracted, bool HasDraft, int RunningLabs);
