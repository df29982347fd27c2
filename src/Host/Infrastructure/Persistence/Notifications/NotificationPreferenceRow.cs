namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

/// <summary>One person's notification choices; a person without a row has the defaults (no digest).</summary>
internal sealed class NotificationPreferenceRow
{
    public Guid PersonId { get; set; }

    public bool DailyDigest { get; set; }
}
