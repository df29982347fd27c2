using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Register;

public static class RegisterServiceCollectionExtensions
{
    /// <summary>The participant register and its query, with the in-memory store as the default (TryAdd: infrastructure registered before replaces it).</summary>
    public static IServiceCollection AddParticipantRegister(this IServiceCollection services)
    {
        services.TryAddScoped<ParticipationQuery>();
        services.TryAddScoped<ParticipantRegisterService>();
        services.TryAddScoped<RegisterExportService>();
        services.TryAddScoped<WorkshopScheduleService>();
        services.TryAddSingleton<InMemoryParticipantRegisterStore>();
        services.TryAddSingleton<IParticipantRegisterStore>(sp => sp.GetRequiredService<InMemoryParticipantRegisterStore>());
        return services;
    }
}
