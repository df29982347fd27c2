using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Persistence.Outbox;

/// <summary>
/// An effect writer that does an outbox effect's whole dispatch inside the burst's own transaction (issue 17: an
/// email request becomes its email rows there), so the effect needs no write after the commit. Its outbox row is
/// written already dispatched, the dispatchers are not called for it after the commit, and the sweep never sees it;
/// the rows it wrote are the proof, committed or rolled back with the burst.
/// </summary>
internal interface IInCommitOutboxEffectWriter : IEfCoreEffectWriter
{
    /// <summary>
    /// Whether this scope's commit wrote <paramref name="effect"/> whole. An effect it could not write (a template that
    /// fails to render) is not: it takes the dispatchers' path after the commit, and the sweep retries it, so a broken
    /// email never stops the lab's work.
    /// </summary>
    bool WroteInCommit(IOutboxEffect effect);

    /// <summary>
    /// Does the effect's slow work (rendering) before the commit's transaction begins, so SQLite's single write lock
    /// is not held while it runs; <see cref="IEfCoreEffectWriter.WriteAsync"/> then only adds the rows.
    /// </summary>
    Task PrepareAsync(WorkflowCommit commit, IWorkflowEffect effect, CancellationToken cancellationToken);

    /// <summary>Told after the commit which of its effects committed (to wake whoever reads the rows).</summary>
    void Committed(IReadOnlyList<IOutboxEffect> effects);
}
