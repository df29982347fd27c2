using System.Security.Claims;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in with one rule more: a person the directory marks inactive cannot sign in. The rule holds for
/// passwords, for tokens, and for cookies already issued (checked whenever the cookie is revalidated).
/// </summary>
internal sealed class LabFlowSignInManager(
    UserManager<LabFlowUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LabFlowUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LabFlowUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LabFlowUser> confirmation,
    IDirectory directory)
    : SignInManager<LabFlowUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(LabFlowUser user) =>
        await base.CanSignInAsync(user)
        && await directory.FindPersonAsync(user.Id, CancellationToken.None) is not { Active: false };

    public override async Task<LabFlowUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }
}
