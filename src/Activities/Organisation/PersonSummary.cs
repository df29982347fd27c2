namespace LabFlow.Activities.Organisation;

/// <summary>A person with the roles they hold, as the people list and the person's page show them.</summary>
public sealed record PersonSummary(Person Person, IReadOnlyList<Membership> Memberships);
