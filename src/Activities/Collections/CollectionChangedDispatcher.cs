using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

/// <summary>Hands committed <see cref="CollectionChanged"/> effects to the notifier (a repeat only makes boards read again).</summary>
internal sealed class CollectionChangedDispatcher(ICollectionNotifier notifier) : IWorkflowEffectDispatcher
{
    public Task DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var changed in effects.OfType<CollectionChanged>())
        {
            notifier.Publish(changed.CollectionId);
        }

        return Task.CompletedTask;
    }
}
