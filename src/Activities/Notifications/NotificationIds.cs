using System.Security.Cryptography;
using System.Text;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Stable request ids for notifications: the same kind, subject and occasion give the same id, so the email rows
/// (<see cref="Email.EmailMessageIds.For"/>) are the same and a repeated job run adds none.
/// </summary>
public static class NotificationIds
{
    /// <param name="kind">What it is about.</param>
    /// <param name="subjectId">The task, or the person for a digest.</param>
    /// <param name="occasion">What makes it due: a date, a reminder instant, a task version.</param>
    public static Guid For(NotificationKind kind, Guid subjectId, string occasion)
    {
        var bytes = Encoding.UTF8.GetBytes($"labflow-notification:{kind}:{subjectId:N}:{occasion}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);

        // A name-based (version 5 layout, RFC 9562 variant) id, so it never looks like a random one.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
