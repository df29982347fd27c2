using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Activities.Tests.TestSupport;

/// <summary>Every effect committed, in order.</summary>
internal sealed class EffectRecorder : IInMemoryCommitParticipant
{
    private readonly Lock _gate = new();
    private readonly List<IWorkflowEffect> _effects = [];

    public IReadOnlyList<IWorkflowEffect> Effects
    {
        get
        {
            lock (_gate)
            {
                return [.. _effects];
            }
        }
    }

    public void Apply(WorkflowCommit commit)
    {
        lock (_gate)
        {
            _effects.AddRange(commit.Effects);
        }
    }
}
