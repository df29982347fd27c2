namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>What a token's owner sees of it in a list: never the token itself.</summary>
internal sealed record PersonalAccessToken(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt);
