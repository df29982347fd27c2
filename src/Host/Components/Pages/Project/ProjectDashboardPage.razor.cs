using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Host.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace LabFlow.Host.Components.Pages.Project;

/// <summary>
/// <c>/project</c>: the project team's dashboard, a thin page over <see cref="ProjectDashboardService"/> (which decides
/// who sees which figures). Each chart has a table with the same figures and the labs behind them.
/// </summary>
public sealed partial class ProjectDashboardPage
{
    private bool _loading = true;
    private ProjectDashboard? _dashboard;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private static string[] EventLabels => [ProjectTexts.Conferences, ProjectTexts.Seminars];

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        try
        {
            _dashboard = await ScopedServices.GetRequiredService<ProjectDashboardService>().GetAsync(user.PersonId(), CancellationToken.None);
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.Forbidden)
        {
            _dashboard = null;
        }

        _loading = false;
    }

    private static string[] AdministrationLabels(ProjectDashboard dashboard) => [.. dashboard.Administrations.Select(a => a.Name)];

    private static List<ChartSeries<double>> LabSeries(ProjectDashboard dashboard) =>
    [
        Series(ProjectTexts.Labs, dashboard.Administrations.Select(a => (double)a.Count)),
        Series(ProjectTexts.Goal, dashboard.Administrations.Select(a => (double)a.Goal)),
    ];

    private static List<ChartSeries<double>> EventSeries(ProjectDashboard dashboard) =>
    [
        Series(ProjectTexts.Held, [dashboard.Conferences.Held.Count, dashboard.Seminars.Held.Count]),
        Series(ProjectTexts.Planned, [dashboard.Conferences.Planned.Count, dashboard.Seminars.Planned.Count]),
    ];

    private static string AdministrationName(ProjectDashboard dashboard, string administrationId) =>
        dashboard.Administrations.FirstOrDefault(a => a.AdministrationId == administrationId)?.Name ?? administrationId;

    internal static ChartSeries<double> Series(string name, IEnumerable<double> values) =>
        new() { Name = name, Data = new ChartData<double>([.. values]) };
}
