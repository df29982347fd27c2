using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The <c>quorum</c> of a step with one task per participant: the step goes on when enough of its tasks are done, and
/// the rest close as not needed. A whole number (<c>3</c>) is a count; a number between 0 and 1 (<c>0.6</c>) is a
/// share of the tasks, rounded up. Without a quorum the step waits for every task (or its window, or a facilitator).
/// </summary>
public static class StepQuorum
{
    public const string InputName = "quorum";

    public static ActivityInputDescriptor Input { get; } = new(
        InputName, FlowValueType.Number, LocalizedText.Of("Beslutförhet", "Quorum"), Editor: "number", AllowsExpressions: false, Rule: Rule);

    /// <summary>How many of <paramref name="total"/> tasks must be done, or <c>null</c> when the step has no quorum.</summary>
    public static int? Needed(JsonNode? quorum, int total)
    {
        if (quorum is not JsonValue value || !value.TryGetValue<double>(out var number) || number <= 0)
        {
            return null;
        }

        var needed = number < 1 ? (int)Math.Ceiling(number * total) : (int)number;
        return Math.Clamp(needed, 1, Math.Max(total, 1));
    }

    /// <summary>A whole number of at least 1, or a share greater than 0 and less than 1.</summary>
    public static IEnumerable<ActivityValidationIssue> Rule(JsonNode value)
    {
        if (value is not JsonValue v || !v.TryGetValue<double>(out var number) || number <= 0 || (number > 1 && number != Math.Floor(number)))
        {
            yield return ActivityRuleMessages.QuorumInvalid.Issue(string.Empty, ("found", JsonPaths.Show(value)));
        }
    }

    /// <summary>A quorum only means something on a step with one task per participant.</summary>
    public static IEnumerable<ActivityValidationIssue> Validate(ActivityValidationContext context)
    {
        var inputs = context.Activity.Inputs;
        if (inputs?[InputName] is null)
        {
            yield break;
        }

        var each = inputs["assignee"] is JsonObject assignee && assignee["each"] is JsonValue flag && flag.TryGetValue<bool>(out var isEach) && isEach;
        if (!each)
        {
            yield return ActivityRuleMessages.QuorumNeedsEach.Issue($"inputs.{InputName}");
        }
    }
}
