using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary><see cref="IAccounts"/> over ASP.NET Identity: the invitation email, the sign-in name and the sessions.</summary>
internal sealed class IdentityAccounts(UserManager<LabFlowUser> users, AccountPasswords passwords, AccountSessions sessions) : IAccounts
{
    public async Task<Guid?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email))?.Id;

    public async Task<Person> InviteAsync(NewPerson person, Guid inviterId, CancellationToken cancellationToken)
    {
        var (created, result) = await passwords.InviteAsync(
            new Invitation(person.Email, person.Name, person.Culture, person.Memberships, [.. (person.OrganisationRoles ?? []).Select(r => r.ToString())]),
            inviterId,
            cancellationToken);
        return created ?? throw Refused(result.Errors.SelectMany(e => e.Value));
    }

    public async Task ChangeEmailAsync(Guid personId, string email, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(personId.ToString()) is not { } user)
        {
            return;
        }

        // The user name is the email address, so sign-in follows the new address.
        var changed = await users.SetEmailAsync(user, email);
        changed = changed.Succeeded ? await users.SetUserNameAsync(user, email) : changed;
        if (!changed.Succeeded)
        {
            throw Refused(changed.Errors.Select(e => e.Description));
        }
    }

    public Task EndSessionsAsync(Guid personId, CancellationToken cancellationToken) => sessions.EndAllAsync(personId, cancellationToken);

    private static LabDomainException Refused(IEnumerable<string> messages) =>
        LabDomainException.Invalid("email", PeopleMessages.AccountRefused.With(("reasons", string.Join(" ", messages))));
}
