using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// The sample values a template preview renders with: each flow input and variable, each earlier form answer and the
/// lab's own fields, so a designer sees the text a lab would get without launching one.
/// </summary>
internal static class TemplateSamples
{
    public static ExpressionScope For(WorkflowDefinition flow, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var inputs = new JsonObject();
        foreach (var input in flow.Inputs)
        {
            inputs[input.Name] = input.Default?.DeepClone() ?? Sample(input.Type, input.Name, today);
        }

        var variables = new JsonObject();
        foreach (var variable in flow.Variables)
        {
            variables[variable.Name] = variable.Default?.DeepClone() ?? Sample(variable.Type, variable.Name, today);
        }

        var tasks = new JsonObject();
        foreach (var activity in flow.Activities)
        {
            var fields = FormDefinitionParser.Parse(activity.Inputs?["form"]).Form.Fields;
            if (fields.Count > 0)
            {
                tasks[activity.Id] = new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create($"[{f.Label.Get()}]"))));
            }
        }

        var lab = new JsonObject
        {
            ["id"] = Guid.Empty.ToString(),
            ["title"] = FlowTexts.SampleLabTitle,
            ["administration"] = "grundskoleforvaltningen",
            ["challenge"] = FlowTexts.SampleChallenge,
            ["targetAreas"] = new JsonArray(),
            ["startDate"] = today,
        };
        return new ExpressionScope(inputs, variables, tasks, lab, now);
    }

    private static JsonNode? Sample(FlowValueType type, string name, string today) => type switch
    {
        FlowValueType.Number => 3,
        FlowValueType.Boolean => true,
        FlowValueType.Date or FlowValueType.DateTime => today,
        FlowValueType.List or FlowValueType.PersonList => new JsonArray(),
        FlowValueType.Object => new JsonObject(),
        _ => $"[{name}]",
    };
}
