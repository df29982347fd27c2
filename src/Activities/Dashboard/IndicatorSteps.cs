using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Dashboard;

/// <summary>A step that measures indicators by sex: which kind of measurement, and the form field holding the rows.</summary>
internal sealed record IndicatorStep(IndicatorMeasureKind Kind, string FieldKey);

/// <summary>Finds a flow's indicator steps by their form fields' presets, never by step ids.</summary>
internal static class IndicatorSteps
{
    public static Dictionary<string, IndicatorStep> Of(WorkflowDefinition flow)
    {
        var result = new Dictionary<string, IndicatorStep>(StringComparer.Ordinal);
        foreach (var activity in flow.Activities)
        {
            if (activity.Inputs?["form"] is not JsonArray form)
            {
                continue;
            }

            foreach (var field in form.OfType<JsonObject>())
            {
                var preset = field["preset"] is JsonValue p && p.TryGetValue<string>(out var name) ? name : null;
                var key = field["key"] is JsonValue k && k.TryGetValue<string>(out var fieldKey) ? fieldKey : null;
                IndicatorMeasureKind? kind = preset switch
                {
                    FormPresets.IndicatorsBySex => IndicatorMeasureKind.Baseline,
                    FormPresets.IndicatorsBySexFollowUp => IndicatorMeasureKind.FollowUp,
                    _ => null,
                };
                if (kind is { } found && key is not null)
                {
                    result.TryAdd(activity.Id, new IndicatorStep(found, key));
                }
            }
        }

        return result;
    }
}
