using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Tests.Persistence;

internal sealed class DraftEffectWriter : IEfCoreEffectWriter
{
    public bool CanWrite(IWorkflowEffect effect) => effect is DraftEffect;

    public Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
    {
        var draft = (DraftEffect)effect;
        if (draft.Throw)
        {
            throw new InvalidOperationException("The effect writer failed.");
        }

        db.DefinitionDrafts.Add(new WorkflowDefinitionDraftRow { DefinitionId = draft.DraftId, Json = "{}", SavedAt = commit.Instance.UpdatedAt.ToUniversalTime() });
        return Task.CompletedTask;
    }
}
