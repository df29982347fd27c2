using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>
/// Takes the first case whose condition is true (mode First), or every true case (mode All); Default when none is.
/// </summary>
internal sealed class SwitchHandler : IActivityHandler
{
    public const string DefaultOutcome = "Default";
    private const string ModeFirst = "First";
    private const string ModeAll = "All";

    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Decide(context));

    private static ActivityResult Decide(IActivityContext context)
    {
        var id = context.Activity.Id;
        var mode = FlowValues.GetString(context.GetInput("mode")) ?? ModeFirst;
        if (mode is not (ModeFirst or ModeAll))
        {
            return ActivityResult.Fault($"Switch '{id}' has mode '{mode}'; use 'First' or 'All'.");
        }

        if (context.GetRawInput("cases") is not JsonArray cases)
        {
            return ActivityResult.Fault($"Switch '{id}' needs 'cases', a list of {{ \"name\", \"condition\" }}.");
        }

        var taken = new List<string>();
        foreach (var item in cases)
        {
            var name = FlowValues.GetString(item?["name"]);
            if (name is null)
            {
                return ActivityResult.Fault($"Switch '{id}' has a case without a name; give every case a name.");
            }

            var condition = context.Evaluate(item!["condition"]);
            if (!FlowValues.TryGetBoolean(condition, out var isTrue))
            {
                return ActivityResult.Fault(
                    $"Switch '{id}' case '{name}' needs its condition to give true or false, but it gave {FlowValues.Describe(condition)}. Fix the condition.");
            }

            if (isTrue)
            {
                taken.Add(name);
                if (mode == ModeFirst)
                {
                    break;
                }
            }
        }

        return taken.Count == 0 ? ActivityResult.Complete(DefaultOutcome) : ActivityResult.Complete([.. taken]);
    }
}
