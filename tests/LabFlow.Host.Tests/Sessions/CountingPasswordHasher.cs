using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace LabFlow.Host.Tests.Sessions;

/// <summary>The application's own password hasher, counting how often it verifies a password.</summary>
internal sealed class CountingPasswordHasher(IPasswordHasher<LabFlowUser> inner, CountingPasswordHasher.Counter counter) : IPasswordHasher<LabFlowUser>
{
    public string HashPassword(LabFlowUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(LabFlowUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref counter.Verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    /// <summary>One per Host: the verifications of every request.</summary>
    internal sealed class Counter
    {
        public int Verifications;
    }
}
