using LabFlow.Activities.Labs;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>
/// Inserts a launched lab's row in its start burst's transaction, beside the instance row with the same id, as
/// <see cref="InMemoryLabStore"/> applies it: the lab and its flow commit together or not at all.
/// </summary>
internal sealed class LabEffectWriter : IEfCoreEffectWriter
{
    public bool CanWrite(IWorkflowEffect effect) => effect is LabLaunched;

    public Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        // The burst inserts the instance with this id first, so a second launch of the same id fails there and the
        // commit store reports it as the lost race on the instance's primary key.
        rows.Labs.Add(EfCoreLabStore.ToRow(((LabLaunched)effect).Lab with { Version = 1 }));
        return Task.CompletedTask;
    }
}
