using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authentication;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabFlow.Host.Api.Account;

/// <summary>
/// Invitations and passwords from emailed links: an administrator invites (POST <c>/invitations</c>), the person
/// chooses a password (<c>/accept-invitation</c>); anyone may ask for a reset link (<c>/forgot-password</c>, same
/// answer for every email) and use it (<c>/reset-password</c>).
/// </summary>
internal static class AccountPasswordApi
{
    public const string ResetRequested = "If the email belongs to a LabFlow account, a link to choose a new password is on its way. Check your inbox.";

    public static RouteGroupBuilder MapAccountPasswordApi(this RouteGroupBuilder account)
    {
        account.MapPost("/invitations", InviteAsync).RequireAuthorization(LabFlowPolicies.Administer);
        account.MapPost("/accept-invitation", AcceptInvitationAsync).AllowAnonymous().RequireRateLimiting(CredentialRateLimiting.PolicyName);
        account.MapPost("/forgot-password", ForgotPasswordAsync).AllowAnonymous().RequireRateLimiting(CredentialRateLimiting.PolicyName);
        account.MapPost("/reset-password", ResetPasswordAsync).AllowAnonymous().RequireRateLimiting(CredentialRateLimiting.PolicyName);
        return account;
    }

    /// <summary>
    /// Invites through the people service, as <c>POST /api/v1/people</c> does, so the rules and their messages are the
    /// service's. This body names roles as text: a name that is no role is reported here, before anything is created.
    /// </summary>
    private static async Task<IResult> InviteAsync(InviteRequest request, ClaimsPrincipal user, PeopleService people, CancellationToken cancellationToken)
    {
        var unknown = new InputErrors();
        var requested = request.Memberships ?? [];
        var memberships = new List<Membership>(requested.Count);
        for (var i = 0; i < requested.Count; i++)
        {
            memberships.Add(new Membership(Guid.Empty, requested[i].AdministrationId ?? "", ReadRole(unknown, $"memberships[{i}].role", requested[i].Role)));
        }

        var names = request.Roles ?? [];
        var roles = new List<Role>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            roles.Add(ReadRole(unknown, $"roles[{i}]", names[i]));
        }

        if (!unknown.IsEmpty)
        {
            return ApiProblems.Validation(unknown);
        }

        var invited = await people.InviteAsync(
            AccountApi.PersonId(user),
            new NewPerson(request.Name ?? "", request.Email ?? "", request.Culture ?? "sv", memberships, [.. roles.Distinct()]),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{invited.Person.Id}", new InvitedResponse(invited.Person.Id, invited.Person.Email, invited.Person.Name));
    }

    private static Role ReadRole(InputErrors errors, string field, string? name)
    {
        if (Roles.TryParse(name, out var role))
        {
            return role;
        }

        errors.Add(field, PeopleMessages.UnknownRole.With(("role", InputErrors.Shortened(name)), ("roles", string.Join(", ", Roles.Names))));
        return default;
    }

    private static async Task<IResult> AcceptInvitationAsync(AcceptInvitationRequest request, AccountPasswords passwords) =>
        CredentialLimits.Check(password: request.Password, token: request.Token) is { IsEmpty: false } oversized
            ? ApiProblems.Validation(oversized)
            : ToResult(await passwords.AcceptInvitationAsync(request.UserId, request.Token ?? "", request.Password ?? ""));

    private static async Task<IResult> ForgotPasswordAsync(ForgotPasswordRequest request, AccountPasswords passwords, CancellationToken cancellationToken)
    {
        if (CredentialLimits.Check(email: request.Email) is { IsEmpty: false } oversized)
        {
            return ApiProblems.Validation(oversized);
        }

        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            await passwords.RequestResetAsync(request.Email.Trim(), cancellationToken);
        }

        return TypedResults.Accepted((string?)null, new ForgotPasswordResponse(ResetRequested));
    }

    private static async Task<IResult> ResetPasswordAsync(ResetPasswordRequest request, AccountPasswords passwords) =>
        CredentialLimits.Check(password: request.Password, token: request.Token) is { IsEmpty: false } oversized
            ? ApiProblems.Validation(oversized)
            : ToResult(await passwords.ResetAsync(request.UserId, request.Token ?? "", request.Password ?? ""));

    private static IResult ToResult(AccountResult result) =>
        result.Succeeded ? TypedResults.NoContent() : ApiProblems.Validation(result.Errors.ToDictionary());
}
