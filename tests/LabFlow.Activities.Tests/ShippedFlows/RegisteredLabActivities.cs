using LabFlow.Activities.DependencyInjection;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>
/// The activity types as the application registers them (<c>AddLabFlowWorkflows</c> + <c>AddLabActivities</c>).
/// Documented lab types the lab domain does not register yet are filled in from <see cref="DocumentedLabActivities"/>
/// and listed in <see cref="MissingFromDomain"/>, so the shipped flows are checked by the real descriptors
/// wherever they exist.
/// </summary>
internal static class RegisteredLabActivities
{
    private static readonly Lazy<(IActivityRegistry Registry, IExpressionEvaluator Expressions, IReadOnlyList<string> Missing)> Services = new(Build);

    /// <summary>The registry the application builds, without stand-ins.</summary>
    public static IActivityRegistry ApplicationRegistry => Services.Value.Registry;

    /// <summary>The documented lab types that <c>AddLabActivities</c> does not register yet.</summary>
    public static IReadOnlyList<string> MissingFromDomain => Services.Value.Missing;

    public static WorkflowDefinitionLoader CreateLoader()
    {
        var (registry, expressions, _) = Services.Value;
        var standIns = DocumentedLabActivities.All.Where(d => registry.Find(d.TypeName) is null);
        return new WorkflowDefinitionLoader(new ActivityRegistry([.. registry.All, .. standIns]), expressions);
    }

    private static (IActivityRegistry, IExpressionEvaluator, IReadOnlyList<string>) Build()
    {
        var services = new ServiceCollection().AddLabFlowWorkflows().AddLabActivities();
        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<IActivityRegistry>();
        var missing = DocumentedLabActivities.All.Select(d => d.TypeName).Where(name => registry.Find(name) is null).ToList();
        return (registry, provider.GetRequiredService<IExpressionEvaluator>(), missing);
    }
}
