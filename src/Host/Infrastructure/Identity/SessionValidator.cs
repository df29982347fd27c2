using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Checks a sign-in cookie on every request, in place of Identity's check every 30 minutes: the security stamp is
/// read from the database each time (deactivating a person or removing a membership changes it, so the cookie is
/// refused on the next request on any node), and the person's active state and claims are read again at most
/// <see cref="LabFlowAuthenticationOptions.SessionRefreshInterval"/> after this node last read them. A cookie whose
/// claims no longer match (a role added, a name changed) is replaced by one with the current claims.
/// </summary>
internal sealed class SessionValidator(
    LabFlowSignInManager signInManager,
    SessionSnapshots snapshots,
    IOptions<IdentityOptions> identityOptions,
    IOptions<LabFlowAuthenticationOptions> settings)
{
    // How the person signed in (password, external provider): kept when the claims are refreshed, as Identity's
    // own RefreshSignInAsync keeps it.
    private const string AuthenticationMethodClaimType = "amr";

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(context);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var user = await CurrentUserAsync(principal);
        if (user is null)
        {
            await RejectAsync(context);
            return;
        }

        ClaimsPrincipal? fresh = null;
        var snapshot = snapshots.Find(user.Id, user.SecurityStamp!);
        if (snapshot is null)
        {
            var canSignIn = await signInManager.CanSignInAsync(user);
            fresh = canSignIn ? await signInManager.CreateUserPrincipalAsync(user) : null;
            snapshot = new SessionSnapshot(user.SecurityStamp!, canSignIn, fresh is null ? "" : Fingerprint(fresh));
            snapshots.Store(user.Id, snapshot, settings.Value.SessionRefreshInterval);
        }

        if (!snapshot.CanSignIn)
        {
            await RejectAsync(context);
            return;
        }

        if (!string.Equals(Fingerprint(principal!), snapshot.Fingerprint, StringComparison.Ordinal))
        {
            fresh ??= await signInManager.CreateUserPrincipalAsync(user);
            var identity = (ClaimsIdentity)fresh.Identity!;
            identity.AddClaims(principal!.FindAll(AuthenticationMethodClaimType).Select(c => new Claim(c.Type, c.Value)));
            context.ReplacePrincipal(fresh);
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// Whether <paramref name="principal"/> (an open page's sign-in) may still be signed in: same security stamp, and
    /// the person active. Reads the database, never this node's snapshots.
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal) =>
        await CurrentUserAsync(principal) is { } user && await signInManager.CanSignInAsync(user);

    /// <summary>The principal's account when it still exists and its security stamp is the principal's.</summary>
    private async Task<LabFlowUser?> CurrentUserAsync(ClaimsPrincipal? principal)
    {
        if (principal is null || await signInManager.UserManager.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal) ? user : null;
    }

    private async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await signInManager.SignOutAsync();
    }

    /// <summary>The claims that decide what a person may do and how pages greet them, in a stable order.</summary>
    private string Fingerprint(ClaimsPrincipal principal)
    {
        var types = identityOptions.Value.ClaimsIdentity;
        string[] compared = [types.RoleClaimType, types.UserNameClaimType, types.EmailClaimType, LabFlowClaimTypes.Membership, LabFlowClaimTypes.DisplayName, LabFlowClaimTypes.Culture];
        return string.Join(
            '\n',
            principal.Claims
                .Where(c => compared.Contains(c.Type, StringComparer.Ordinal))
                .Select(c => $"{c.Type}={c.Value}")
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal));
    }
}
