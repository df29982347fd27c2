using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>One input of an activity type.</summary>
/// <param name="Name">The key in the activity's <c>inputs</c> object.</param>
/// <param name="Type">The value type the input must have once evaluated.</param>
/// <param name="Editor">A hint for the designer's property panel (for example <c>"code"</c>, <c>"form"</c>, <c>"duration"</c>).</param>
/// <param name="Required">Whether validation refuses an activity without this input.</param>
/// <param name="Default">The value used when the input is absent.</param>
/// <param name="AllowsExpressions">Whether <c>{ "js" }</c> / <c>{ "liquid" }</c> are allowed in place of a literal.</param>
public sealed record ActivityInputDescriptor(
    string Name,
    FlowValueType Type,
    LocalizedText DisplayName,
    string Editor = "text",
    bool Required = false,
    JsonNode? Default = null,
    bool AllowsExpressions = true);
