using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Surveys;

public static class SurveyServiceCollectionExtensions
{
    /// <summary>Personal survey links, with the default settings and the in-memory store (TryAdd: infrastructure registered before replaces it).</summary>
    public static IServiceCollection AddSurveyLinks(this IServiceCollection services)
    {
        services.TryAddSingleton(new SurveyLinkOptions());
        services.TryAddScoped<SurveyLinkService>();
        services.TryAddSingleton<InMemorySurveyLinkStore>();
        services.TryAddSingleton<ISurveyLinkStore>(sp => sp.GetRequiredService<InMemorySurveyLinkStore>());
        return services;
    }
}
