namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// The claims LabFlow adds to a signed-in principal beside Identity's own (name identifier = person id, email,
/// and <see cref="System.Security.Claims.ClaimTypes.Role"/> per role).
/// </summary>
internal static class LabFlowClaimTypes
{
    /// <summary>One per membership: <c>{administrationId}:{Role}</c>, e.g. <c>grundskoleforvaltningen:Facilitator</c>.</summary>
    public const string Membership = "labflow:membership";

    /// <summary>The person's name from the directory.</summary>
    public const string DisplayName = "labflow:name";

    /// <summary>The person's language (<c>sv</c> or <c>en</c>).</summary>
    public const string Culture = "labflow:culture";

    /// <summary>Present when the caller signed in with a personal access token: the token's id.</summary>
    public const string TokenId = "labflow:token";

    /// <summary>The membership claim value for <paramref name="administrationId"/> and <paramref name="role"/>.</summary>
    public static string MembershipValue(string administrationId, string role) => $"{administrationId}:{role}";
}
