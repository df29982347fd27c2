namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>A token just created: <paramref name="Token"/> is shown this once and cannot be read again.</summary>
internal sealed record CreatedPersonalAccessToken(PersonalAccessToken Info, string Token);
