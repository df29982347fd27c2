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
    /// <summary>Told after the commit which of its effects committed (to wake whoever reads the rows).</summary>
    void Committed(IReadOnlyList<IOutboxEffect> effects);
}
