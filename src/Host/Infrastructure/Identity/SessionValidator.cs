using System.Globalization;
using System.Security.Claims;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Checks a sign-in cookie on every request, in place of Identity's check every 30 minutes: the security stamp is
/// read from the database each time (deactivating a person or removing a membership changes it, so the cookie is
/// refused on the next request on any node), and the person's active state and claims are read again at most
/// <see cref="LabFlowAuthenticationOptions.SessionRefreshInterval"/> after this node last read them. A cookie whose
/// claims no longer match (a role added, a name changed) is replaced by one with the current claims. While this
/// node's snapshot serves, a request reads only the stamp (one column by key); the account is loaded when the
/// snapshot is read again or the cookie's claims are replaced.
/// </summary>
internal sealed class SessionValidator(
    Lazy<LabFlowSignInManager> signInManagers,
    SessionSnapshots snapshots,
    LabFlowDbContext db,
    IOptions<IdentityOptions> identityOptions,
    IOptions<LabFlowAuthenticationOptions> settings)
{
    // Every signed-in request reads the stamp: compiled once per model, so EF Core does not rebuild the query per
    // request as UserManager's FindByIdAsync does (issue 17, session 13's profile).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, CancellationToken, Task<string?>>> SecurityStampOf = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext context, Guid id, CancellationToken _) =>
            context.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault()));

    // Made only when a request needs the account (a snapshot to read again, claims to replace, a cookie to refuse),
    // not for every signed-in request: it brings the user manager and the claims factory (IdentityHostingExtensions).
    private LabFlowSignInManager SignInManager => signInManagers.Value;

    // How the person signed in (password, external provider): kept when the claims are refreshed, as Identity's
    // own RefreshSignInAsync keeps it.
    private const string AuthenticationMethodClaimType = "amr";

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(context);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var (personId, stamp) = await CurrentStampAsync(principal);
        if (stamp is null)
        {
            await RejectAsync(context);
            return;
        }

        LabFlowUser? user = null;
        ClaimsPrincipal? fresh = null;
        var snapshot = snapshots.Find(personId, stamp);
        if (snapshot is null)
        {
            // Read afresh: the account with the same stamp, or none (changed since the stamp was read) and the cookie is refused.
            user = await CurrentUserAsync(principal);
            if (user is null)
            {
                await RejectAsync(context);
                return;
            }

            var canSignIn = await SignInManager.CanSignInAsync(user);
            fresh = canSignIn ? await SignInManager.CreateUserPrincipalAsync(user) : null;
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
            user ??= await CurrentUserAsync(principal);
            if (user is null)
            {
                await RejectAsync(context);
                return;
            }

            fresh ??= await SignInManager.CreateUserPrincipalAsync(user);
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
        await CurrentUserAsync(principal) is { } user && await SignInManager.CanSignInAsync(user);

    /// <summary>
    /// The principal's person id and security stamp, the stamp only when the account still exists and its stamp is
    /// the principal's: the one read every request makes.
    /// </summary>
    private async Task<(Guid PersonId, string? Stamp)> CurrentStampAsync(ClaimsPrincipal? principal)
    {
        if (principal?.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType) is not { } id
            || !Guid.TryParse(id, CultureInfo.InvariantCulture, out var personId))
        {
            return (Guid.Empty, null);
        }

        var claimed = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        var stored = claimed is null ? null : await SecurityStampOf.For(db)(db, personId, CancellationToken.None);
        return (personId, stored is not null && string.Equals(claimed, stored, StringComparison.Ordinal) ? stored : null);
    }

    /// <summary>The principal's account when it still exists and its security stamp is the principal's.</summary>
    private async Task<LabFlowUser?> CurrentUserAsync(ClaimsPrincipal? principal)
    {
        if (principal is null || await SignInManager.UserManager.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal) ? user : null;
    }

    private async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await SignInManager.SignOutAsync();
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
