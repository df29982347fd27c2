namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Single sign-on through OpenID Connect (section <c>LabFlow:Authentication:Oidc</c>); off while
/// <see cref="Authority"/> is empty. Only people who already have a LabFlow account (invited or created) can sign
/// in this way: the provider's verified email finds the account, and the provider's subject is linked to it.
/// </summary>
public sealed class OidcSettings
{
    /// <summary>The provider's issuer URL (its discovery document is under it). Default: none (single sign-on off).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret; put it in user secrets or the environment, never in appsettings.json.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in page. Default: <c>Single sign-on</c>.</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>Whether the discovery document must come over HTTPS. Default: <c>true</c>; turn off only for a local test provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);
}
