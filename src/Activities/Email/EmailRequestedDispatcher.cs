using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Activities.Email;

/// <summary>
/// Turns committed <see cref="EmailRequested"/> effects into email rows. A repeated dispatch of the same effect adds
/// nothing (rows are keyed by effect id and address). A scope per dispatch, because database stores are scoped.
/// </summary>
internal sealed class EmailRequestedDispatcher(IServiceScopeFactory scopeFactory) : IWorkflowEffectDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        var requests = effects.OfType<EmailRequested>().ToList();
        if (requests.Count == 0)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        foreach (var request in requests)
        {
            await outbox.EnqueueAsync(request, cancellationToken);
        }
    }
}
