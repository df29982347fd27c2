using LabFlow.Activities.Dashboard;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

internal static class ProjectDashboardSettings
{
    /// <summary>The dashboard's goal and flow kinds from <c>LabFlow:ProjectDashboard</c>, checked at start-up, in place of the domain's defaults.</summary>
    public static IServiceCollection AddProjectDashboardSettings(this IServiceCollection services)
    {
        services.AddOptions<ProjectDashboardOptions>()
            .BindConfiguration(ProjectDashboardOptions.SectionName)
            .ValidateSettings(ProjectDashboardOptions.SectionName);
        services.RemoveAll<ProjectDashboardOptions>().AddSingleton(sp => sp.GetRequiredService<IOptions<ProjectDashboardOptions>>().Value);
        return services;
    }
}
