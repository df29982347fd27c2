namespace LabFlow.Host.Infrastructure.Methods;

internal static class MethodsServiceCollectionExtensions
{
    /// <summary>The start-up loading and import of the shipped method files (the library's service and store come with the domain and its persistence).</summary>
    public static IServiceCollection AddLabFlowMethods(this IServiceCollection services)
    {
        services.AddSingleton<ShippedMethodsLoader>();
        services.AddScoped<ShippedMethodsImporter>();
        return services;
    }
}
