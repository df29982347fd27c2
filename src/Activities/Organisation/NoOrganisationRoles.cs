namespace LabFlow.Activities.Organisation;

/// <summary>The default without sign-in infrastructure: nobody holds an organisation-wide role; memberships decide.</summary>
internal sealed class NoOrganisationRoles : IOrganisationRoles
{
    public Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Role>>([]);
}
