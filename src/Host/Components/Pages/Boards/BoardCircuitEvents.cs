using Microsoft.AspNetCore.Components.Server.Circuits;

namespace LabFlow.Host.Components.Pages.Boards;

/// <summary>
/// Tells the boards of one circuit that the browser is connected again: what they were sent while it was away may
/// not have arrived, so they read their collection again.
/// </summary>
internal sealed class BoardCircuitEvents : CircuitHandler
{
    public event Func<Task>? Reconnected;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Reconnected is { } reconnected)
        {
            foreach (var handler in reconnected.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }
}
