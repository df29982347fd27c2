using System.Net.Mail;
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

    private static async Task<IResult> InviteAsync(InviteRequest request, ClaimsPrincipal user, AccountPasswords passwords, IDirectory directory, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = request.Email?.Trim() ?? "";
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            errors["email"] = ["Give a valid email address, such as anna.svensson@goteborg.se."];
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > OrganisationLimits.NameLength)
        {
            errors["name"] = [$"Give the person's name (1–{OrganisationLimits.NameLength} characters)."];
        }

        var culture = request.Culture ?? "sv";
        if (culture is not ("sv" or "en"))
        {
            errors["culture"] = ["Choose \"sv\" or \"en\"."];
        }

        var memberships = new List<Membership>();
        var requested = request.Memberships ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            if (InputIds.Problem(requested[i].AdministrationId, "the administration's id") is { } problem)
            {
                errors[$"memberships[{i}].administrationId"] = [problem.In(MessageCatalogue.CurrentLanguage)];
            }
            else if (await directory.FindAdministrationAsync(requested[i].AdministrationId, cancellationToken) is null)
            {
                errors[$"memberships[{i}].administrationId"] = [$"Administration '{requested[i].AdministrationId}' does not exist; choose one of the administrations in LabFlow."];
            }

            if (!Roles.TryParse(requested[i].Role, out var role))
            {
                errors[$"memberships[{i}].role"] = [$"Role '{InputErrors.Shortened(requested[i].Role)}' does not exist; choose one of {string.Join(", ", Roles.Names)}."];
            }

            memberships.Add(new Membership(Guid.Empty, requested[i].AdministrationId ?? "", role));
        }

        var roles = request.Roles ?? [];
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not (LabFlowRoles.Admin or LabFlowRoles.Designer))
            {
                errors[$"roles[{i}]"] = [$"'{InputErrors.Shortened(roles[i])}' cannot be given organisation-wide; only {LabFlowRoles.Admin} and {LabFlowRoles.Designer} can. Give other roles as memberships."];
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var (person, result) = await passwords.InviteAsync(
            new Invitation(email, name, culture, memberships, [.. roles.Distinct(StringComparer.Ordinal)]),
            AccountApi.PersonId(user),
            cancellationToken);
        return person is null
            ? ApiProblems.Conflict(result.Errors.Values.First()[0])
            : TypedResults.Created($"/api/v1/people/{person.Id}", new InvitedResponse(person.Id, person.Email, person.Name));
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
