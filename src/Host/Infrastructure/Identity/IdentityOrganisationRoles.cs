using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>The organisation-wide roles (Admin, Designer) are Identity roles; the lab domain reads them through here.</summary>
internal sealed class IdentityOrganisationRoles(UserManager<LabFlowUser> users) : IOrganisationRoles
{
    public async Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(personId.ToString()) is not { } user)
        {
            return [];
        }

        var names = await users.GetRolesAsync(user);
        return [.. names.Select(name => Enum.TryParse<Role>(name, out var role) ? role : (Role?)null).OfType<Role>()];
    }
}
