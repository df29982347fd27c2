namespace LabFlow.Workflows.ActivityTypes;

/// <summary>The activity types LabFlow knows, by type name.</summary>
public interface IActivityRegistry
{
    IReadOnlyCollection<ActivityDescriptor> All { get; }

    ActivityDescriptor? Find(string typeName);
}
