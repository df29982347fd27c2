namespace LabFlow.Activities.Organisation;

/// <summary>
/// Roles a person holds for the whole organisation rather than in one administration (LabFlow's administrators and
/// the project team's designers). Memberships cannot express them, because a membership names an administration.
/// </summary>
public interface IOrganisationRoles
{
    Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken);
}
