using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Passwords set from an emailed link: accepting an invitation (the first password) and resetting a forgotten
/// one. Links go to <c>LabFlow:PublicBaseUrl</c>; a link's token works once, for a limited time. Asking for a reset
/// answers the same whether or not the email is known.
/// </summary>
internal sealed partial class AccountPasswords(
    UserManager<LabFlowUser> users,
    AccountProvisioner provisioner,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar,
    TimeProvider timeProvider,
    IOptions<LabFlowAuthenticationOptions> options,
    ILogger<AccountPasswords> logger)
{
    /// <summary>The UI page that sets the first password (it posts to <c>/api/v1/account/accept-invitation</c>).</summary>
    public const string AcceptInvitationPath = "account/accept-invitation";

    /// <summary>The UI page that sets a new password (it posts to <c>/api/v1/account/reset-password</c>).</summary>
    public const string ResetPasswordPath = "account/reset-password";

    public const string InvalidInvitationLink = "The invitation link is invalid, used or expired; ask an administrator to invite you again.";
    public const string InvalidResetLink = "The link is invalid, used or expired; ask for a new one with \"forgot password\".";

    /// <summary>Creates the person and a user without password, and emails them a link to choose one.</summary>
    public async Task<(Person? Person, AccountResult Result)> InviteAsync(Invitation invitation, Guid inviterId, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            return (null, AccountResult.Error("email", $"{invitation.Email} already has a LabFlow account; they can sign in, or use \"forgot password\"."));
        }

        var existing = await directory.FindPersonByEmailAsync(invitation.Email, cancellationToken);
        var person = new Person(existing?.Id ?? Guid.NewGuid(), invitation.Name, invitation.Email, invitation.Culture);
        var memberships = invitation.Memberships.Select(m => m with { PersonId = person.Id }).ToList();
        var (user, errors) = await provisioner.EnsureAsync(person, memberships, invitation.OrganisationRoles, password: null, cancellationToken);
        if (user is null)
        {
            return (null, new AccountResult(new Dictionary<string, string[]> { ["email"] = [.. errors] }));
        }

        var lifetime = options.Value.InvitationLifetime;
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var inviter = await directory.FindPersonAsync(inviterId, cancellationToken);
        await SendAsync(EmailTemplates.AccountInvitation, person, new JsonObject
        {
            ["inviterName"] = inviter?.Name ?? "LabFlow",
            ["expiresAt"] = calendar.DateOf(timeProvider.GetUtcNow() + lifetime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["linkPath"] = Link(AcceptInvitationPath, user.Id, token),
        }, cancellationToken);
        LogInvited(person.Id);
        return (person, AccountResult.Success);
    }

    /// <summary>Sets the first password of an invited person from the invitation link's user id and token.</summary>
    public async Task<AccountResult> AcceptInvitationAsync(Guid userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.PasswordHash is not null
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return AccountResult.Error("token", InvalidInvitationLink);
        }

        if (await provisioner.ValidatePasswordAsync(password) is { Count: > 0 } passwordErrors)
        {
            return AccountResult.Error("password", [.. passwordErrors]);
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return AccountResult.Error("password", [.. added.Errors.Select(e => e.Description)]);
        }

        // The link arrived by email, so the address is proven.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return AccountResult.Success;
    }

    /// <summary>Emails a reset link when the email belongs to an account that may sign in; otherwise does nothing, silently.</summary>
    public async Task RequestResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        var person = user is null ? null : await directory.FindPersonAsync(user.Id, cancellationToken);
        if (user is null || person is { Active: false })
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await SendAsync(EmailTemplates.PasswordReset, person ?? new Person(user.Id, user.Email!, user.Email!), new JsonObject
        {
            ["validHours"] = (int)Math.Round(options.Value.PasswordResetLifetime.TotalHours),
            ["linkPath"] = Link(ResetPasswordPath, user.Id, token),
        }, cancellationToken);
    }

    /// <summary>Sets a new password from the reset link; also lifts a lockout, since the person proved the address.</summary>
    public async Task<AccountResult> ResetAsync(Guid userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AccountResult.Error("token", InvalidResetLink);
        }

        if (await provisioner.ValidatePasswordAsync(password) is { Count: > 0 } passwordErrors)
        {
            return AccountResult.Error("password", [.. passwordErrors]);
        }

        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? AccountResult.Error("token", InvalidResetLink)
                : AccountResult.Error("password", [.. reset.Errors.Select(e => e.Description)]);
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return AccountResult.Success;
    }

    private async Task SendAsync(string template, Person person, JsonObject model, CancellationToken cancellationToken) =>
        await outbox.EnqueueAsync(
            new EmailRequested(Guid.NewGuid(), null, null, template, [new EmailRecipient(person.Id, person.Email, person.Name, person.Culture)], model),
            cancellationToken);

    private static string Link(string path, Guid userId, string token) =>
        $"{path}?user={userId}&token={Uri.EscapeDataString(token)}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Invited person {PersonId}")]
    private partial void LogInvited(Guid personId);
}
