namespace LabFlow.Workflows.ActivityTypes;

/// <summary>An <see cref="IActivityRegistry"/> over the descriptors registered in dependency injection.</summary>
public sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byTypeName;

    public ActivityRegistry(IEnumerable<ActivityDescriptor> descriptors)
    {
        _byTypeName = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            if (!_byTypeName.TryAdd(descriptor.TypeName, descriptor))
            {
                throw new InvalidOperationException($"Activity type '{descriptor.TypeName}' is registered twice; register each type once.");
            }
        }
    }

    public IReadOnlyCollection<ActivityDescriptor> All => _byTypeName.Values;

    public ActivityDescriptor? Find(string typeName) => _byTypeName.GetValueOrDefault(typeName);
}
