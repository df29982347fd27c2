using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

/// <summary>
/// Renders a burst's <see cref="EmailRequested"/> effects and inserts their email rows in the burst's transaction
/// (issue 17): the rows commit with the burst or not at all, so no second and third write transaction (the rows,
/// then the outbox row's "dispatched") follow each completion. The rows' ids come from the effect's id, which is new
/// in every run of a burst, so they never collide; a burst that lost a race is rolled back with its rows.
/// A host without the email outbox (<c>AddLabFlowEmailOutbox</c>) has no <see cref="EmailRows"/>: then it writes
/// nothing and the requests take the dispatchers' path after the commit, as before.
/// </summary>
internal sealed class EmailEffectWriter(
    IWorkflowDefinitionStore definitions,
    FlowVersionKinds kinds,
    EmailRows? emailRows = null,
    EmailDeliverySignal? signal = null) : IInCommitOutboxEffectWriter
{
    public bool CanWrite(IWorkflowEffect effect) => emailRows is not null && effect is EmailRequested;

    public async Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, CancellationToken cancellationToken)
    {
        if (emailRows is null)
        {
            return;
        }

        var request = (EmailRequested)effect;
        var kind = request.InstanceId is null ? null : await kinds.FindAsync(definitions, commit.Instance.DefinitionId, commit.Instance.DefinitionVersion, cancellationToken);
        foreach (var message in await emailRows.RenderAllAsync(request, kind, commit.Instance.UpdatedAt, cancellationToken))
        {
            db.Add(EfCoreEmailStore.ToRow(message));
        }
    }

    public void Committed(IReadOnlyList<IOutboxEffect> effects)
    {
        if (effects.OfType<EmailRequested>().Any(r => r.To.Count > 0))
        {
            signal?.Notify();
        }
    }
}
