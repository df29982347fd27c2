using LabFlow.Host.Configuration;
using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

internal static class NotificationsHostingExtensions
{
    /// <summary>
    /// Reminders, overdue notices, escalations, follow-up notices and daily digests as recurring jobs
    /// (<c>LabFlow:Notifications</c>), and the retention clean-up (<c>LabFlow:Retention</c>, off until a period is set),
    /// with the journal deleted through the database. Needs <c>AddLabActivities</c>, scheduling and email.
    /// </summary>
    public static IServiceCollection AddLabFlowNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>()
            .BindConfiguration(NotificationOptions.SectionName)
            .ValidateSettings(NotificationOptions.SectionName);
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateSettings(RetentionOptions.SectionName);

        // Before AddLabNotifications, whose default rules are TryAdd.
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NotificationOptions>>().Value;
            return new NotificationRules { OverdueNoticeDays = options.OverdueNoticeDays, DigestOnWorkingDaysOnly = options.DigestOnWorkingDaysOnly };
        });
        services.AddLabNotifications();

        // A factory, so a host without the database (tests of the jobs alone) still builds when a test brings its own.
        services.TryAddScoped<IJournalRetention>(sp => new EfCoreJournalRetention(sp.GetRequiredService<LabFlowDbContext>()));

        services.AddLabFlowRecurringJob<TaskRemindersJob>();
        services.AddLabFlowRecurringJob<OverdueNoticesJob>();
        services.AddLabFlowRecurringJob<TaskEscalationsJob>();
        services.AddLabFlowRecurringJob<FollowUpNoticesJob>();
        services.AddLabFlowRecurringJob<DailyDigestJob>();
        services.AddLabFlowRecurringJob<RetentionJob>();
        return services;
    }
}
