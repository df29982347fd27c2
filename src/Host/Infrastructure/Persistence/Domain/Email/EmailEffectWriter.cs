using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

/// <summary>
/// Renders a burst's <see cref="EmailRequested"/> effects before the burst's transaction begins (so SQLite's write lock
/// is not held while templates render) and inserts their email rows in that transaction (issue 17): the rows commit with the burst or not at all, so no second and third write transaction (the rows,
/// then the outbox row's "dispatched") follow each completion. The rows' ids come from the effect's id, which is new
/// in every run of a burst, so they never collide; a burst that lost a race is rolled back with its rows.
/// A host without the email outbox (<c>AddLabFlowEmailOutbox</c>) has no <see cref="EmailRows"/>: then it writes
/// nothing and the requests take the dispatchers' path after the commit, as before.
/// </summary>
internal sealed partial class EmailEffectWriter(
    IWorkflowDefinitionStore definitions,
    FlowVersionKinds kinds,
    ILogger<EmailEffectWriter> logger,
    EmailRows? emailRows = null,
    EmailDeliverySignal? signal = null) : IInCommitOutboxEffectWriter
{
    // Effect ids are new in every run of a burst, so what a rolled-back run wrote never matches a later commit's.
    private readonly HashSet<Guid> _writtenInCommit = [];
    private readonly Dictionary<Guid, IReadOnlyList<EmailMessage>> _rendered = [];

    public bool CanWrite(IWorkflowEffect effect) => emailRows is not null && effect is EmailRequested;

    public bool WroteInCommit(IOutboxEffect effect) => _writtenInCommit.Contains(effect.Id);

    public async Task PrepareAsync(WorkflowCommit commit, IWorkflowEffect effect, CancellationToken cancellationToken)
    {
        if (emailRows is null)
        {
            return;
        }

        var request = (EmailRequested)effect;
        try
        {
            var kind = request.InstanceId is null ? null : await kinds.FindAsync(definitions, commit.Instance.DefinitionId, commit.Instance.DefinitionVersion, cancellationToken);
            _rendered[request.Id] = await emailRows.RenderAllAsync(request, kind, commit.Instance.UpdatedAt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing rendered, nothing written: the burst commits, and the request's outbox row stays undispatched
            // for the dispatchers and the sweep, as before issue 17's change.
            LogRenderFailed(exception, request.Id, request.Template);
        }
    }

    public Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        if (!_rendered.Remove(effect.Id, out var messages))
        {
            return Task.CompletedTask;
        }

        foreach (var message in messages)
        {
            rows.Emails.Add(EfCoreEmailStore.ToRow(message));
        }

        _writtenInCommit.Add(effect.Id);
        return Task.CompletedTask;
    }

    public void Committed(IReadOnlyList<IOutboxEffect> effects)
    {
        if (effects.OfType<EmailRequested>().Any(r => r.To.Count > 0))
        {
            signal?.Notify();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email request {EffectId} (template {Template}) could not be rendered in its burst; the outbox dispatch and sweep will retry it")]
    private partial void LogRenderFailed(Exception exception, Guid effectId, string template);
}
