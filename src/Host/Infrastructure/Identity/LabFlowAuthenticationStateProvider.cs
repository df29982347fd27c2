using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// An open page (a Blazor circuit) sends no request after it connects, so no cookie check sees it: every
/// <see cref="LabFlowAuthenticationOptions.CircuitRevalidationInterval"/> this asks <see cref="SessionValidator"/>
/// whether the circuit's person may still be signed in. When not, the circuit's user becomes anonymous, and the
/// router's <c>RedirectToLogin</c> loads the sign-in page, which closes the circuit.
/// </summary>
internal sealed class LabFlowAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<LabFlowAuthenticationOptions> settings)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => settings.Value.CircuitRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // The circuit's own scope holds a DbContext that has seen the person before: read them in a new one.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionValidator>().IsCurrentAsync(authenticationState.User);
    }
}
