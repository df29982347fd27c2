using LabFlow.Workflows.ActivityTypes;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// Builds handlers from dependency injection: a registered handler type is resolved, an unregistered one is
/// constructed with its dependencies injected, so activity packages need not register every handler.
/// </summary>
internal sealed class ServiceProviderActivityHandlerFactory(IServiceProvider serviceProvider) : IActivityHandlerFactory
{
    public IActivityHandler Create(ActivityDescriptor descriptor)
    {
        var handler = serviceProvider.GetService(descriptor.HandlerType)
            ?? ActivatorUtilities.CreateInstance(serviceProvider, descriptor.HandlerType);
        return handler as IActivityHandler
            ?? throw new InvalidOperationException(
                $"Activity type '{descriptor.TypeName}' names handler {descriptor.HandlerType.FullName}, which does not implement IActivityHandler; fix its descriptor.");
    }
}
