using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Api.Flows;

/// <summary>A flow in the list: its newest published version.</summary>
internal sealed record FlowSummary(string Id, LocalizedText Name, int LatestVersion, DateTimeOffset PublishedAt, bool HasDraft);

/// <summary>One published version's bookkeeping.</summary>
/// <param name="Source">Where it came from: <c>file:&lt;name&gt;</c> for a shipped flow, <c>user:&lt;name&gt;</c> for a designer.</param>
internal sealed record FlowVersionInfo(string Id, int Version, DateTimeOffset PublishedAt, bool IsRetracted, string? Source);

/// <summary>A published version with its document in the flow format (docs/flow-format.md).</summary>
internal sealed record FlowVersionResponse(FlowVersionInfo Version, JsonObject Definition);

/// <summary>A draft with what still stops it from being published (empty when it can be published).</summary>
internal sealed record FlowDraftResponse(JsonObject Definition, IReadOnlyList<FlowValidationIssue> Errors);

internal sealed record FlowValidationResponse(bool IsValid, IReadOnlyList<FlowValidationIssue> Errors);

/// <summary>One thing wrong with a flow document: its JSON path and what to do.</summary>
internal sealed record FlowValidationIssue(string Path, string Message);
