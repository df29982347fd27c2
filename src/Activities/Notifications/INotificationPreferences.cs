namespace LabFlow.Activities.Notifications;

/// <summary>People's notification choices. The in-memory store is the default; a database store replaces it.</summary>
public interface INotificationPreferences
{
    /// <summary>The person's choices, or <see cref="NotificationPreferences.Default"/> when they made none.</summary>
    Task<NotificationPreferences> GetAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Stores the person's choices, replacing earlier ones.</summary>
    Task SetAsync(NotificationPreferences preferences, CancellationToken cancellationToken);

    /// <summary>The people who turned the daily digest on.</summary>
    Task<IReadOnlyList<Guid>> ListDailyDigestSubscribersAsync(CancellationToken cancellationToken);
}
