namespace LabFlow.Activities.Organisation;

/// <summary>A deactivated person, how many open tasks moved, and to whom (<c>null</c> when none moved).</summary>
public sealed record DeactivatedPerson(PersonSummary Person, int TasksReassigned, Person? Successor);
