using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Takes the True or the False outcome by its condition.</summary>
internal sealed class DecisionHandler : IActivityHandler
{
    public const string True = "True";
    public const string False = "False";

    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        var condition = context.GetInput("condition");
        var result = FlowValues.TryGetBoolean(condition, out var value)
            ? ActivityResult.Complete(value ? True : False)
            : ActivityResult.Fault(
                $"Decision '{context.Activity.Id}' needs its condition to give true or false, but it gave {FlowValues.Describe(condition)}. Fix the condition.");
        return ValueTask.FromResult(result);
    }
}
