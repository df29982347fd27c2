using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Sets a flow variable to an evaluated value.</summary>
internal sealed class SetVariableHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        var name = FlowValues.GetString(context.GetRawInput("name"));
        if (string.IsNullOrWhiteSpace(name))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"SetVariable '{context.Activity.Id}' needs 'name', the variable to set."));
        }

        context.SetVariable(name, context.GetInput("value"));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
