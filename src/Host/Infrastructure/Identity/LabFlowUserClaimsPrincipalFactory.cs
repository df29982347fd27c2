using System.Security.Claims;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Identity's claims (person id, email, Identity roles) plus the directory's: the person's name and language, a role
/// claim for every role the person has in any administration (so <c>RequireRole</c> works), and one
/// <see cref="LabFlowClaimTypes.Membership"/> claim per membership. Admin and Designer can also be held
/// organisation-wide as Identity roles, because a membership always names an administration.
/// </summary>
internal sealed class LabFlowUserClaimsPrincipalFactory(
    UserManager<LabFlowUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    IDirectory directory)
    : UserClaimsPrincipalFactory<LabFlowUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LabFlowUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await directory.FindPersonAsync(user.Id, CancellationToken.None) is { } person)
        {
            identity.AddClaim(new Claim(LabFlowClaimTypes.DisplayName, person.Name));
            identity.AddClaim(new Claim(LabFlowClaimTypes.Culture, person.Culture));
        }

        var roleClaimType = Options.ClaimsIdentity.RoleClaimType;
        var memberships = await directory.ListMembershipsAsync(user.Id, CancellationToken.None);
        foreach (var role in memberships.Select(m => m.Role.ToString()).Distinct(StringComparer.Ordinal))
        {
            if (!identity.HasClaim(roleClaimType, role))
            {
                identity.AddClaim(new Claim(roleClaimType, role));
            }
        }

        foreach (var membership in memberships)
        {
            identity.AddClaim(new Claim(LabFlowClaimTypes.Membership, LabFlowClaimTypes.MembershipValue(membership.AdministrationId, membership.Role.ToString())));
        }

        return identity;
    }
}
