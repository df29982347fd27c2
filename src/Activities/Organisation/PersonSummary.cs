using LabFlow.Activities.Email;

namespace LabFlow.Activities.Organisation;

/// <summary>A person with the roles they hold, as the people list and the person's page show them.</summary>
public sealed record PersonSummary(Person Person, IReadOnlyList<Membership> Memberships)
{
    /// <summary>
    /// The mail server's refusal of the person's current address, when their latest email was refused for good
    /// (<see cref="WaitingEmails.WithRefusalsAsync"/> fills it); <c>null</c> otherwise.
    /// </summary>
    public EmailRefusal? EmailRefused { get; init; }

    /// <summary>
    /// Whether the stored address is one email can be sent to at all. An address stored before
    /// <see cref="EmailAddressRule"/> refused it keeps every email to the person waiting until an administrator corrects it.
    /// </summary>
    public bool AddressIsValid => EmailAddressRule.IsValid(Person.Email);

    /// <summary>
    /// Whether email reaches the person: the address is valid and the mail server did not refuse it. When not, the
    /// emails to them wait until an administrator corrects the address.
    /// </summary>
    public bool CanReceiveEmail => AddressIsValid && EmailRefused is null;
}
