using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Who may see and manage a lab, by the <see cref="RoleModel"/>: a person's memberships grant their roles'
/// permissions in that administration, organisation-wide roles (<see cref="IOrganisationRoles"/>, and an Admin
/// membership anywhere) everywhere. The lab's own facilitators manage it and the lab's own people see it. Nobody
/// from another administration sees it unless they are in the lab or hold an organisation-wide grant.
/// </summary>
public sealed class LabAccess(IDirectory directory, IOrganisationRoles organisationRoles, AccessReads? reads = null)
{
    public Task<bool> IsAdminAsync(Guid personId, CancellationToken cancellationToken) =>
        HasEverywhereAsync(personId, Permission.Administer, cancellationToken);

    /// <summary>The one administrator check of the organisation's settings; each feature names its own refusal.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> with <paramref name="refusal"/> unless <paramref name="personId"/> is an administrator.</exception>
    public async Task RequireAdminAsync(Guid personId, CodedMessage refusal, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync(personId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, refusal);
        }
    }

    public async Task<bool> CanManageAsync(Guid personId, Lab lab, CancellationToken cancellationToken) =>
        lab.People.Any(m => m.PersonId == personId && RoleModel.Grants(m.Role, Permission.ManageLabs))
        || await HasInAsync(personId, lab.AdministrationId, Permission.ManageLabs, cancellationToken);

    public async Task<bool> CanSeeAsync(Guid personId, Lab lab, CancellationToken cancellationToken)
    {
        if (lab.People.Any(m => m.PersonId == personId))
        {
            return true;
        }

        // Any membership of the lab's administration lets a person see its labs, whatever the role.
        var memberships = await MembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => string.Equals(m.AdministrationId, lab.AdministrationId, StringComparison.Ordinal))
            || await HasEverywhereAsync(personId, memberships, Permission.SeeLabs, cancellationToken);
    }

    /// <summary>
    /// The administrations whose labs <paramref name="personId"/> sees (<see cref="CanSeeAsync"/>), <c>null</c> for
    /// every administration; the labs they are in come on top. Lists filter with it in the database.
    /// </summary>
    public async Task<IReadOnlyCollection<string>?> VisibleAdministrationsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var memberships = await MembershipsAsync(personId, cancellationToken);
        return await HasEverywhereAsync(personId, memberships, Permission.SeeLabs, cancellationToken)
            ? null
            : [.. memberships.Select(m => m.AdministrationId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The administrations in which <paramref name="personId"/> holds <paramref name="permission"/> through a
    /// membership, <c>null</c> when they hold it everywhere, empty when nowhere (the project's reports filter with it).
    /// </summary>
    public async Task<IReadOnlyCollection<string>?> AdministrationsGrantingAsync(Guid personId, Permission permission, CancellationToken cancellationToken)
    {
        var memberships = await MembershipsAsync(personId, cancellationToken);
        return await HasEverywhereAsync(personId, memberships, permission, cancellationToken)
            ? null
            : AdministrationsGranting(memberships, permission);
    }

    /// <summary>
    /// The person's memberships and organisation roles read once, for a call that asks several of the questions below
    /// about one person (the project dashboard asked four times, each a read, where no API request keeps the reads).
    /// A grant read here holds for that call only: the next call reads again.
    /// </summary>
    public async Task<PersonGrants> GrantsAsync(Guid personId, CancellationToken cancellationToken) =>
        new(await MembershipsAsync(personId, cancellationToken), await OrganisationRolesAsync(personId, cancellationToken));

    /// <summary><see cref="AdministrationsGrantingAsync"/> of grants read once (<see cref="GrantsAsync"/>).</summary>
    public static IReadOnlyCollection<string>? AdministrationsGranting(PersonGrants grants, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return grants.Memberships.Any(m => RoleModel.GrantsEverywhere(m.Role, permission)) || grants.OrganisationRoles.Any(r => RoleModel.GrantsEverywhere(r, permission))
            ? null
            : AdministrationsGranting(grants.Memberships, permission);
    }

    private static string[] AdministrationsGranting(IEnumerable<Membership> memberships, Permission permission) =>
        [.. memberships.Where(m => RoleModel.Grants(m.Role, permission)).Select(m => m.AdministrationId).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="personId"/> may launch a lab in <paramref name="administrationId"/>.</summary>
    public Task<bool> CanLaunchAsync(Guid personId, string administrationId, CancellationToken cancellationToken) =>
        HasInAsync(personId, administrationId, Permission.LaunchLabs, cancellationToken);

    /// <summary>Whether <paramref name="personId"/> holds <paramref name="permission"/> for <paramref name="lab"/>'s administration, through a membership there or an organisation-wide grant.</summary>
    public Task<bool> HoldsForAsync(Guid personId, Lab lab, Permission permission, CancellationToken cancellationToken) =>
        HasInAsync(personId, lab.AdministrationId, permission, cancellationToken);

    /// <summary>
    /// The roles a step's <c>readers</c> can find <paramref name="personId"/> in for any lab they see, besides the roles
    /// they are named on the lab in: <see cref="OrganisationWideRolesAsync"/> and the project team's roles (memberships
    /// of <see cref="ProjectScope"/>). The project team is named on no administration's lab, so a flow that wants them
    /// to read a step (the indicator steps) names their roles as its readers.
    /// </summary>
    public async Task<IReadOnlySet<Role>> ReaderRolesAsync(Guid personId, CancellationToken cancellationToken) =>
        ReaderRoles(await GrantsAsync(personId, cancellationToken));

    /// <summary><see cref="ReaderRolesAsync"/> of grants read once (<see cref="GrantsAsync"/>).</summary>
    public static IReadOnlySet<Role> ReaderRoles(PersonGrants grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return new HashSet<Role>(grants.Memberships
            .Where(m => RoleModel.Of(m.Role).Scope == RoleScope.Organisation
                || (RoleModel.Of(m.Role).Scope == RoleScope.Project && string.Equals(m.AdministrationId, ProjectScope.AdministrationId, StringComparison.Ordinal)))
            .Select(m => m.Role)
            .Concat(grants.OrganisationRoles));
    }

    /// <summary>The roles <paramref name="personId"/> holds everywhere: organisation roles and organisation-scoped memberships (an Admin membership).</summary>
    public async Task<IReadOnlySet<Role>> OrganisationWideRolesAsync(Guid personId, CancellationToken cancellationToken) =>
        OrganisationWideRoles(await GrantsAsync(personId, cancellationToken));

    /// <summary><see cref="OrganisationWideRolesAsync"/> of grants read once (<see cref="GrantsAsync"/>).</summary>
    public static IReadOnlySet<Role> OrganisationWideRoles(PersonGrants grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return new HashSet<Role>(grants.Memberships.Where(m => RoleModel.Of(m.Role).Scope == RoleScope.Organisation).Select(m => m.Role)
            .Concat(grants.OrganisationRoles));
    }

    /// <summary>The person's memberships, once per API request (<see cref="AccessReads"/>).</summary>
    private Task<IReadOnlyList<Membership>> MembershipsAsync(Guid personId, CancellationToken cancellationToken) =>
        reads is null
            ? directory.ListMembershipsAsync(personId, cancellationToken)
            : reads.MembershipsAsync(personId, () => directory.ListMembershipsAsync(personId, cancellationToken));

    private Task<IReadOnlyList<Role>> OrganisationRolesAsync(Guid personId, CancellationToken cancellationToken) =>
        reads is null
            ? organisationRoles.ListAsync(personId, cancellationToken)
            : reads.OrganisationRolesAsync(personId, () => organisationRoles.ListAsync(personId, cancellationToken));

    private async Task<bool> HasInAsync(Guid personId, string administrationId, Permission permission, CancellationToken cancellationToken)
    {
        var memberships = await MembershipsAsync(personId, cancellationToken);
        return memberships.Any(m => RoleModel.Grants(m.Role, permission) && string.Equals(m.AdministrationId, administrationId, StringComparison.Ordinal))
            || await HasEverywhereAsync(personId, memberships, permission, cancellationToken);
    }

    private async Task<bool> HasEverywhereAsync(Guid personId, Permission permission, CancellationToken cancellationToken) =>
        await HasEverywhereAsync(personId, await MembershipsAsync(personId, cancellationToken), permission, cancellationToken);

    /// <summary>An organisation-wide role, or a membership whose role grants it everywhere (an Admin membership anywhere, a project role's seeing grants), that grants it.</summary>
    private async Task<bool> HasEverywhereAsync(Guid personId, IEnumerable<Membership> memberships, Permission permission, CancellationToken cancellationToken) =>
        memberships.Any(m => RoleModel.GrantsEverywhere(m.Role, permission))
        || (await OrganisationRolesAsync(personId, cancellationToken)).Any(role => RoleModel.GrantsEverywhere(role, permission));
}

/// <summary>One person's memberships and organisation roles, as <see cref="LabAccess.GrantsAsync"/> read them.</summary>
public sealed record PersonGrants(IReadOnlyList<Membership> Memberships, IReadOnlyList<Role> OrganisationRoles);
