using Microsoft.AspNetCore.Components.Server.Circuits;

namespace LabFlow.Host.Components.Pages.Boards;

/// <summary>The idea board pages' services: a circuit's reconnect events.</summary>
internal static class BoardsHostingExtensions
{
    public static IServiceCollection AddIdeaBoardPages(this IServiceCollection services)
    {
        services.AddScoped<BoardCircuitEvents>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<BoardCircuitEvents>());
        return services;
    }
}
