using System.Security.Cryptography;
using System.Text;

namespace LabFlow.Activities.Email;

/// <summary>Stable row ids: the same request and address give the same id, which is what makes enqueueing idempotent.</summary>
public static class EmailMessageIds
{
    public static Guid For(Guid requestId, string address)
    {
        var normalized = address.Trim().ToUpperInvariant();
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(normalized.Length)];
        requestId.TryWriteBytes(input);
        var length = 16 + Encoding.UTF8.GetBytes(normalized, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);

        // Mark it as a name-based (version 5 layout, RFC 9562 variant) id so it never looks like a random one.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
