using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Who may see and manage a lab. Administrators everywhere; the lab's facilitators and its administration's
/// facilitators manage it; the lab's people and its administration's members see it. Nobody from another
/// administration sees it unless they are in the lab.
/// </summary>
public sealed class LabAccess(IDirectory directory)
{
    public async Task<bool> IsAdminAsync(Guid personId, CancellationToken cancellationToken) =>
        (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => m.Role == Role.Admin);

    public async Task<bool> CanManageAsync(Guid personId, Lab lab, CancellationToken cancellationToken)
    {
        if (lab.People.Any(m => m.PersonId == personId && m.Role == Role.Facilitator))
        {
            return true;
        }

        var memberships = await directory.ListMembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => m.Role == Role.Admin
            || (m.Role == Role.Facilitator && string.Equals(m.AdministrationId, lab.AdministrationId, StringComparison.Ordinal)));
    }

    public async Task<bool> CanSeeAsync(Guid personId, Lab lab, CancellationToken cancellationToken)
    {
        if (lab.People.Any(m => m.PersonId == personId))
        {
            return true;
        }

        var memberships = await directory.ListMembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => m.Role == Role.Admin || string.Equals(m.AdministrationId, lab.AdministrationId, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="personId"/> may launch a lab in <paramref name="administrationId"/>.</summary>
    public async Task<bool> CanLaunchAsync(Guid personId, string administrationId, CancellationToken cancellationToken) =>
        (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => m.Role == Role.Admin
            || (m.Role == Role.Facilitator && string.Equals(m.AdministrationId, administrationId, StringComparison.Ordinal)));
}
