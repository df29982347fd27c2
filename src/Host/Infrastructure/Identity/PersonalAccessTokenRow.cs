namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>A personal access token as stored: its SHA-256 hash, never the token.</summary>
internal sealed class PersonalAccessTokenRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token; unique and indexed, so checking a token is one index lookup.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The token's first characters (<c>lf_AbCd</c>), so its owner can tell tokens apart in a list.</summary>
    public string Prefix { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
