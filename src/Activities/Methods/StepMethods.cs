using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Methods;

/// <summary>
/// The methods a lab's step links to through its agenda (the <c>methodId</c> of each agenda item of a workshop), read
/// from the flow version the lab runs on. Task instructions link to methods themselves (<c>[Crazy 8s](method:crazy-8s)</c>).
/// </summary>
public sealed class StepMethods(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, MethodService methods)
{
    /// <summary>The input of an agenda item that names a library method.</summary>
    public const string AgendaMethodKey = "methodId";

    public async Task<IReadOnlyList<StepMethod>> ListAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(labId, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored
            || stored.Definition.Activities.FirstOrDefault(a => a.Id == activityId) is not { } activity)
        {
            return [];
        }

        var linked = Linked(activity).ToList();
        var found = await methods.FindManyAsync([.. linked.Select(l => l.MethodId).Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. linked.Select(l => new StepMethod(l.MethodId, l.AgendaItem, found.GetValueOrDefault(l.MethodId)))];
    }

    /// <summary>The method ids an activity's agenda names, in agenda order.</summary>
    public static IEnumerable<(string MethodId, LocalizedText? AgendaItem)> Linked(ActivityNode activity)
    {
        if (activity.Inputs?["agenda"] is not JsonArray agenda)
        {
            yield break;
        }

        foreach (var item in agenda.OfType<JsonObject>())
        {
            if (item[AgendaMethodKey] is JsonValue value && value.TryGetValue<string>(out var id) && id.Length > 0)
            {
                yield return (id, Text(item["title"]));
            }
        }
    }

    private static LocalizedText? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => LocalizedText.Of(text),
        JsonObject byCulture => LocalizedText.Of(byCulture.Where(p => p.Value is JsonValue).Select(p => KeyValuePair.Create(p.Key, p.Value!.ToString()))),
        _ => null,
    };
}
