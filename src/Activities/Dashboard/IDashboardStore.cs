using LabFlow.Activities.Labs;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// The dashboard's figures counted in the database (GROUP BY / COUNT) and the few labs it shows behind each figure,
/// so the dashboard reads a bounded number of rows whatever the number of labs. Cancelled labs are never counted
/// (except by <see cref="ListLabsWithAttendanceAsync"/>: who took part, took part). <c>administrations</c> is the
/// viewer's scope, <c>null</c> for every administration; the caller has checked it.
/// </summary>
public interface IDashboardStore
{
    /// <summary>
    /// The dashboard's counts and every stored version of every flow, read together: the database stores send them as
    /// one command (one round trip), since none depends on another.
    /// </summary>
    /// <param name="administrations">The viewer's scope, <c>null</c> for every administration.</param>
    /// <param name="labFlowIds">The flows whose overdue tasks are counted (the lab flows).</param>
    /// <param name="today">The day labs have started on or before, and tasks due before are overdue.</param>
    Task<DashboardFigures> ReadFiguresAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> labFlowIds, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> labs for each selection, in the selection's order (see <see cref="DashboardLabSelection"/>).</summary>
    Task<IReadOnlyList<IReadOnlyList<LabListItem>>> ListLabsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyList<DashboardLabSelection> selections, int take, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the labs (not cancelled) with a completed task at one of <paramref name="stepIds"/>, newest first,
    /// and whether more follow. Not counted: counting would read every such task (25,000 at 100,000 labs).
    /// </summary>
    Task<DashboardLabPage> ListLabsWithCompletedStepsAsync(
        IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> stepIds, int skip, int take, DateOnly today, CancellationToken cancellationToken);

    /// <summary>The labs, cancelled ones too, with at least one attendance in the register.</summary>
    Task<IReadOnlyList<Lab>> ListLabsWithAttendanceAsync(IReadOnlyCollection<string>? administrations, CancellationToken cancellationToken);
}

/// <summary>
/// The dashboard's figures: labs not cancelled, counted per administration, flow and whether they start on or before the
/// day (<see cref="Labs"/>); open tasks past due of the lab flows per administration (<see cref="OverdueTasks"/>, a
/// cancelled lab has no open tasks); and every stored version of every flow, retracted ones too (<see cref="FlowVersions"/>),
/// for the phase names of the labs shown and the indicator steps.
/// </summary>
public sealed record DashboardFigures(
    IReadOnlyList<DashboardLabCount> Labs, IReadOnlyDictionary<string, int> OverdueTasks, IReadOnlyList<WorkflowDefinition> FlowVersions);

/// <summary>How many labs (not cancelled) of one flow in one administration start on or before the day asked (<paramref name="Started"/>) or after it.</summary>
public sealed record DashboardLabCount(string AdministrationId, string DefinitionId, bool Started, int Labs);

/// <summary>
/// Labs (not cancelled) of these flows, in one administration or any. <paramref name="Started"/> <c>null</c>: newest
/// created first; <c>true</c>: started on or before the day, latest start first; <c>false</c>: starting after it, soonest first.
/// </summary>
public sealed record DashboardLabSelection(IReadOnlyCollection<string> DefinitionIds, string? AdministrationId, bool? Started);

/// <summary>A page of labs, and whether another page follows.</summary>
public sealed record DashboardLabPage(IReadOnlyList<LabListItem> Labs, bool More);
