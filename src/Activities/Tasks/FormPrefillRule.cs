using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The loader's check of form fields that start from earlier answers (<see cref="FormPrefill"/>): every step an
/// <c>initial</c> reads exists and can have run before this step on some path (a connection path leads from it here),
/// a reference names a field that step's form has (or a declared variable or input), a script parses, and the
/// step's assignee is among the readers of the step it reads (the read rule of <see cref="AnswerReadRule"/>, checked
/// for assignees written as a role; the runtime checks every person again).
/// </summary>
public static class FormPrefillRule
{
    /// <summary>The step types whose answers carry a read rule (they take <c>readers</c>).</summary>
    private static readonly HashSet<string> AnswerSteps = new(StringComparer.Ordinal) { "UserTask", "PhaseGate", "Workshop", "FollowUp" };

    /// <summary>The input naming who completes a step, by step type (PhaseGate names its approver, Sponsor when absent).</summary>
    private static readonly string[] AssigneeInputs = ["assignee", "approver"];

    /// <summary>Whether a step of <paramref name="type"/> may have form fields that start from earlier answers.</summary>
    public static bool TakesInitial(string type) => AnswerSteps.Contains(type);

    public static IEnumerable<ActivityValidationIssue> Validate(ActivityValidationContext context)
    {
        if (context.Activity.Inputs?["form"] is not JsonArray form)
        {
            yield break;
        }

        var before = new Lazy<HashSet<string>>(() => StepsBefore(context.Definition, context.Activity.Id));
        for (var i = 0; i < form.Count; i++)
        {
            if (form[i] is not JsonObject raw || raw[FormPrefill.InitialKey] is not { } initial)
            {
                continue;
            }

            var key = raw["key"] is JsonValue k && k.TryGetValue<string>(out var name) ? name : $"#{i + 1}";
            var path = $"inputs.form[{i}].{FormPrefill.InitialKey}";
            if (ExpressionValueScript(initial) is { } script && context.Expressions.CheckScript(script) is { } parseError)
            {
                yield return new(path, $"the initial value of field '{key}' does not parse: {parseError}. Fix the script.");
            }

            if (FormJson.TryGetString(initial, out var reference) && FormPrefill.TryParseReference(reference, out var root, out var names) && root != FormPrefill.TasksRoot)
            {
                var declared = root == FormPrefill.VarsRoot ? context.Definition.Variables : context.Definition.Inputs;
                if (declared.All(p => !string.Equals(p.Name, names[0], StringComparison.Ordinal)))
                {
                    var what = root == FormPrefill.VarsRoot ? "variable" : "input";
                    yield return new(path, $"field '{key}' starts from {what} '{names[0]}', which the flow does not declare{NameSuggestions.DidYouMean(names[0], [.. declared.Select(p => p.Name)])}; declare it under \"{(root == FormPrefill.VarsRoot ? "variables" : "inputs")}\" or pick another.");
                }
            }

            foreach (var stepId in FormPrefill.StepIds(initial))
            {
                foreach (var issue in CheckStep(context, before.Value, path, key, stepId, initial))
                {
                    yield return issue;
                }
            }
        }
    }

    /// <summary>
    /// What a field of <paramref name="activityId"/>'s form may start from, for the designer's picker: the fields of the
    /// answer steps that can run before it, then the flow's variables and inputs. The read rule is left to the loader,
    /// which says what to change.
    /// </summary>
    public static IReadOnlyList<PrefillSource> SourcesFor(WorkflowDefinition definition, string activityId)
    {
        var before = StepsBefore(definition, activityId);
        var sources = new List<PrefillSource>();
        foreach (var step in definition.Activities.Where(a => before.Contains(a.Id) && AnswerSteps.Contains(a.Type)))
        {
            var name = step.Name ?? LocalizedText.Of(step.Id);
            sources.AddRange(FormDefinitionParser.Parse(step.Inputs?["form"]).Form.Fields
                .Select(f => new PrefillSource($"{FormPrefill.TasksRoot}.{step.Id}.{f.Key}", name, f.Label, f.Type)));
        }

        sources.AddRange(definition.Variables.Select(v => new PrefillSource($"{FormPrefill.VarsRoot}.{v.Name}", LocalizedText.Of("Variabel", "Variable"), v.Label ?? LocalizedText.Of(v.Name), null)));
        sources.AddRange(definition.Inputs.Select(i => new PrefillSource($"{FormPrefill.InputsRoot}.{i.Name}", LocalizedText.Of("Startvärde", "Launch input"), i.Label ?? LocalizedText.Of(i.Name), null)));
        return sources;
    }

