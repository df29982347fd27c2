using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Workflows.Execution;

/// <summary>Builds the handler of an activity type; the runner never looks services up itself.</summary>
public interface IActivityHandlerFactory
{
    IActivityHandler Create(ActivityDescriptor descriptor);
}
