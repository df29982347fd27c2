using LabFlow.Activities.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Reminders, overdue notices, escalations, follow-up notices, daily digests and retention, with in-memory
    /// <see cref="INotificationPreferences"/> and <see cref="IRetentionLog"/> as defaults, and
    /// <see cref="NoLabRecordRetention"/> (TryAdd: database stores registered before or after replace them), and the
    /// email outbox. <see cref="RetentionService"/> also needs an <see cref="IJournalRetention"/>, which only the Host
    /// has. Needs <c>AddLabActivities</c> too.
    /// </summary>
    public static IServiceCollection AddLabNotifications(this IServiceCollection services, NotificationRules? rules = null)
    {
        services.AddLabFlowEmailOutbox();
        services.TryAddSingleton(rules ?? new NotificationRules());
        services.TryAddSingleton<InMemoryNotificationPreferences>();
        services.TryAddSingleton<INotificationPreferences>(sp => sp.GetRequiredService<InMemoryNotificationPreferences>());
        services.TryAddSingleton<InMemoryRetentionLog>();
        services.TryAddSingleton<IRetentionLog>(sp => sp.GetRequiredService<InMemoryRetentionLog>());
        services.TryAddSingleton<ILabRecordRetention, NoLabRecordRetention>();

        // Scoped: they read stores, which infrastructure registers per scope (a DbContext).
        services.TryAddScoped<TaskReminders>();
        services.TryAddScoped<OverdueNotices>();
        services.TryAddScoped<TaskEscalations>();
        services.TryAddScoped<FollowUpNotices>();
        services.TryAddScoped<DailyDigests>();
        services.TryAddScoped<RetentionService>();
        return services;
    }
}
