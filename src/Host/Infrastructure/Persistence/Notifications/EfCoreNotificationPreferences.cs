using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

/// <summary>People's notification choices in the database, so a digest opt-in survives a restart.</summary>
internal sealed class EfCoreNotificationPreferences(LabFlowDbContext db) : INotificationPreferences
{
    private IQueryable<NotificationPreferenceRow> Preferences => db.Set<NotificationPreferenceRow>().AsNoTracking();

    public async Task<NotificationPreferences> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await Preferences.FirstOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        return row is null ? NotificationPreferences.Default(personId) : new NotificationPreferences(row.PersonId, row.DailyDigest);
    }

    public Task SetAsync(NotificationPreferences preferences, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<NotificationPreferenceRow>()
                .Where(p => p.PersonId == preferences.PersonId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DailyDigest, preferences.DailyDigest), cancellationToken),
            () => db.Add(new NotificationPreferenceRow { PersonId = preferences.PersonId, DailyDigest = preferences.DailyDigest }),
            cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListDailyDigestSubscribersAsync(CancellationToken cancellationToken)
    {
        var subscribers = await Preferences.Where(p => p.DailyDigest).Select(p => p.PersonId).ToListAsync(cancellationToken);

        // Ordered here: the databases order uuids differently from .NET, and the in-memory store orders as .NET does.
        return [.. subscribers.Order()];
    }
}
