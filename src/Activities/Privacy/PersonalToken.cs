namespace LabFlow.Activities.Privacy;

/// <summary>A personal access token as the export shows it: name and prefix, never the secret or its hash.</summary>
public sealed record PersonalToken(string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
