using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Who may see and manage a lab. Administrators everywhere; the lab's facilitators and its administration's
/// facilitators manage it; the lab's people and its administration's members see it. Nobody from another
/// administration sees it unless they are in the lab. An administrator is one by an Admin membership anywhere or by
/// the organisation-wide Admin role (<see cref="IOrganisationRoles"/>).
/// </summary>
public sealed class LabAccess(IDirectory directory, IOrganisationRoles organisationRoles)
{
    public async Task<bool> IsAdminAsync(Guid personId, CancellationToken cancellationToken) =>
        (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => m.Role == Role.Admin)
        || (await organisationRoles.ListAsync(personId, cancellationToken)).Contains(Role.Admin);

    public async Task<bool> CanManageAsync(Guid personId, Lab lab, CancellationToken cancellationToken)
    {
        if (lab.People.Any(m => m.PersonId == personId && m.Role == Role.Facilitator))
        {
            return true;
        }

        var memberships = await directory.ListMembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => m.Role == Role.Facilitator && string.Equals(m.AdministrationId, lab.AdministrationId, StringComparison.Ordinal))
            || await IsAdminAsync(personId, cancellationToken);
    }

    public async Task<bool> CanSeeAsync(Guid personId, Lab lab, CancellationToken cancellationToken)
    {
        if (lab.People.Any(m => m.PersonId == personId))
        {
            return true;
        }

        var memberships = await directory.ListMembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => string.Equals(m.AdministrationId, lab.AdministrationId, StringComparison.Ordinal))
            || await IsAdminAsync(personId, cancellationToken);
    }

    /// <summary>Whether <paramref name="personId"/> may launch a lab in <paramref name="administrationId"/>.</summary>
    public async Task<bool> CanLaunchAsync(Guid personId, string administrationId, CancellationToken cancellationToken) =>
        (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => m.Role == Role.Facilitator && string.Equals(m.AdministrationId, administrationId, StringComparison.Ordinal))
        || await IsAdminAsync(personId, cancellationToken);
}
