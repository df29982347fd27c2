using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    /// <summary>Step feedback, the improvement inbox and step statistics, with the in-memory store as the default (TryAdd: infrastructure registered before replaces it).</summary>
    public static IServiceCollection AddStepFeedback(this IServiceCollection services)
    {
        services.TryAddScoped<FeedbackService>();
        services.TryAddScoped<StepStatisticsQuery>();
        services.TryAddSingleton<InMemoryFeedbackStore>();
        services.TryAddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<InMemoryFeedbackStore>());
        services.TryAddScoped<IStepRunStore, InMemoryStepRunStore>();
        return services;
    }
}
