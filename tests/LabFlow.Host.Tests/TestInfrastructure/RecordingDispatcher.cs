using System.Collections.Concurrent;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Tests.TestInfrastructure;

/// <summary>An effect dispatcher that records what it was handed, and fails while <see cref="Fail"/> is set.</summary>
public sealed class RecordingDispatcher : IWorkflowEffectDispatcher
{
    private readonly ConcurrentQueue<IOutboxEffect> _dispatched = new();

    public bool Fail { get; set; }

    public IReadOnlyList<IOutboxEffect> Dispatched => [.. _dispatched];

    public Task DispatchAsync(IReadOnlyList<IOutboxEffect> effects, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The test dispatcher is down.");
        }

        foreach (var effect in effects)
        {
            _dispatched.Enqueue(effect);
        }

        return Task.CompletedTask;
    }
}
