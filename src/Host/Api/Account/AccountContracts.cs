namespace LabFlow.Host.Api.Account;

internal sealed record LoginRequest(string Email, string Password, bool RememberMe = false);

/// <summary>The signed-in person: who they are, their roles (for <c>RequireRole</c>) and their memberships.</summary>
internal sealed record MeResponse(Guid Id, string Name, string Email, string Culture, IReadOnlyList<string> Roles, IReadOnlyList<MembershipResponse> Memberships);

internal sealed record MembershipResponse(string AdministrationId, string Role);

/// <param name="ExpiresAt">When the token stops working; <c>null</c> for a token that works until revoked.</param>
internal sealed record CreateTokenRequest(string Name, DateTimeOffset? ExpiresAt = null);

/// <summary>A new token: <paramref name="Token"/> is shown only in this response.</summary>
internal sealed record CreatedTokenResponse(Guid Id, string Name, string Prefix, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