    /// <summary>The ids of the steps a connection path leads from to <paramref name="activityId"/> (itself too when it is in a loop).</summary>
    public static HashSet<string> StepsBefore(WorkflowDefinition definition, string activityId)
    {
        var incoming = definition.Connections.ToLookup(c => c.To, c => c.From, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(incoming[activityId]);
        while (queue.TryDequeue(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var earlier in incoming[id])
                {
                    queue.Enqueue(earlier);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<ActivityValidationIssue> CheckStep(ActivityValidationContext context, HashSet<string> before, string path, string key, string stepId, JsonNode initial)
    {
        var source = context.Definition.FindActivity(stepId);
        if (source is null)
        {
            var ids = context.Definition.Activities.Select(a => a.Id).ToList();
            yield return new(path, $"field '{key}' starts from step '{stepId}', which the flow does not have{NameSuggestions.DidYouMean(stepId, ids)}; name an earlier step's id.");
            yield break;
        }

        if (!before.Contains(stepId))
        {
            yield return new(path, $"field '{key}' starts from step '{stepId}', which cannot have run before step '{context.Activity.Id}' on any path (no connections lead from '{stepId}' to '{context.Activity.Id}'); start from a step that comes before it, or connect them.");
            yield break;
        }

        if (!AnswerSteps.Contains(source.Type))
        {
            yield break;
        }

        if (FormJson.TryGetString(initial, out var reference) && FormPrefill.TryParseReference(reference, out _, out var names) && names.Count > 1)
        {
            var sourceFields = FormDefinitionParser.Parse(source.Inputs?["form"]).Form.Fields.Select(f => f.Key).ToList();
            if (!sourceFields.Contains(names[1], StringComparer.Ordinal))
            {
                yield return new(path, $"field '{key}' starts from 'tasks.{stepId}.{names[1]}', but step '{stepId}' has no field '{names[1]}'{NameSuggestions.DidYouMean(names[1], sourceFields)}; name one of its fields ({string.Join(", ", sourceFields)}).");
            }
        }

        if (ReadRuleProblem(context, source) is { } problem)
        {
            yield return new(path, $"field '{key}' starts from step '{stepId}', {problem}");
        }
    }

    /// <summary>Why this step's assignee may not read <paramref name="source"/>'s answers, or <c>null</c> when they may (or it cannot be told before the lab runs).</summary>
    private static string? ReadRuleProblem(ActivityValidationContext context, ActivityNode source)
    {
        if (Assignee(context.Activity, context.Descriptor) is not AssigneeSpec.OfRole target)
        {
            return null;
        }

        var readers = StepReaders.Of(source.Inputs?[StepReaders.InputName], source.Inputs?["form"] as JsonArray);
        var sameDoers = Assignee(source, null) is AssigneeSpec.OfRole doers && doers.Role == target.Role;
        var mayRead = readers is null
            ? target.Role != Role.Participant || sameDoers
            : readers.Roles.Contains(target.Role) || (readers.Doers && sameDoers);
        if (mayRead)
        {
            return null;
        }

        var who = readers is null
            ? "whose answers participants may not read (a step without readers)"
            : $"whose answers only {string.Join(", ", readers.Roles)}{(readers.Doers ? " and the people who did it" : string.Empty)} may read";
        return $"{who}, and this step's assignee ({target.Role}) is not among them; add \"{target.Role}\" to the readers of step '{source.Id}', or start from another step.";
    }

    private static AssigneeSpec? Assignee(ActivityNode activity, ActivityDescriptor? descriptor)
    {
        var input = descriptor?.Inputs.FirstOrDefault(i => i.Editor == "assignee");
        var value = input is not null
            ? activity.Inputs?[input.Name] ?? input.Default
            : AssigneeInputs.Select(name => activity.Inputs?[name]).FirstOrDefault(v => v is not null);
        return value is null ? null : AssigneeSpec.Read(value, new List<ActivityValidationIssue>());
    }

    private static string? ExpressionValueScript(JsonNode initial) =>
        Workflows.Expressions.ExpressionValue.TryGetExpression(initial, out var kind, out var code) && kind == Workflows.Expressions.ExpressionKind.Script ? code : null;
}
