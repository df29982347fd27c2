using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>
/// "A data-protection step before any step that collects personal data about others": a step whose form has a field
/// marked <c>"personal": true</c> should be reachable only after a step with the <c>dataProtection</c> preset (what is
/// collected, why, who reads it, how long it is kept). The loader warns, it does not refuse: the flow still runs.
/// </summary>
public static class DataProtectionOrder
{
    public static IEnumerable<ActivityValidationIssue> Validate(ActivityValidationContext context)
    {
        if (!Fields(context.Activity).Any(f => f.Personal))
        {
            yield break;
        }

        var activities = context.Definition.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var incoming = context.Definition.Connections.ToLookup(c => c.To, c => c.From, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { context.Activity.Id };
        var queue = new Queue<string>(incoming[context.Activity.Id]);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || !activities.TryGetValue(id, out var before))
            {
                continue;
            }

            if (Fields(before).Any(f => f.Preset == FormPresets.DataProtection))
            {
                yield break;
            }

            foreach (var earlier in incoming[id])
            {
                queue.Enqueue(earlier);
            }
        }

        yield return ActivityRuleMessages.PersonalDataFirst.Issue("inputs.form", ("activity", context.Activity.Id), ("preset", FormPresets.DataProtection)) with { IsWarning = true };
    }

    /// <summary>Every field of the activity's form, the fields of groups included.</summary>
    private static IEnumerable<FormField> Fields(ActivityNode activity) =>
        activity.Inputs?["form"] is JsonArray form ? Flatten(FormDefinitionParser.Parse(form).Form.Fields) : [];

    private static IEnumerable<FormField> Flatten(IEnumerable<FormField> fields) =>
        fields.SelectMany(f => f.Fields.Count == 0 ? [f] : Flatten(f.Fields).Prepend(f));
}
