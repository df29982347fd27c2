namespace LabFlow.Activities.Notifications;

/// <summary>What a person has chosen to receive beyond the emails about their own tasks.</summary>
/// <param name="DailyDigest">A digest of their open tasks at 08:00 Stockholm. Off until they turn it on.</param>
public sealed record NotificationPreferences(Guid PersonId, bool DailyDigest)
{
    /// <summary>What a person gets before choosing anything: no digest.</summary>
    public static NotificationPreferences Default(Guid personId) => new(personId, DailyDigest: false);
}
