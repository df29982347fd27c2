namespace LabFlow.Activities.Organisation;

/// <summary>A stored stand-in period with the stand-in as a person, for both doors to show by name.</summary>
public sealed record StandInDetails(StandIn Period, Person StandIn);
