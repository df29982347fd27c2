namespace LabFlow.Activities.Notifications;

/// <summary>Notification choices in memory (the default until a database store replaces it).</summary>
public sealed class InMemoryNotificationPreferences : INotificationPreferences
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, NotificationPreferences> _preferences = [];

    public Task<NotificationPreferences> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_preferences.GetValueOrDefault(personId) ?? NotificationPreferences.Default(personId));
        }
    }

    public Task SetAsync(NotificationPreferences preferences, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _preferences[preferences.PersonId] = preferences;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Guid>> ListDailyDigestSubscribersAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Guid> subscribers = [.. _preferences.Values.Where(p => p.DailyDigest).Select(p => p.PersonId).Order()];
            return Task.FromResult(subscribers);
        }
    }
}
