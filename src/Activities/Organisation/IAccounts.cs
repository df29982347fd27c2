using LabFlow.Activities.Labs;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// The sign-in side of a person (the Host implements it over ASP.NET Identity), so <see cref="PeopleService"/>
/// keeps the directory and the accounts in step without the domain knowing Identity.
/// </summary>
public interface IAccounts
{
    /// <summary>The id of the account that signs in with <paramref name="email"/>, or <c>null</c>.</summary>
    Task<Guid?> FindIdByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates the person, their memberships and an account without password, and emails them the invitation.</summary>
    /// <exception cref="LabDomainException"><c>invalid</c> on the field <c>email</c> when the account cannot be created.</exception>
    Task<Person> InviteAsync(NewPerson person, Guid inviterId, CancellationToken cancellationToken);

    /// <summary>Moves the person's sign-in to <paramref name="email"/> (the user name is the email address).</summary>
    /// <exception cref="LabDomainException"><c>invalid</c> on the field <c>email</c> when the account refuses it.</exception>
    Task ChangeEmailAsync(Guid personId, string email, CancellationToken cancellationToken);

    /// <summary>Ends every session and token of the person at once, so changed rights or a deactivation take effect now.</summary>
    Task EndSessionsAsync(Guid personId, CancellationToken cancellationToken);
}
