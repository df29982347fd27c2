using LabFlow.Activities.Surveys;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Configuration;

internal static class SurveyLinkSettings
{
    /// <summary>The survey links' lifetime from <c>LabFlow:SurveyLinks</c>, checked at start-up, in place of the domain's default.</summary>
    public static IServiceCollection AddSurveyLinkSettings(this IServiceCollection services)
    {
        services.AddOptions<SurveyLinkOptions>()
            .BindConfiguration(SurveyLinkOptions.SectionName)
            .ValidateSettings(SurveyLinkOptions.SectionName);
        services.RemoveAll<SurveyLinkOptions>().AddSingleton(sp => sp.GetRequiredService<IOptions<SurveyLinkOptions>>().Value);
        return services;
    }
}
