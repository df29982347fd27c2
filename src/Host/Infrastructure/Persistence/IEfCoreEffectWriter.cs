using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Maps a domain effect (a task row, an email row, a lab change) to rows in the commit's own transaction.
/// Register implementations as enumerable scoped services; the commit store offers every effect of a commit to
/// every writer. A writer adds or changes rows through the context it is given (tracked entities are saved with the
/// burst; <c>ExecuteUpdateAsync</c>/<c>ExecuteDeleteAsync</c> run inside the same transaction) and must not commit,
/// open a transaction or call <c>SaveChanges</c> itself. Throwing rolls the whole burst back.
/// </summary>
internal interface IEfCoreEffectWriter
{
    bool CanWrite(IWorkflowEffect effect);

    Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, CancellationToken cancellationToken);
}
