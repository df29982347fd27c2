using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// The longest credentials the sign-in, invitation and password endpoints take. An oversized value is refused before
/// any account is looked up, the same way for every email, so the answer says nothing about who has an account.
/// </summary>
internal static class CredentialLimits
{
    /// <summary>Far above any passphrase a person types; keeps hashing cheap.</summary>
    public const int PasswordLength = 1024;

    /// <summary>Invitation and reset tokens are a few hundred characters; this leaves room for any provider.</summary>
    public const int TokenLength = 4096;

    public static InputErrors Check(string? email = null, string? password = null, string? token = null) =>
        new InputErrors()
            .LimitText("email", email, OrganisationLimits.EmailLength, "the email address")
            .LimitText("password", password, PasswordLength, "the password")
            .LimitText("token", token, TokenLength, "the link's token");
}
