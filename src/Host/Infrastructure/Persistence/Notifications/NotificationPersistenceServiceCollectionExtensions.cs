using LabFlow.Activities.Notifications;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

internal static class NotificationPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The notification stores on the database, scoped like the context: people's choices (a digest opt-in survives a
    /// restart), the record of retention runs, and the retention of email rows and idea submissions. They replace the
    /// in-memory defaults whether <c>AddLabNotifications</c> runs before (RemoveAll) or after (it TryAdds).
    /// </summary>
    public static IServiceCollection AddLabFlowNotificationPersistence(this IServiceCollection services)
    {
        services.RemoveAll<INotificationPreferences>().AddScoped<INotificationPreferences, EfCoreNotificationPreferences>();
        services.RemoveAll<IRetentionLog>().AddScoped<IRetentionLog, EfCoreRetentionLog>();
        services.RemoveAll<ILabRecordRetention>().AddScoped<ILabRecordRetention, EfCoreLabRecordRetention>();
        return services;
    }
}
