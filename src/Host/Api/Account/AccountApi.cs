using System.Security.Claims;
using LabFlow.Activities.Messages;
using LabFlow.Host.Authentication;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Api.Account;

/// <summary>
/// <c>/api/v1/account</c>: sign in with a cookie, see who is signed in, and manage one's personal access tokens.
/// A failed sign-in never says whether the email exists.
/// </summary>
internal static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");

        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(CredentialRateLimiting.PolicyName);
        account.MapPost("/logout", LogoutAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        account.MapGet("/me", Me).RequireAuthorization(LabFlowPolicies.SignedIn);

        // Only a cookie sign-in creates tokens, so a leaked token cannot mint more of itself.
        account.MapPost("/tokens", CreateTokenAsync).RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = LabFlowAuthenticationSchemes.Cookie });
        account.MapGet("/tokens", ListTokensAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        account.MapDelete("/tokens/{id:guid}", RevokeTokenAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        account.MapAccountPasswordApi();
        account.MapSingleSignOnApi();
        return api;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, LabFlowSignInManager signInManager)
    {
        if (CredentialLimits.Check(email: request.Email, password: request.Password) is { IsEmpty: false } oversized)
        {
            return ApiProblems.Validation(oversized);
        }

        var (_, user) = await signInManager.PasswordSignInByEmailAsync(request.Email, request.Password, request.RememberMe);
        return user is not null
            ? TypedResults.Ok(ToMe(await signInManager.CreateUserPrincipalAsync(user)))
            : Failed();
    }

    private static async Task<NoContent> LogoutAsync(LabFlowSignInManager signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(ToMe(user));

    private static async Task<IResult> CreateTokenAsync(CreateTokenRequest request, ClaimsPrincipal user, PersonalAccessTokenService tokens, CancellationToken cancellationToken)
    {
        var (created, result) = await tokens.CreateAsync(PersonId(user), request.Name ?? "", request.ExpiresAt, cancellationToken);
        if (created is null)
        {
            return ApiProblems.Validation(result.Errors.ToDictionary());
        }

        var info = created.Info;
        return TypedResults.Created(
            $"/api/v1/account/tokens/{info.Id}",
            new CreatedTokenResponse(info.Id, info.Name, info.Prefix, created.Token, info.CreatedAt, info.ExpiresAt));
    }

    private static async Task<Ok<IReadOnlyList<PersonalAccessToken>>> ListTokensAsync(ClaimsPrincipal user, PersonalAccessTokenService tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tokens.ListAsync(PersonId(user), cancellationToken));

    private static async Task<IResult> RevokeTokenAsync(Guid id, ClaimsPrincipal user, PersonalAccessTokenService tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(PersonId(user), id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(ApiRefusalMessages.TokenNotFound.With(("tokenId", id)));

    /// <summary>The signed-in person's id (the name identifier claim).</summary>
    public static Guid PersonId(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in principal has no name identifier."));

    private static MeResponse ToMe(ClaimsPrincipal user) => new(
        PersonId(user),
        user.FindFirstValue(LabFlowClaimTypes.DisplayName) ?? user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(LabFlowClaimTypes.Culture) ?? "sv",
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        [.. user.FindAll(LabFlowClaimTypes.Membership).Select(c => ToMembership(c.Value))]);

    private static MembershipResponse ToMembership(string value)
    {
        var separator = value.LastIndexOf(':');
        return new MembershipResponse(value[..separator], value[(separator + 1)..]);
    }

    /// <summary>The one answer to every failed sign-in (unknown email, wrong password, locked, inactive), in the caller's language.</summary>
    private static IResult Failed() => ApiProblems.Problem(ApiRefusalMessages.SignInFailed.Message, StatusCodes.Status401Unauthorized);
}
