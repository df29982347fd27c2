using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>The organisation-wide roles (Admin, Designer) are Identity roles; the lab domain reads them through here.</summary>
/// <remarks>
/// Every request that makes a <c>LabAccess</c> (a task completion among them) makes this, and most never ask it
/// (the caller's roles are read once per request, and only by a check that needs them), so the user manager, with its
/// token providers and their data protectors, is made only when roles are read.
/// </remarks>
internal sealed class IdentityOrganisationRoles(Lazy<UserManager<LabFlowUser>> userManagers) : IOrganisationRoles
{
    public async Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken)
    {
        var users = userManagers.Value;
        if (await users.FindByIdAsync(personId.ToString()) is not { } user)
        {
            return [];
        }

        var names = await users.GetRolesAsync(user);
        return [.. names.Select(name => Enum.TryParse<Role>(name, out var role) ? role : (Role?)null).OfType<Role>()];
    }
}
