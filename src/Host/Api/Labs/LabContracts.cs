using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Api.Labs;

/// <summary>Launch a lab from a published flow.</summary>
/// <param name="DefinitionId">The flow's id (see <c>GET /api/v1/flows</c>).</param>
/// <param name="StartDate">Day 0 of the lab; relative due dates count from it.</param>
/// <param name="People">The lab's own people with their role in it; roles resolve among them first.</param>
/// <param name="Version">A published version of the flow; the latest when left out.</param>
/// <param name="Inputs">Values for the flow's own inputs; <c>challenge</c> is filled from <paramref name="Challenge"/> when left out.</param>
/// <param name="Workshops">The lab's own day, time, place and meeting link per workshop step (by step id), as the launch form sets them.</param>
internal sealed record LaunchLabBody(
    string DefinitionId,
    string Title,
    string AdministrationId,
    string Challenge,
    DateOnly StartDate,
    IReadOnlyList<LabPersonBody>? People = null,
    IReadOnlyList<string>? TargetAreas = null,
    JsonObject? Inputs = null,
    int? Version = null,
    IReadOnlyDictionary<string, WorkshopScheduleInput>? Workshops = null);

/// <summary>A person in a lab and the role they have there.</summary>
internal sealed record LabPersonBody(Guid PersonId, Role Role);

/// <summary>A lab in a list: enough to filter and to show its state.</summary>
/// <param name="OverdueTasks">Open tasks whose due date (Stockholm) has passed.</param>
internal sealed record LabSummary(
    Guid Id,
    string Title,
    string AdministrationId,
    string DefinitionId,
    int DefinitionVersion,
    WorkflowStatus Status,
    IReadOnlyList<string> ActivePhases,
    DateOnly StartDate,
    bool Paused,
    int OverdueTasks,
    LabListState State)
{
    public static LabSummary Of(LabListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var lab = item.Lab;
        return new(lab.Id, lab.Title, lab.AdministrationId, lab.DefinitionId, item.DefinitionVersion, item.Status, item.ActivePhases, lab.StartDate, lab.Paused, item.OverdueTasks, item.State);
    }
}

/// <summary>One lab with its phases, the tasks the caller may see, open incidents and its timeline.</summary>
internal sealed record LabDetails(
    Lab Lab,
    WorkflowStatus Status,
    int DefinitionVersion,
    IReadOnlyList<string> ActivePhases,
    IReadOnlyList<PhaseProgress> Phases,
    IReadOnlyList<LabTask> Tasks,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<JournalEntry> Timeline);

internal sealed record CancelLabBody(string? Reason = null);

/// <param name="Version">The lab's version as read (its ETag); needed unless If-Match carries it.</param>
internal sealed record MoveStartDateBody(DateOnly StartDate, long? Version = null);

/// <param name="Form">Form fields as a flow writes them (docs/flow-format.md), or none.</param>
internal sealed record AdHocTaskBody(
    string Title,
    Guid AssigneeId,
    DateOnly? Due = null,
    string? Instructions = null,
    JsonArray? Form = null,
    string? Phase = null);

/// <summary>Send a named signal to the lab's steps waiting for it (WaitForSignal).</summary>
/// <param name="Correlation">When the waiting step names a correlation, the same value.</param>
/// <param name="Data">The signal's payload; it becomes the waiting step's output.</param>
internal sealed record SignalBody(string? Correlation = null, JsonObject? Data = null);
