using System.Text.Json.Nodes;

namespace LabFlow.Activities.Labs;

/// <summary>What a facilitator gives to launch a lab on flow <paramref name="DefinitionId"/> (its latest version unless <paramref name="Version"/>).</summary>
/// <param name="Inputs">The flow's declared inputs; <c>challenge</c> is added from <paramref name="Challenge"/> when not given.</param>
/// <param name="Workshops">The lab's own day, time, place and meeting link per workshop step (by step id); parts left empty keep the flow's.</param>
public sealed record LaunchLabRequest(
    string DefinitionId,
    string Title,
    string AdministrationId,
    string Challenge,
    DateOnly StartDate,
    IReadOnlyList<LabMember> People,
    IReadOnlyList<string>? TargetAreas = null,
    JsonObject? Inputs = null,
    int? Version = null,
    IReadOnlyDictionary<string, Register.WorkshopScheduleInput>? Workshops = null);
