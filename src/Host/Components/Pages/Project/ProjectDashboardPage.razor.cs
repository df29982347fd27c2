using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Register;
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
    private Guid _me;
    private ProjectDashboard? _dashboard;
    private (string Name, IReadOnlyList<ParticipationRow> Rows)? _drilled;
    private ElementReference _peopleRegion;
    private bool _focusPeople;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The page of the labs with indicators, from 1 (<c>/project?indicators=2</c>).</summary>
    [SupplyParameterFromQuery(Name = "indicators")]
    public int? IndicatorPage { get; set; }

    private static string[] EventLabels => [ProjectTexts.Conferences, ProjectTexts.Seminars];

    // On every parameter change, not only the first: a link to another indicator page reaches this component again.
    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        _me = user.PersonId();
        try
        {
            _dashboard = await Dashboard.GetAsync(_me, Math.Max(0, (IndicatorPage ?? 1) - 1), CancellationToken.None);
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.Forbidden)
        {
            _dashboard = null;
        }

        _loading = false;
    }

    private ProjectDashboardService Dashboard => ScopedServices.GetRequiredService<ProjectDashboardService>();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusPeople)
        {
            // The list opens below the tables: move focus to it so a keyboard or screen reader user lands on what they asked for.
            _focusPeople = false;
            await _peopleRegion.FocusAsync();
        }
    }

    private async Task DrillAsync((string Name, ParticipationDrill Drill) drill)
    {
        _drilled = (drill.Name, await Dashboard.ListParticipantsAsync(_me, drill.Drill.Filter, drill.Drill.Month, CancellationToken.None));
        _focusPeople = true;
    }

    private void CloseDrill() => _drilled = null;

    private static string[] MonthLabels(ParticipationSummary participation) => [.. participation.ByMonth.Select(g => g.Key)];

    /// <summary>People per group, one series per sex.</summary>
    private static List<ChartSeries<double>> SexSeries(IReadOnlyList<ParticipationGroup> groups) =>
    [
        .. Enum.GetValues<Sex>().Select(sex => Series(
            ProjectTexts.SexName(sex), groups.Select(g => (double)(g.BySex.GetValueOrDefault(sex) ?? ParticipationFigure.Zero).People))),
    ];

    private static string[] AdministrationLabels(ProjectDashboard dashboard) => [.. dashboard.Administrations.Select(a => a.Name)];

    private static List<ChartSeries<double>> LabSeries(ProjectDashboard dashboard) =>
    [
        Series(ProjectTexts.Labs, dashboard.Administrations.Select(a => (double)a.Count)),
        Series(ProjectTexts.Goal, dashboard.Administrations.Select(a => (double)a.Goal)),
    ];

    private static List<ChartSeries<double>> EventSeries(ProjectDashboard dashboard) =>
    [
        Series(ProjectTexts.Held, [dashboard.Conferences.HeldCount, dashboard.Seminars.HeldCount]),
        Series(ProjectTexts.Planned, [dashboard.Conferences.PlannedCount, dashboard.Seminars.PlannedCount]),
    ];

    private static string IndicatorPageLink(int page) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/project?indicators={page + 1}#indicators-heading");

    private static string AdministrationName(ProjectDashboard dashboard, string administrationId) =>
        dashboard.Administrations.FirstOrDefault(a => a.AdministrationId == administrationId)?.Name ?? administrationId;

    internal static ChartSeries<double> Series(string name, IEnumerable<double> values) =>
        new() { Name = name, Data = new ChartData<double>([.. values]) };
}
