using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>A task a facilitator adds to a lab by hand; it belongs to no step and completing it moves no flow.</summary>
/// <param name="Form">Form fields as a flow writes them, or <c>null</c>.</param>
public sealed record AdHocTaskRequest(
    Guid LabId,
    LocalizedText Title,
    Guid AssigneeId,
    DateOnly? Due = null,
    LocalizedText? Instructions = null,
    JsonArray? Form = null,
    string? Phase = null);
