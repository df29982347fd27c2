using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The project dashboard with the default settings and the in-memory answer reader (TryAdd: infrastructure registered before replaces them).</summary>
    public static IServiceCollection AddProjectDashboard(this IServiceCollection services)
    {
        services.TryAddScoped<ProjectDashboardService>();
        services.TryAddSingleton(new ProjectDashboardOptions());
        services.TryAddScoped<IStepAnswerReader, InMemoryStepAnswerReader>();
        services.TryAddScoped<IDashboardStore, InMemoryDashboardStore>();
        return services;
    }
}
