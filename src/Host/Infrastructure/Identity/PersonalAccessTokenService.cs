using LabFlow.Activities.Security;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Personal access tokens for scripts: <c>lf_</c> and a random secret (<see cref="SecretTokens"/>: 32 bytes, base64url),
/// stored only as its SHA-256 hash.
/// </summary>
internal sealed class PersonalAccessTokenService(LabFlowDbContext db, TimeProvider timeProvider)
{
    public const string TokenPrefix = "lf_";
    public const int MaxNameLength = 100;

    private const int ShownPrefixLength = 7;

    // Writing the last-used time on every call would turn each read request into a write; a minute is precise enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creates a token for <paramref name="userId"/>, or says which value (<c>name</c>, <c>expiresAt</c>) to fix.</summary>
    public async Task<(CreatedPersonalAccessToken? Token, AccountResult Result)> CreateAsync(Guid userId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return (null, AccountResult.Error("name", $"Give the token a name of 1–{MaxNameLength} characters, such as \"weekly export\"."));
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            return (null, AccountResult.Error("expiresAt", "The expiry must be in the future; leave it out for a token that does not expire."));
        }

        var token = TokenPrefix + SecretTokens.New();
        var row = new PersonalAccessTokenRow
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            TokenHash = SecretTokens.Hash(token),
            Prefix = token[..ShownPrefixLength],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.PersonalAccessTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (new CreatedPersonalAccessToken(ToInfo(row), token), AccountResult.Success);
    }

    /// <summary>The owner's tokens that are not revoked, newest first (expired ones too, so they can be cleaned up).</summary>
    public async Task<IReadOnlyList<PersonalAccessToken>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(t => t.CreatedAt).Select(ToInfo)];
    }

    /// <summary>Revokes one of the owner's tokens; <c>false</c> when the owner has no such token.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken)
    {
        var row = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The live token row for <paramref name="token"/> (not revoked, not expired), noting its use; <c>null</c> otherwise.</summary>
    public async Task<PersonalAccessTokenRow?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = SecretTokens.Hash(token);
        var row = await db.PersonalAccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }

        if (row.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            await db.PersonalAccessTokens.Where(t => t.Id == row.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            row.LastUsedAt = now;
        }

        return row;
    }

    private static PersonalAccessToken ToInfo(PersonalAccessTokenRow row) =>
        new(row.Id, row.Name, row.Prefix, row.CreatedAt, row.ExpiresAt, row.LastUsedAt);
}
