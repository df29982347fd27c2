using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Creates sign-in accounts for directory people: the person in the directory, a user with the same id, and
/// organisation-wide roles (Admin, Designer) as Identity roles. Used by create-admin, invitations and the demo.
/// </summary>
internal sealed class AccountProvisioner(UserManager<LabFlowUser> users, RoleManager<IdentityRole<Guid>> roles, IDirectoryCommands directory)
{
    /// <summary>
    /// Saves <paramref name="person"/> with <paramref name="memberships"/> and creates their user (with
    /// <paramref name="password"/>, or none for an invitation) unless it exists; adds <paramref name="organisationRoles"/>.
    /// Returns the user, or Identity's errors (password rules, a taken email) with nothing of the user created.
    /// </summary>
    public async Task<(LabFlowUser? User, IReadOnlyList<string> Errors)> EnsureAsync(
        Person person,
        IReadOnlyCollection<Membership> memberships,
        IReadOnlyCollection<string> organisationRoles,
        string? password,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(person.Id.ToString());
        if (user is null)
        {
            if (password is not null && await ValidatePasswordAsync(password) is { Count: > 0 } passwordErrors)
            {
                return (null, passwordErrors);
            }

            user = new LabFlowUser(person.Id, person.Email);
            var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return (null, [.. created.Errors.Select(e => e.Description)]);
            }
        }

        await directory.SavePersonAsync(person, cancellationToken);
        foreach (var membership in memberships)
        {
            await directory.AddMembershipAsync(membership, cancellationToken);
        }

        foreach (var role in organisationRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }

            if (!await users.IsInRoleAsync(user, role))
            {
                await users.AddToRoleAsync(user, role);
            }
        }

        return (user, []);
    }

    /// <summary>What is wrong with <paramref name="password"/> under LabFlow's password rules (empty when it is fine).</summary>
    public async Task<IReadOnlyList<string>> ValidatePasswordAsync(string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new LabFlowUser(), password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }
}
