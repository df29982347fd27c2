namespace LabFlow.Activities.Tasks;

/// <summary>An open task a person may complete today as stand-in for <see cref="AwayName"/> (<see cref="StandInRule"/>).</summary>
public sealed record StandInTask(LabTask Task, Guid AwayPersonId, string AwayName);
