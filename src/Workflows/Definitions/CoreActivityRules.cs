using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// The validation rules of the core activity types that their input descriptors cannot express. The loader
/// applies them by type name when a descriptor has no <see cref="ActivityDescriptor.Validate"/> of its own;
/// a descriptor may also point its <c>Validate</c> at one of these.
/// </summary>
public static class CoreActivityRules
{
    /// <summary>The rule for <paramref name="typeName"/>, or <c>null</c> when the type has none.</summary>
    public static Func<ActivityValidationContext, IEnumerable<ActivityValidationIssue>>? For(string typeName) => typeName switch
    {
        "Delay" => Delay,
        "SetVariable" => SetVariable,
        "Switch" => Switch,
        _ => null,
    };

    /// <summary>A Delay waits either for a duration or until a time: exactly one of the two.</summary>
    public static IEnumerable<ActivityValidationIssue> Delay(ActivityValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Activity.Inputs;
        var hasDuration = inputs?["duration"] is not null;
        var hasUntil = inputs?["until"] is not null;
        if (hasDuration == hasUntil)
        {
            yield return hasDuration
                ? ActivityValidationIssue.Coded("inputs", ValidationCodes.DelayBoth,
                    $"Delay '{context.Activity.Id}' needs exactly one of 'duration' and 'until' but has both; remove one.", ("activity", context.Activity.Id))
                : ActivityValidationIssue.Coded("inputs", ValidationCodes.DelayNeither,
                    $"Delay '{context.Activity.Id}' needs exactly one of 'duration' and 'until' but has neither; add \"duration\": \"P3D\" or \"until\": \"2026-05-01\".",
                    ("activity", context.Activity.Id));
        }
    }

    /// <summary>SetVariable may only set a declared variable, and a literal value must fit its type.</summary>
    public static IEnumerable<ActivityValidationIssue> SetVariable(ActivityValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Activity.Inputs?["name"] is not JsonValue nameValue
            || nameValue.GetValueKind() != JsonValueKind.String
            || nameValue.GetValue<string>() is not { Length: > 0 } name)
        {
            yield break;
        }

        var variables = context.Definition.Variables;
        var variable = variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        if (variable is null)
        {
            var known = variables.Select(v => v.Name).Where(n => n.Length > 0).ToList();
            yield return (NameSuggestions.Nearest(name, known), known.Count) switch
            {
                ({ } suggestion, _) => ActivityValidationIssue.Coded("inputs.name", ValidationCodes.VariableUndeclaredSuggested,
                    $"variable '{name}' is not declared (did you mean '{suggestion}'?)", ("name", name), ("suggestion", suggestion)),
                (_, 0) => ActivityValidationIssue.Coded("inputs.name", ValidationCodes.VariableUndeclaredNone,
                    $"variable '{name}' is not declared; declare it in \"variables\" (the flow declares none yet).", ("name", name)),
                _ => ActivityValidationIssue.Coded("inputs.name", ValidationCodes.VariableUndeclared,
                    $"variable '{name}' is not declared; declare it in \"variables\" (declared: {string.Join(", ", known)}).", ("name", name), ("declared", string.Join(", ", known))),
            };
            yield break;
        }

        var value = context.Activity.Inputs?["value"];
        if (value is not null && ExpressionValue.GetKind(value) == ExpressionKind.Literal && !LiteralTypes.Matches(variable.Type, value))
        {
            yield return ActivityValidationIssue.Coded("inputs.value", ValidationCodes.VariableValueType,
                $"variable '{name}' is a {variable.Type}, so the value must be {LiteralTypes.Describe(variable.Type)} (found {JsonPaths.Show(value)}).",
                ("name", name), ("type", variable.Type.ToString()), ("expected", LiteralTypes.Describe(variable.Type)), ("found", JsonPaths.Show(value)));
        }
    }

    /// <summary>Every Switch case needs a unique name (its outcome) and a condition that is a boolean or a script.</summary>
    public static IEnumerable<ActivityValidationIssue> Switch(ActivityValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Activity.Inputs?["cases"] is not JsonArray cases)
        {
            yield break;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var path = $"inputs.cases[{i}]";
            if (cases[i] is not JsonObject @case)
            {
                yield return ActivityValidationIssue.Coded(path, ValidationCodes.SwitchCaseNotObject,
                    $"expected an object but found {JsonPaths.Show(cases[i])}; write each case as {{ \"name\": \"…\", \"condition\": {{ \"js\": \"…\" }} }}.",
                    ("found", JsonPaths.Show(cases[i])));
                continue;
            }

            var name = @case["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null;
            if (string.IsNullOrEmpty(name))
            {
                yield return ActivityValidationIssue.Coded(path, ValidationCodes.SwitchCaseNoName, "the case has no name; add \"name\" (it is the outcome its connections start from).");
            }
            else if (name == "Default")
            {
                yield return ActivityValidationIssue.Coded($"{path}.name", ValidationCodes.SwitchCaseNamedDefault,
                    "the case name 'Default' is the Switch's own outcome when no case matches; choose another name.");
            }
            else if (!seen.TryAdd(name, i))
            {
                yield return ActivityValidationIssue.Coded($"{path}.name", ValidationCodes.SwitchCaseDuplicate,
                    $"duplicate case name '{name}' (also cases[{seen[name]}]); give each case its own name.", ("name", name), ("first", $"cases[{seen[name]}]"));
            }

            var condition = @case["condition"];
            if (condition is null)
            {
                yield return ActivityValidationIssue.Coded(path, ValidationCodes.SwitchCaseNoCondition, "the case has no condition; add \"condition\": { \"js\": \"…\" }.");
            }
            else if (ExpressionValue.TryGetExpression(condition, out var kind, out var code) && kind == ExpressionKind.Script)
            {
                if (ExpressionSyntax.Check(kind, code, context.Expressions) is { } parseError)
                {
                    yield return parseError with { Path = $"{path}.condition.{parseError.Path}" };
                }
            }
            else if (condition.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                yield return ActivityValidationIssue.Coded($"{path}.condition", ValidationCodes.SwitchConditionType,
                    $"the condition must be true, false or {{ \"js\": \"…\" }} (found {JsonPaths.Show(condition)}).", ("found", JsonPaths.Show(condition)));
            }
        }
    }
}
