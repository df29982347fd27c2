using LabFlow.Activities.Labs;
using LabFlow.Activities.Register;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// The project team's figures (<c>/project</c>, <c>GET /api/v1/project/dashboard</c>), counted in the database: every
/// figure carries the first labs behind it (at most <see cref="ProjectDashboardService.ShownLabs"/>; the rest are in
/// the lab list), and the indicator tables come a page of labs at a time.
/// </summary>
/// <param name="Today">The day (Stockholm) the figures were read for: overdue and held/planned count from it.</param>
/// <param name="Indicators">One page of the labs with indicators (<see cref="IndicatorPages"/>).</param>
public sealed record ProjectDashboard(
    DateOnly Today,
    int LabGoalPerAdministration,
    IReadOnlyList<AdministrationLabs> Administrations,
    EventFigures Conferences,
    EventFigures Seminars,
    ParticipationSummary Participation,
    IReadOnlyList<LabIndicators> Indicators,
    IndicatorPaging IndicatorPages);

/// <summary>The labs of one administration against the goal: how many, their overdue tasks, and the first of them (<see cref="Labs"/>).</summary>
public sealed record AdministrationLabs(string AdministrationId, string Name, int Goal, int Count, int OverdueTasks, IReadOnlyList<DashboardLab> Labs)
{
    public bool GoalMet => Count >= Goal;
}

/// <summary>
/// Which page of the labs with indicators (newest first) <see cref="ProjectDashboard.Indicators"/> is (from 0), and
/// whether another follows; the labs are not counted (that would read every lab's measurements).
/// </summary>
public sealed record IndicatorPaging(int Page, int PageSize, bool More);

/// <summary>A lab as the dashboard shows it: where it stands and how many of its open tasks are overdue.</summary>
public sealed record DashboardLab(
    Guid Id,
    string Title,
    string AdministrationId,
    string DefinitionId,
    DateOnly StartDate,
    LabListState State,
    IReadOnlyList<DashboardPhase> ActivePhases,
    int OverdueTasks);

/// <summary>A phase by its id and its name in the lab's flow.</summary>
public sealed record DashboardPhase(string Id, LocalizedText Name);

/// <summary>
/// Conferences or seminars: how many were held (on or before today) and are planned (after today), with the latest held
/// and the next planned (at most <see cref="ProjectDashboardService.ShownLabs"/> each); cancelled ones are left out.
/// </summary>
public sealed record EventFigures(int HeldCount, int PlannedCount, IReadOnlyList<DashboardLab> Held, IReadOnlyList<DashboardLab> Planned);

/// <summary>
/// One lab's indicators by sex: the measurements (<see cref="Measures"/>: the baseline, then each follow-up by due
/// date) and per indicator a value pair for each measurement.
/// </summary>
/// <param name="Unreadable">Completed measurements whose answers the viewer may not read (the step's readers decide); they are left out.</param>
public sealed record LabIndicators(
    Guid LabId,
    string Title,
    string AdministrationId,
    IReadOnlyList<IndicatorMeasure> Measures,
    IReadOnlyList<IndicatorSeries> Indicators,
    int Unreadable);

/// <summary>A measurement: the baseline or a follow-up, named as its task is.</summary>
public sealed record IndicatorMeasure(IndicatorMeasureKind Kind, LocalizedText Name, DateOnly? Due);

public enum IndicatorMeasureKind
{
    Baseline,
    FollowUp,
}

/// <summary>One indicator; <see cref="Values"/> lines up with the lab's measures (<c>null</c> where one did not measure it).</summary>
public sealed record IndicatorSeries(string Indicator, string? Unit, IReadOnlyList<SexValues?> Values);

/// <summary>A value for women and one for men.</summary>
public sealed record SexValues(decimal? Women, decimal? Men);
