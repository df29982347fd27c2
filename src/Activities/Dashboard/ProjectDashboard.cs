using LabFlow.Activities.Labs;
using LabFlow.Activities.Register;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// The project team's figures (<c>/project</c>, <c>GET /api/v1/project/dashboard</c>): every figure carries the labs
/// behind it, so each one drills down to its labs.
/// </summary>
/// <param name="Today">The day (Stockholm) the figures were read for: overdue and held/planned count from it.</param>
public sealed record ProjectDashboard(
    DateOnly Today,
    int LabGoalPerAdministration,
    IReadOnlyList<AdministrationLabs> Administrations,
    EventFigures Conferences,
    EventFigures Seminars,
    ParticipationSummary Participation,
    IReadOnlyList<LabIndicators> Indicators);

/// <summary>The labs of one administration against the goal.</summary>
public sealed record AdministrationLabs(string AdministrationId, string Name, int Goal, IReadOnlyList<DashboardLab> Labs)
{
    public int Count => Labs.Count;

    public int OverdueTasks => Labs.Sum(l => l.OverdueTasks);

    public bool GoalMet => Count >= Goal;
}

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

/// <summary>Conferences or seminars: held (on or before today) and planned (after today); cancelled ones are left out.</summary>
public sealed record EventFigures(IReadOnlyList<DashboardLab> Held, IReadOnlyList<DashboardLab> Planned);

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
