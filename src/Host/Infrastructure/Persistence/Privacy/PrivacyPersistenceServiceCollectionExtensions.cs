using LabFlow.Activities.Privacy;
using LabFlow.Host.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

internal static class PrivacyPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// What the personal-data service needs from the database (only a database can answer "every row about a
    /// person"): the store, the access log in the database, and the pickup folder's copies for erasure. The service
    /// itself is registered by the Host.
    /// </summary>
    public static IServiceCollection AddLabFlowPrivacyPersistence(this IServiceCollection services)
    {
        services.RemoveAll<IPersonalDataStore>().AddScoped<IPersonalDataStore, EfCorePersonalDataStore>();
        services.RemoveAll<ISensitiveReadLog>().AddScoped<ISensitiveReadLog, EfCoreSensitiveReadLog>();
        services.TryAddSingleton<IMailCopies, PickupFolderMailCopies>();
        return services;
    }
}
