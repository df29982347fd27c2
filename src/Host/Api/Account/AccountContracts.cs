namespace LabFlow.Host.Api.Account;

internal sealed record LoginRequest(string Email, string Password, bool RememberMe = false);

/// <summary>The signed-in person: who they are, their roles (for <c>RequireRole</c>) and their memberships.</summary>
internal sealed record MeResponse(Guid Id, string Name, string Email, string Culture, IReadOnlyList<string> Roles, IReadOnlyList<MembershipResponse> Memberships);

internal sealed record MembershipResponse(string AdministrationId, string Role);

/// <param name="ExpiresAt">When the token stops working; <c>null</c> for a token that works until revoked.</param>
internal sealed record CreateTokenRequest(string Name, DateTimeOffset? ExpiresAt = null);

/// <summary>A new token: <paramref name="Token"/> is shown only in this response.</summary>
internal sealed record CreatedTokenResponse(Guid Id, string Name, string Prefix, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <param name="Culture"><c>sv</c> (default) or <c>en</c>: the language of their emails and UI.</param>
/// <param name="Memberships">Roles in administrations.</param>
/// <param name="Roles">Organisation-wide roles: <c>Admin</c> and/or <c>Designer</c>.</param>
internal sealed record InviteRequest(string Email, string Name, string? Culture = null, IReadOnlyList<MembershipResponse>? Memberships = null, IReadOnlyList<string>? Roles = null);

internal sealed record InvitedResponse(Guid Id, string Email, string Name);

internal sealed record AcceptInvitationRequest(Guid UserId, string Token, string Password);

internal sealed record ForgotPasswordRequest(string Email);

internal sealed record ResetPasswordRequest(Guid UserId, string Token, string Password);

internal sealed record ForgotPasswordResponse(string Message);
