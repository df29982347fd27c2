using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LabFlow.Activities.Surveys;

/// <summary>The secret in a personal survey link and the hash that is stored in its place.</summary>
public static class SurveyLinkTokens
{
    /// <summary>256 random bits: the link cannot be guessed, so holding it is the proof.</summary>
    private const int SecretBytes = 32;

    /// <summary>The length of a token this class makes (base64url without padding).</summary>
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The SHA-256 of the token, hex; a database that leaks holds no usable links.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> has the shape of a token (a link cut short or mangled by a mail client has not).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
