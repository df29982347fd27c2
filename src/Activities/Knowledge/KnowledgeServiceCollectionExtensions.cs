using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Activities.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The knowledge bank, with the in-memory store as the default (TryAdd: infrastructure registered before replaces it).</summary>
    public static IServiceCollection AddKnowledgeBank(this IServiceCollection services)
    {
        services.TryAddScoped<KnowledgeService>();
        services.TryAddSingleton<IKnowledgeStore, InMemoryKnowledgeStore>();
        return services;
    }
}
