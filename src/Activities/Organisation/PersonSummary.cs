namespace LabFlow.Activities.Organisation;

/// <summary>A person with the roles they hold, as the people list and the person's page show them.</summary>
public sealed record PersonSummary(Person Person, IReadOnlyList<Membership> Memberships)
{
    /// <summary>
    /// Whether email can be sent to the stored address. An address stored before <see cref="EmailAddressRule"/>
    /// refused it keeps every email to the person waiting until an administrator corrects it.
    /// </summary>
    public bool CanReceiveEmail => EmailAddressRule.IsValid(Person.Email);
}
