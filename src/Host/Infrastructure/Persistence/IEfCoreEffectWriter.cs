using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Maps a domain effect (a task row, an email row, a lab change) to rows in the commit's own transaction.
/// Register implementations as enumerable scoped services; the commit store offers every effect of a commit to
/// every writer. A writer adds new rows to <see cref="EffectRows"/> (inserted after every writer ran, with plain
/// multi-row INSERTs); it may read and change stored rows through the context it is given (plain commands,
/// <c>ExecuteUpdateAsync</c>/<c>ExecuteDeleteAsync</c> run inside the same transaction; tracked entities are saved with
/// the burst) and must not commit, open a transaction or call <c>SaveChanges</c> itself. Throwing rolls the whole
/// burst back.
/// </summary>
internal interface IEfCoreEffectWriter
{
    bool CanWrite(IWorkflowEffect effect);

    Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken);
}
