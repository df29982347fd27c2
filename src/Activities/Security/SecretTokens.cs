using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LabFlow.Activities.Security;

/// <summary>
/// The random secrets that prove who holds them (a personal survey link, a personal access token) and the hash stored
/// in their place. A 256-bit random secret needs no slow hash: nobody can guess it, a fast hash keeps checking it
/// cheap, and a database that leaks holds nothing usable.
/// </summary>
public static class SecretTokens
{
    /// <summary>256 random bits.</summary>
    private const int SecretBytes = 32;

    /// <summary>The length of a secret <see cref="New"/> makes (base64url without padding).</summary>
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The stored form of a token: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
