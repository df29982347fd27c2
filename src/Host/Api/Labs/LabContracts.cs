using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Api.Labs;

/// <summary>Launch a lab from a published flow.</summary>
/// <param name="Version">A published version of the flow; the latest when left out.</param>
/// <param name="Inputs">Values for the flow's own inputs.</param>
internal sealed record LaunchLabBody(
    [property: Required] string DefinitionId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required] string AdministrationId,
    [property: Required, StringLength(1000, MinimumLength = 1)] string Challenge,
    DateOnly StartDate,
    IReadOnlyList<LabMember> People,
    IReadOnlyList<string>? TargetAreas = null,
    JsonObject? Inputs = null,
    int? Version = null);

/// <summary>A lab in a list: enough to filter and to show its state.</summary>
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
    int OverdueTasks);

/// <summary>One lab with its phases, tasks, open incidents and timeline.</summary>
internal sealed record LabDetails(
    Lab Lab,
    WorkflowStatus Status,
    int DefinitionVersion,
    IReadOnlyList<PhaseProgress> Phases,
    IReadOnlyList<LabTask> Tasks,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<JournalEntry> Timeline);

internal sealed record CancelLabBody([property: StringLength(1000)] string? Reason);

internal sealed record MoveStartDateBody(DateOnly StartDate);

internal sealed record AddLabPersonBody(LabMember Person);

/// <summary>Send a named signal to the lab's steps waiting for it (WaitForSignal).</summary>
internal sealed record SignalBody(string? Correlation = null, JsonObject? Data = null);

internal sealed record AdHocTaskBody(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    Guid AssigneeId,
    DateOnly? Due = null,
    [property: StringLength(20000)] string? Instructions = null,
    JsonArray? Form = null,
    string? Phase = null);
