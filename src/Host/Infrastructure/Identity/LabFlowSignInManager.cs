using System.Security.Claims;
using LabFlow.Activities.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in with two rules more: a person the directory marks inactive cannot sign in (with a password, a
/// token, or a cookie issued earlier, checked on every request by <see cref="SessionValidator"/>), and every refused
/// password sign-in verifies a password hash, so an unknown email, a locked or inactive account and a wrong password
/// take the same time to answer.
/// </summary>
internal sealed class LabFlowSignInManager(
    UserManager<LabFlowUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LabFlowUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LabFlowUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LabFlowUser> confirmation,
    IDirectory directory,
    DecoyPasswordHash decoy)
    : SignInManager<LabFlowUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>
    /// Signs in with an email address and a password (lockout on failure). An unknown email is refused after the
    /// same hash verification a known one gets. <c>User</c> is the account when the sign-in succeeded.
    /// </summary>
    public async Task<(SignInResult Result, LabFlowUser? User)> PasswordSignInByEmailAsync(string? email, string? password, bool isPersistent)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            decoy.Verify(UserManager.PasswordHasher, password);
            return (SignInResult.Failed, null);
        }

        var result = await PasswordSignInAsync(user, password ?? "", isPersistent, lockoutOnFailure: true);
        return (result, result.Succeeded ? user : null);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(LabFlowUser user, string password, bool lockoutOnFailure)
    {
        // Identity refuses an inactive or locked account before it hashes anything, which answers in a few
        // milliseconds instead of fifty: verify the decoy so the refusal costs what a wrong password costs.
        if (await PreSignInCheck(user) is { } refused)
        {
            decoy.Verify(UserManager.PasswordHasher, password);
            return refused;
        }

        if (!await UserManager.HasPasswordAsync(user))
        {
            // An invited person who has not chosen a password yet: Identity would refuse without hashing.
            decoy.Verify(UserManager.PasswordHasher, password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<bool> CanSignInAsync(LabFlowUser user) =>
        await base.CanSignInAsync(user)
        && await directory.FindPersonAsync(user.Id, CancellationToken.None) is not { Active: false };

    public override async Task<LabFlowUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }
}
