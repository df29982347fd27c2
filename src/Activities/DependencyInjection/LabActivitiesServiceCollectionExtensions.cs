using LabFlow.Activities.Attachments;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Communication;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Email;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Knowledge;
using LabFlow.Activities.FollowUps;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Methods;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Register;
using LabFlow.Activities.Surveys;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Activities.Workshops;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.DependencyInjection;

public static class LabActivitiesServiceCollectionExtensions
{
    /// <summary>The lab activity types, their descriptors and handlers.</summary>
    public static IReadOnlyList<ActivityDescriptor> Descriptors { get; } =
    [
        TaskActivityDescriptors.UserTask,
        TaskActivityDescriptors.PhaseGate,
        CommunicationActivityDescriptors.SendEmail,
        WorkshopActivityDescriptors.Workshop,
        FollowUpActivityDescriptors.FollowUp,
        CollectionActivityDescriptors.CollectIdeas,
        CollectionActivityDescriptors.DotVote,
    ];

    /// <summary>
    /// The lab domain: activity types (descriptors and handlers), services, and in-memory stores as defaults
    /// (registered with TryAdd, so infrastructure registered before replaces them). Needs <c>AddLabFlowWorkflows</c> too.
    /// </summary>
    public static IServiceCollection AddLabActivities(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(TaskPlanner)))
        {
            return services;
        }

        foreach (var descriptor in Descriptors)
        {
            services.AddSingleton(descriptor);
            services.TryAddTransient(descriptor.HandlerType);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HolidayPeriods>();
        services.TryAddSingleton(sp => new LabCalendar(sp.GetRequiredService<HolidayPeriods>()));
        services.TryAddSingleton<InMemoryHolidayPeriodStore>();
        services.TryAddSingleton<IHolidayPeriodStore>(sp => sp.GetRequiredService<InMemoryHolidayPeriodStore>());
        services.TryAddScoped<HolidayCalendarService>();
        services.TryAddScoped<EachStepClosing>();
        services.TryAddScoped<AdministrationService>();
        // Scoped: they read stores, which infrastructure registers per scope (a DbContext).
        services.AddScoped<TaskPlanner>();
        services.TryAddScoped<StepRuns>();
        services.TryAddScoped<AssigneeResolver>();
        services.TryAddScoped<StandInRule>();
        services.TryAddScoped<StandInService>();
        services.TryAddSingleton<InMemoryStandIns>();
        services.TryAddSingleton<IStandIns>(sp => sp.GetRequiredService<InMemoryStandIns>());
        services.TryAddScoped<TaskStepCompletion>();
        services.TryAddScoped<AccessReads>();
        services.TryAddScoped<LabAccess>();
        services.TryAddScoped<AnswerReadRule>();
        services.TryAddSingleton<IOrganisationRoles, NoOrganisationRoles>();
        services.TryAddScoped<LabFlowPhases>();
        services.TryAddScoped<LabKinds>();
        services.TryAddSingleton<LabKindCache>();
        services.TryAddScoped<TaskPrefill>();
        services.TryAddScoped<Workshops.WorkshopAgendaQuery>();
        services.TryAddScoped<Workshops.WorkshopPlanQuery>();
        services.TryAddScoped<TaskReads>();
        services.TryAddSingleton<ParsedForms>();
        services.TryAddScoped<TaskService>();
        services.TryAddScoped<LabService>();
        services.TryAddScoped<LabOverviewQuery>();
        services.TryAddScoped<LabTimelineQuery>();
        services.TryAddScoped<ILabJournalReader, InMemoryLabJournalReader>();
        services.TryAddScoped<LabListService>();
        services.TryAddScoped<LabPeopleChoices>();
        services.TryAddScoped<PeopleListService>();
        services.AddLabFlowWaitingEmails();
        services.TryAddScoped<MyTasksService>();
        services.TryAddScoped<ILabListStore, InMemoryLabListStore>();
        services.TryAddScoped<IPeopleListStore, InMemoryPeopleListStore>();
        services.TryAddScoped<ITaskListStore, InMemoryTaskListStore>();
        services.TryAddScoped<CollectionService>();
        services.TryAddScoped<Reports.ReportSources>();
        services.TryAddScoped<Reports.LabReportService>();
        services.TryAddScoped<Reports.ActiveMeasuresReportService>();
        services.TryAddSingleton<InMemoryMethodStore>();
        services.TryAddSingleton<IMethodStore>(sp => sp.GetRequiredService<InMemoryMethodStore>());
        services.TryAddScoped<MethodService>();
        services.TryAddScoped<ShippedMethodImporter>();
        services.TryAddScoped<StepMethods>();
        services.AddStepFeedback();
        services.AddKnowledgeBank();
        services.AddProjectDashboard();
        services.AddParticipantRegister();
        services.AddAttachments();
        services.AddSurveyLinks();
        services.TryAddSingleton<InMemorySensitiveReadLog>();
        services.TryAddSingleton<ISensitiveReadLog>(sp => sp.GetRequiredService<InMemorySensitiveReadLog>());
        services.TryAddScoped<IdeaBoardService>();
        services.TryAddSingleton<ICollectionNotifier, InProcessCollectionNotifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowEffectDispatcher, CollectionChangedDispatcher>());

        services.TryAddSingleton<InMemoryDirectory>();
        services.TryAddSingleton<IDirectory>(sp => sp.GetRequiredService<InMemoryDirectory>());
        services.TryAddSingleton<IDirectoryCommands>(sp => sp.GetRequiredService<InMemoryDirectory>());
        services.TryAddSingleton<InMemoryLabStore>();
        services.TryAddSingleton<ILabStore>(sp => sp.GetRequiredService<InMemoryLabStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInMemoryCommitParticipant, InMemoryLabStore>(sp => sp.GetRequiredService<InMemoryLabStore>()));
        services.TryAddSingleton<InMemoryTaskStore>();
        services.TryAddSingleton<ITaskStore>(sp => sp.GetRequiredService<InMemoryTaskStore>());
        services.TryAddSingleton<ITaskCommands>(sp => sp.GetRequiredService<InMemoryTaskStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInMemoryCommitParticipant, InMemoryTaskStore>(sp => sp.GetRequiredService<InMemoryTaskStore>()));
        services.TryAddSingleton<InMemoryCollectionStore>();
        services.TryAddSingleton<ICollectionStore>(sp => sp.GetRequiredService<InMemoryCollectionStore>());
        services.TryAddSingleton<ICollectionCommands>(sp => sp.GetRequiredService<InMemoryCollectionStore>());
        services.TryAddSingleton<IIdeaBoardStore>(sp => sp.GetRequiredService<InMemoryCollectionStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInMemoryCommitParticipant, InMemoryCollectionStore>(sp => sp.GetRequiredService<InMemoryCollectionStore>()));
        return services;
    }
}
