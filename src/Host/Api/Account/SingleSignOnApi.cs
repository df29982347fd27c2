using System.Security.Claims;
using LabFlow.Activities.Messages;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Api.Account;

/// <summary>
/// Single sign-on: <c>GET /api/v1/account/sso?returnUrl=/…</c> sends the browser to the provider; on its way back
/// <c>/sso/complete</c> finds the LabFlow account (by the linked provider subject, else by verified email, then links
/// it), signs in with the cookie and redirects to <c>returnUrl</c> (a local path only).
/// </summary>
internal static class SingleSignOnApi
{
    public const string LoginProvider = "oidc";


    public static RouteGroupBuilder MapSingleSignOnApi(this RouteGroupBuilder account)
    {
        account.MapGet("/sso", Start).AllowAnonymous();
        account.MapGet("/sso/complete", CompleteAsync).AllowAnonymous();
        return account;
    }

    private static IResult Start(string? returnUrl, IOptions<LabFlowAuthenticationOptions> options)
    {
        if (!options.Value.Oidc.IsEnabled)
        {
            return ApiProblems.NotFound(ApiRefusalMessages.SingleSignOnNotConfigured.Message);
        }

        var properties = new AuthenticationProperties { RedirectUri = $"/api/v1/account/sso/complete?returnUrl={Uri.EscapeDataString(LocalOrRoot(returnUrl))}" };
        return TypedResults.Challenge(properties, [LabFlowAuthenticationSchemes.OpenIdConnect]);
    }

    private static async Task<IResult> CompleteAsync(string? returnUrl, HttpContext context, LabFlowSignInManager signInManager)
    {
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            return ApiProblems.Problem(ApiRefusalMessages.SingleSignOnIncomplete.Message, StatusCodes.Status401Unauthorized);
        }

        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var users = signInManager.UserManager;
        var user = await users.FindByLoginAsync(LoginProvider, subject);
        if (user is null
            && external.Principal.FindFirstValue("email") is { Length: > 0 } email
            && !string.Equals(external.Principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase))
        {
            user = await users.FindByEmailAsync(email);
            if (user is not null)
            {
                await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, LoginProvider));
            }
        }

        if (user is null || !await signInManager.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return ApiProblems.Problem(ApiRefusalMessages.SingleSignOnNoAccount.Message, StatusCodes.Status403Forbidden);
        }

        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: LoginProvider);
        return TypedResults.Redirect(LocalOrRoot(returnUrl));
    }

    // Only a local path: an open redirect would let a phishing link bounce through LabFlow's sign-in.
    private static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
