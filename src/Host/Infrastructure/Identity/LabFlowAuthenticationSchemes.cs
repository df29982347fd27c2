using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// LabFlow's authentication schemes. The default is a policy scheme: a request with <c>Authorization: Bearer …</c>
/// is authenticated as a personal access token, any other by the Identity cookie.
/// </summary>
internal static class LabFlowAuthenticationSchemes
{
    /// <summary>The default scheme: picks <see cref="Token"/> or <see cref="Cookie"/> per request.</summary>
    public const string Default = "LabFlow";

    /// <summary>Personal access tokens (<c>Authorization: Bearer lf_…</c>).</summary>
    public const string Token = "LabFlowToken";

    /// <summary>The sign-in cookie (Identity's application cookie).</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;

    /// <summary>Single sign-on through OpenID Connect, when configured.</summary>
    public const string OpenIdConnect = "LabFlowOidc";

    /// <summary>The scheme for <paramref name="authorizationHeader"/>: a bearer header means a token.</summary>
    public static string Select(string? authorizationHeader) =>
        authorizationHeader is not null && authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Token : Cookie;
}
