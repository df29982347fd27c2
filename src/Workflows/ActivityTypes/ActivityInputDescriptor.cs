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
/// <param name="Rule">
/// The input's own rules for a literal value beyond its <paramref name="Type"/> (an assignee's role names, a form's
/// fields); the loader runs it after the type check. Issue paths are relative to the value (<c>""</c>, <c>"role"</c>,
/// <c>"[1].name"</c>). <c>null</c>: the type check is all.
/// </param>
public sealed record ActivityInputDescriptor(
    string Name,
    FlowValueType Type,
    LocalizedText DisplayName,
    string Editor = "text",
    bool Required = false,
    JsonNode? Default = null,
    bool AllowsExpressions = true,
    Func<JsonNode, IEnumerable<ActivityValidationIssue>>? Rule = null);
