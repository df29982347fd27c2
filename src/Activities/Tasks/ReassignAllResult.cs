namespace LabFlow.Activities.Tasks;

/// <summary>How many open tasks moved, and how many stayed because the actor may not manage their lab.</summary>
public sealed record ReassignAllResult(int Reassigned, int NotPermitted);
