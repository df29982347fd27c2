using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// Fails a burst after the task writer has written its rows: it throws on the task created for
/// <see cref="FailOnActivityId"/>, which a burst creates after it completed the task before it.
/// </summary>
internal sealed class FailingEffectWriter : IEfCoreEffectWriter
{
    public static readonly string FailureMessage = "The burst failed after its task rows were written.";

    public volatile string? FailOnActivityId;

    public bool CanWrite(IWorkflowEffect effect) => effect is TaskCreated;

    public Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken) =>
        ((TaskCreated)effect).Task.ActivityId == FailOnActivityId
            ? throw new InvalidOperationException(FailureMessage)
            : Task.CompletedTask;
}
