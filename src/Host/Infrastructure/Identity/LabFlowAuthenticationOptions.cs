using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>Sign-in settings (section <c>LabFlow:Authentication</c>).</summary>
public sealed class LabFlowAuthenticationOptions : IValidatableObject
{
    public const string SectionName = "LabFlow:Authentication";

    /// <summary>
    /// Requests to the sign-in, password and invitation endpoints one client address may make per
    /// <see cref="CredentialWindow"/> before it gets 429. Default: <c>20</c>.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "LabFlow:Authentication:CredentialPermitLimit must be between 1 and 100000 (default 20).")]
    public int CredentialPermitLimit { get; set; } = 20;

    /// <summary>The window of <see cref="CredentialPermitLimit"/>. Default: one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:CredentialWindow must be between 00:00:01 and 1.00:00:00 (default 00:01:00).")]
    public TimeSpan CredentialWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an invitation link works. Default: seven days.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:InvitationLifetime must be between 00:05:00 and 90.00:00:00 (default 7.00:00:00).")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a password-reset link works. Default: three hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:PasswordResetLifetime must be between 00:05:00 and 7.00:00:00 (default 03:00:00).")]
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long a sign-in cookie lasts without use (sliding). Default: eight hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:CookieLifetime must be between 00:05:00 and 30.00:00:00 (default 08:00:00).")]
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long one node may reuse what it read about a signed-in person (active, roles, memberships, name) before
    /// reading it again on their next request. A deactivation or a removed membership changes the security stamp,
    /// which is read on every request, so those end the session at once on every node whatever this is; this bounds
    /// how late an added role shows. <c>00:00:00</c> reads everything on every request. Default: five seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:SessionRefreshInterval must be between 00:00:00 and 00:00:30 (default 00:00:05).")]
    public TimeSpan SessionRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often an open page (a Blazor circuit, which sends no new request) checks that its person may still be
    /// signed in; when not, the page goes to the sign-in page. Default: 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "LabFlow:Authentication:CircuitRevalidationInterval must be between 00:00:01 and 00:01:00 (default 00:00:30).")]
    public TimeSpan CircuitRevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Single sign-on; off unless <see cref="OidcSettings.Authority"/> is set.</summary>
    public OidcSettings Oidc { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Oidc.IsEnabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult($"LabFlow:Authentication:Oidc:Authority is '{Oidc.Authority}'; set it to the provider's issuer URL, such as https://login.goteborg.se.", [nameof(Oidc)]);
        }

        if (string.IsNullOrWhiteSpace(Oidc.ClientId))
        {
            yield return new ValidationResult("LabFlow:Authentication:Oidc:ClientId is missing; set it to the client id the provider gave LabFlow.", [nameof(Oidc)]);
        }
    }
}
