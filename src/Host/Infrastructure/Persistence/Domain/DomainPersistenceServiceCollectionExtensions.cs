using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Knowledge;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Methods;
using LabFlow.Activities.Register;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Infrastructure.Persistence.Domain.Dashboard;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;
using LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Methods;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Infrastructure.Persistence.Domain.Register;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Notifications;
using LabFlow.Host.Infrastructure.Persistence.Privacy;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Host.Infrastructure.Persistence.Domain;

internal static class DomainPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The lab domain's EF Core stores (directory, labs, tasks, collections, email), scoped like the context, and the
    /// effect writers that turn a burst's domain effects into rows in its transaction. They replace the in-memory
    /// stores whether <c>AddLabActivities</c> and <c>AddLabFlowEmailOutbox</c> run before (RemoveAll) or after (they
    /// TryAdd). The in-memory task and collection stores' commit participants may stay registered and are harmless:
    /// only the in-memory commit store calls them, and the EF Core commit store replaces it.
    /// </summary>
    public static IServiceCollection AddLabFlowDomainPersistence(this IServiceCollection services)
    {
        services.RemoveAll<IDirectory>().AddScoped<IDirectory>(sp => sp.GetRequiredService<EfCoreDirectory>());
        services.RemoveAll<IDirectoryCommands>().AddScoped<IDirectoryCommands>(sp => sp.GetRequiredService<EfCoreDirectory>());
        services.TryAddScoped<EfCoreDirectory>();
        services.RemoveAll<IStandIns>().AddScoped<IStandIns, EfCoreStandIns>();

        services.RemoveAll<IHolidayPeriodStore>().AddScoped<IHolidayPeriodStore, EfCoreHolidayPeriodStore>();
        services.TryAddSingleton<HolidayPeriods>();
        services.TryAddSingleton<PostgreSqlHolidayCalendarNotifier>();
        services.RemoveAll<IHolidayCalendarNotifier>().AddSingleton<IHolidayCalendarNotifier>(sp => sp.GetRequiredService<PostgreSqlHolidayCalendarNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlHolidayCalendarNotifier>());
        services.RemoveAll<IMethodStore>().AddScoped<IMethodStore, EfCoreMethodStore>();

        services.RemoveAll<ILabStore>().AddScoped<ILabStore, EfCoreLabStore>();
        // Stateless: one for the process, not one more object to build in every request's scope (issue 17).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEfCoreEffectWriter, LabEffectWriter>());
        services.RemoveAll<ILabListStore>().AddScoped<ILabListStore, EfCoreLabListStore>();
        services.RemoveAll<ILabJournalReader>().AddScoped<ILabJournalReader, EfCoreLabJournalReader>();
        services.RemoveAll<IPeopleListStore>().AddScoped<IPeopleListStore, EfCorePeopleListStore>();
        services.RemoveAll<ITaskListStore>().AddScoped<ITaskListStore, EfCoreTaskListStore>();
        services.RemoveAll<IStepAnswerReader>().AddScoped<IStepAnswerReader, EfCoreStepAnswerReader>();
        services.RemoveAll<IDashboardStore>().AddScoped<IDashboardStore, EfCoreDashboardStore>();
        services.AddLabFlowRecurringJob<DashboardCountsCompactionJob>();

        services.TryAddScoped<EfCoreTaskStore>();
        services.RemoveAll<ITaskStore>().AddScoped<ITaskStore>(sp => sp.GetRequiredService<EfCoreTaskStore>());
        services.RemoveAll<ITaskCommands>().AddScoped<ITaskCommands>(sp => sp.GetRequiredService<EfCoreTaskStore>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEfCoreEffectWriter, TaskEffectWriter>());

        services.TryAddScoped<EfCoreCollectionStore>();
        services.RemoveAll<ICollectionStore>().AddScoped<ICollectionStore>(sp => sp.GetRequiredService<EfCoreCollectionStore>());
        services.RemoveAll<ICollectionCommands>().AddScoped<ICollectionCommands>(sp => sp.GetRequiredService<EfCoreCollectionStore>());
        // Stateless: one for the process, not one more object to build in every request's scope (issue 17).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEfCoreEffectWriter, CollectionEffectWriter>());
        services.RemoveAll<IIdeaBoardStore>().AddScoped<IIdeaBoardStore, EfCoreIdeaBoardStore>();
        services.TryAddSingleton<InProcessCollectionNotifier>();
        services.TryAddSingleton<PostgreSqlCollectionNotifier>();
        services.RemoveAll<ICollectionNotifier>().AddSingleton<ICollectionNotifier>(sp => sp.GetRequiredService<PostgreSqlCollectionNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlCollectionNotifier>());

        // Its users (the outbox, the delivery service and loop) resolve it in a scope of their own.
        services.RemoveAll<IEmailStore>().AddScoped<IEmailStore, EfCoreEmailStore>();
        services.TryAddSingleton<FlowVersionKinds>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEfCoreEffectWriter, EmailEffectWriter>());
        services.RemoveAll<IFeedbackStore>().AddScoped<IFeedbackStore, EfCoreFeedbackStore>();
        services.RemoveAll<IStepRunStore>().AddScoped<IStepRunStore, EfCoreStepRunStore>();
        services.TryAddScoped<SqliteKnowledgeSearch>();
        services.RemoveAll<IKnowledgeStore>().AddScoped<IKnowledgeStore, EfCoreKnowledgeStore>();
        services.RemoveAll<IParticipantRegisterStore>().AddScoped<IParticipantRegisterStore, EfCoreParticipantRegisterStore>();
        services.RemoveAll<LabFlow.Activities.Attachments.IAttachmentStore>().AddScoped<LabFlow.Activities.Attachments.IAttachmentStore, Attachments.EfCoreAttachmentStore>();
        services.RemoveAll<LabFlow.Activities.Surveys.ISurveyLinkStore>().AddScoped<LabFlow.Activities.Surveys.ISurveyLinkStore, Surveys.EfCoreSurveyLinkStore>();
        services.AddLabFlowNotificationPersistence();
        services.AddLabFlowPrivacyPersistence();
        return services;
    }
}
