using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// A password hash of no account, made once with the application's own <see cref="IPasswordHasher{TUser}"/> (so
/// with the same algorithm and iteration count as real accounts). Sign-in verifies a password against it whenever it
/// refuses without checking a real hash (unknown email, inactive or locked account, no password), so every failure
/// costs one verification and none can be told apart by its answer time.
/// </summary>
internal sealed class DecoyPasswordHash
{
    private static readonly LabFlowUser Nobody = new();
    private string? _hash;

    /// <summary>Verifies <paramref name="password"/> against the decoy hash and throws the result away.</summary>
    public void Verify(IPasswordHasher<LabFlowUser> hasher, string? password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
    }
}
